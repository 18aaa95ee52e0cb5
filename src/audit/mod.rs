//! The audit trail: the platform's event format (event.rs), the keyed hash chain with
//! per-subject commitments for personal fields (chain.rs), the head kept outside the
//! database (head.rs), and queries (query.rs).

pub mod auditor;
pub mod chain;
pub mod event;
pub mod head;
pub mod query;

pub use event::{Category, Event, EventDraft};
