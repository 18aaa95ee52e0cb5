//! The thin binary: parse, run, map the outcome to an exit code.
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(mboctl::main_with_args(std::env::args_os().collect()))
}
