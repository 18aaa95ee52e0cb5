//! mboctl: the security and compliance CLI of the MBO platform. The binary is thin;
//! everything lives here so tests can reach it. See DESIGN.md for the shape.

pub mod audit;
pub mod backend;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod config;
pub mod context;
pub mod crypto;
pub mod error;
pub mod identity;
pub mod output;
pub mod rotation;
pub mod store;

use error::{Report, exit_code};

/// Install mboctl's diagnostics: `-q` errors only, default warnings, `-v` info, `-vv`
/// debug, `-vvv` trace — for mboctl's own targets only; dependencies stay quiet unless
/// `RUST_LOG` asks.
fn init_logging(quiet: bool, verbose: u8, color: config::Color) {
    use std::io::IsTerminal;
    use tracing_subscriber::EnvFilter;
    let level = if quiet {
        "error"
    } else {
        match verbose {
            0 => "warn",
            1 => "info",
            2 => "debug",
            _ => "trace",
        }
    };
    let mut spec = std::env::var(config::env::LOG).unwrap_or_else(|_| format!("mboctl={level}"));
    if let Ok(r) = std::env::var("RUST_LOG") {
        spec = format!("{spec},{r}");
    }
    let filter = EnvFilter::try_new(&spec).unwrap_or_else(|_| {
        eprintln!("warning: ignoring invalid MBOCTL_LOG/RUST_LOG filter '{spec}'");
        EnvFilter::new(format!("mboctl={level}"))
    });
    let ansi = match color {
        config::Color::Always => true,
        config::Color::Never => false,
        config::Color::Auto => {
            std::io::stderr().is_terminal() && std::env::var_os(config::env::NO_COLOR).is_none_or(|v| v.is_empty())
        }
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time()
        .try_init();
}

/// Parse, run, print; returns the process exit code.
pub fn main_with_args(args: Vec<std::ffi::OsString>) -> u8 {
    use clap::Parser;
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { error::code::USAGE } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    init_logging(cli.global.quiet, cli.global.verbose, cli.global.color.into());
    let settings = match config::Settings::resolve(&cli.global) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}", Report(&e));
            return exit_code(&e);
        }
    };
    // Files we create are private (umask 077).
    // SAFETY: umask only changes this process's file-creation mask.
    unsafe {
        libc::umask(0o077);
    }
    let quiet = cli.global.quiet;
    let mut ctx = context::Context::new(settings);
    tracing::debug!(
        profile = %ctx.settings.profile,
        backend = %config::redact_url(&ctx.settings.backend_url),
        config = %ctx.settings.config_path.display(),
        "settings resolved"
    );
    match commands::run(&mut ctx, cli.command) {
        Ok(outcome) => {
            if let Err(e) = ctx.printer.print(&outcome.output) {
                eprintln!("{}", Report(&e));
                return exit_code(&e);
            }
            if let Some(n) = &outcome.note
                && !quiet
            {
                eprintln!("note: {n}");
            }
            outcome.code
        }
        Err(e) => {
            eprintln!("{}", Report(&e));
            exit_code(&e)
        }
    }
}
