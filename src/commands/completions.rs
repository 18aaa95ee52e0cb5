//! `completions SHELL`, and the generators for the committed `completions/` and `man/`
//! files (a test regenerates them in memory and fails when the committed ones are stale).

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Result;
use crate::output::{Outcome, Output};
use clap::CommandFactory;
use clap_complete::Shell;

pub fn script(shell: Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "mboctl", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

pub fn run(a: CompletionsArgs) -> Result<Outcome> {
    let s = script(a.shell);
    Ok(Outcome {
        output: Output::Text { text: s.trim_end().to_string(), json: serde_json::Value::String(s) },
        code: 0,
        note: None,
    })
}

/// Every generated file: (relative path, contents).
pub fn generated_files() -> Result<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    for (shell, name) in [
        (Shell::Bash, "mboctl.bash"),
        (Shell::Zsh, "_mboctl"),
        (Shell::Fish, "mboctl.fish"),
        (Shell::Elvish, "mboctl.elv"),
        (Shell::PowerShell, "_mboctl.ps1"),
    ] {
        out.push((format!("completions/{name}"), script(shell).into_bytes()));
    }
    let mut cmd = Cli::command();
    cmd.build();
    man_pages(&cmd, "mboctl", &mut out)?;
    Ok(out)
}

fn man_pages(cmd: &clap::Command, name: &str, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let mut buf = Vec::new();
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    let page = cmd.clone().name(leaked);
    clap_mangen::Man::new(page).render(&mut buf)?;
    out.push((format!("man/{name}.1"), buf));
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" || sub.is_hide_set() {
            continue;
        }
        man_pages(sub, &format!("{name}-{}", sub.get_name()), out)?;
    }
    Ok(())
}
