//! claimdb: who said what, across news outlets.

pub mod cli;
pub mod cmd;
pub mod crosscheck;
pub mod eval;
pub mod extract;
pub mod link;
pub mod output;
pub mod read;
pub mod report;
pub mod store;
