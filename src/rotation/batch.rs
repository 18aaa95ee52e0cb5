//! Rotating many secrets: bounded parallelism over a queue, names that share a secret
//! kept in one worker (they share its lock), a progress bar on a terminal, and the
//! summary `{"rotated":[…],"skipped":[…],"failed":[{"name","step","error"}]}`.

use super::engine::{Engine, Failed, Outcome as Rot, Request, Rotated, Skipped};
use secrecy::SecretString;

#[derive(serde::Serialize, Default)]
pub struct Summary {
    pub rotated: Vec<Rotated>,
    pub skipped: Vec<Skipped>,
    pub failed: Vec<Failed>,
}

/// Rotate with at most `parallel` secrets at once. Names that share a secret (`NAME#a`,
/// `NAME#b`) run one after another in the same worker: they share its lock.
pub fn run_batch(
    eng: &Engine,
    names: &[String],
    due_only: bool,
    force: bool,
    manual: Option<SecretString>,
    parallel: usize,
    tty: bool,
) -> Summary {
    let mut groups: Vec<Vec<String>> = Vec::new();
    for n in names {
        let base = n.split('#').next().unwrap_or(n);
        match groups.iter_mut().find(|g| g[0].split('#').next() == Some(base)) {
            Some(g) => g.push(n.clone()),
            None => groups.push(vec![n.clone()]),
        }
    }
    let manual = std::sync::Mutex::new(manual);
    let queue = std::sync::Mutex::new(groups.into_iter().collect::<std::collections::VecDeque<_>>());
    let results = std::sync::Mutex::new(Summary::default());
    let bar = (tty && names.len() > 1).then(|| {
        let b = indicatif::ProgressBar::new(names.len() as u64);
        b.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b
    });
    let workers = parallel.min(names.len()).max(1);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let next = queue.lock().unwrap_or_else(|p| p.into_inner()).pop_front();
                    let Some(group) = next else { break };
                    for name in group {
                        let req = Request {
                            name: name.clone(),
                            due_only,
                            manual_value: manual.lock().unwrap_or_else(|p| p.into_inner()).take(),
                            rollback: false,
                            force,
                        };
                        let out = eng.rotate(&req);
                        let mut r = results.lock().unwrap_or_else(|p| p.into_inner());
                        match out {
                            Rot::Rotated(x) => r.rotated.push(x),
                            Rot::Skipped(x) => r.skipped.push(x),
                            Rot::Failed(x) => r.failed.push(x),
                        }
                        if let Some(b) = &bar {
                            b.inc(1);
                            b.set_message(name.clone());
                        }
                    }
                }
            });
        }
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut s = results.into_inner().unwrap_or_else(|p| p.into_inner());
    s.rotated.sort_by(|a, b| a.name.cmp(&b.name));
    s.skipped.sort_by(|a, b| a.name.cmp(&b.name));
    s.failed.sort_by(|a, b| a.name.cmp(&b.name));
    s
}

/// The summary as plain lines for a terminal (JSON keeps the structured form).
pub fn summary_text(s: &Summary) -> String {
    let mut lines = Vec::new();
    for r in &s.rotated {
        lines.push(format!(
            "rotated  {}  {} (was {})",
            r.name,
            r.version,
            r.previous_version.as_deref().unwrap_or("-")
        ));
    }
    for r in &s.skipped {
        lines.push(format!("skipped  {}  {}", r.name, r.reason));
    }
    for f in &s.failed {
        lines.push(format!("failed   {}  at {}: {}", f.name, f.step, f.error));
    }
    if lines.is_empty() {
        lines.push("nothing to rotate".into());
    }
    lines.join("\n")
}
