//! claimdb: who said what, across news outlets.
pub mod extract;
