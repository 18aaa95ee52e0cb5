//! The audit writer shared by every part of a run (commands, stores, rotation workers on
//! several threads): appends events inside the caller's transaction and, once that
//! transaction has committed, moves the head kept outside the database forward.

use super::chain;
use super::event::EventDraft;
use super::head::{Head, HeadFile};
use crate::backend::{self, Backend, Tx};
use crate::crypto::keys::SubKey;
use crate::error::Result;
use std::collections::HashMap;
use std::sync::Mutex;
use std::thread::ThreadId;

pub struct Auditor {
    pub key: SubKey,
    pub head: HeadFile,
    /// The newest head appended by the transaction running on each thread.
    pending: Mutex<HashMap<ThreadId, Head>>,
}

impl Auditor {
    pub fn new(key: SubKey, head: HeadFile) -> Self {
        Auditor { key, head, pending: Mutex::new(HashMap::new()) }
    }

    fn slot(&self) -> std::sync::MutexGuard<'_, HashMap<ThreadId, Head>> {
        self.pending.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Append inside the caller's transaction (fail closed: an error rolls it back).
    pub fn append(&self, tx: &mut dyn Tx, draft: &EventDraft) -> Result<()> {
        let h = chain::append(tx, &self.key, &self.head, draft)?;
        self.slot().insert(std::thread::current().id(), h);
        Ok(())
    }

    /// A write transaction whose appended events move the head once it commits.
    pub fn write<T>(&self, b: &dyn Backend, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        let me = std::thread::current().id();
        self.slot().remove(&me);
        let out = backend::write(b, f);
        let head = self.slot().remove(&me);
        let out = out?;
        if let Some(h) = head
            && let Err(e) = self.head.advance(&self.key, &h)
        {
            tracing::warn!("could not update the audit head file: {e}");
        }
        Ok(out)
    }

    /// Whether an event could be appended now (the chain still reaches the head kept
    /// outside the database). Checked before changes made in outside systems.
    pub fn ready(&self, b: &dyn Backend) -> Result<()> {
        backend::read(b, |tx| chain::check_head(tx, &self.key, &self.head))
    }
}
