pub mod fetch;
pub mod html;
pub mod warc;
