//! Cross-checking beside storing: a thread with its own connection cross-checks what the
//! writer has stored while the writer stores the next chunks, so storing and cross-checking
//! each have a core. A pass reads a snapshot and writes briefly at its end
//! (`crosscheck::CrossChecker`), so neither holds the other up for long.

use std::path::Path;
use std::sync::mpsc::{Receiver, Sender};

use anyhow::Result;

use crate::crosscheck::{Changes, CrossChecker};
use crate::store::Store;

/// What the writer tells the cross-checker.
pub enum Notice {
    /// Articles up to id `upto` were stored: cross-check them. The writer stores no more
    /// until `snapshot_taken` is told (or dropped), so the pass sees what it asked for, no
    /// more, and the groups do not depend on how fast either side goes.
    Stored {
        upto: i64,
        snapshot_taken: Sender<()>,
    },
    /// The database stopped taking writes: cross-checking would fail the same way, and the
    /// next ingest catches up on it.
    Stopped,
}

/// What cross-checking did, and why it stopped if the database failed.
#[derive(Default)]
pub struct Checked {
    pub changes: Changes,
    pub stopped: Option<String>,
}

/// Cross-checks whenever the writer says more was stored, and once more when it is done
/// (its sender dropped). `map`: read the database through a memory map (a few articles).
pub fn cross_check(db: &Path, map: bool, notices: Receiver<Notice>) -> Result<Checked> {
    let mut checked = Checked::default();
    let mut store = match open(db, map) {
        Ok(store) => store,
        Err(e) => return stopped(checked, e),
    };
    let mut checker = CrossChecker::default();
    loop {
        // The writer is done once its sender is dropped: one last update catches up.
        let (upto, mut snapshot_taken) = match notices.recv() {
            Ok(Notice::Stored {
                upto,
                snapshot_taken,
            }) => (Some(upto), Some(snapshot_taken)),
            Ok(Notice::Stopped) => return Ok(checked),
            Err(_) => (None, None),
        };
        // A pass at a time, the log emptied after each. Once the last pass up to `upto` has
        // its snapshot, the writer goes on; what it stores next waits for the next notice.
        let mut handed_over = false;
        loop {
            let pass = checker.step(&mut store, upto, &mut || {
                handed_over = true;
                if let Some(taken) = snapshot_taken.take() {
                    // The writer may have stopped listening: then nothing waits.
                    let _ = taken.send(());
                }
            });
            let done = match pass {
                Ok(Some(changes)) => {
                    checked.changes.absorb(changes);
                    checkpoint(&store).map(|()| upto.is_some() && handed_over)
                }
                Ok(None) => Ok(true),
                Err(e) => Err(e),
            };
            match done {
                Ok(true) => break,
                Ok(false) => {}
                Err(e) => return stopped(checked, e),
            }
        }
        if upto.is_none() {
            return Ok(checked);
        }
    }
}

/// Copies the write-ahead log into the database and empties it. Passes read snapshots one
/// after another, so SQLite's own checkpoints never find the log unused and it would grow with
/// the input (1.5 GB for ABP); between two passes nothing reads it. Waits for the chunk being
/// stored.
fn checkpoint(store: &Store) -> Result<()> {
    store
        .conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    Ok(())
}

fn open(db: &Path, map: bool) -> Result<Store> {
    let store = Store::open(db)?;
    if map {
        store.map_for_reading()?;
    }
    Ok(store)
}

/// Ends on a failure of the database itself (see `store::database_failure`); any other error
/// is returned as it is.
fn stopped(mut checked: Checked, e: anyhow::Error) -> Result<Checked> {
    let why = crate::store::database_failure(&e).ok_or(e)?;
    checked.stopped = Some(format!("cross-checking: {why}"));
    Ok(checked)
}
