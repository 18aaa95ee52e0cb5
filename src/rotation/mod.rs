//! Rotation: the four-step protocol (create → set → test → finish), resumable from a
//! journal row in the backend, with a per-secret lock (engine.rs), and the rotators that
//! make and apply new values (rotators.rs, postgres.rs).

pub mod batch;
pub mod engine;
pub mod postgres;
pub mod rotators;

/// Test-only fault injection: with the `failpoints` feature, `MBOCTL_FAILPOINT=after-set`
/// (etc.) kills the process at that point, as `kill -9` would. A build without the
/// feature has no such hook.
pub fn failpoint(_name: &str) {
    #[cfg(feature = "failpoints")]
    if std::env::var("MBOCTL_FAILPOINT").as_deref() == Ok(_name) {
        eprintln!("failpoint {_name}: exiting");
        std::process::exit(137);
    }
}
