//! One module per command family; each turns arguments into calls on the domain and
//! returns an `Outcome` for the printer. Nothing here prints data directly.

pub mod audit;
pub mod completions;
pub mod init;
pub mod login;
pub mod mfa;
pub mod role;
pub mod secret;
pub mod user;

use crate::cli::Command;
use crate::context::Context;
use crate::error::Result;
use crate::output::Outcome;

pub fn run(ctx: &mut Context, cmd: Command) -> Result<Outcome> {
    match cmd {
        Command::Init(a) => init::run(ctx, a),
        Command::Login(a) => login::login(ctx, a),
        Command::Logout => login::logout(ctx),
        Command::Whoami => login::whoami(ctx),
        Command::Recover(a) => login::recover(ctx, a),
        Command::User(c) => user::run(ctx, c),
        Command::Role(c) => role::run(ctx, c),
        Command::Can(a) => user::can(ctx, a),
        Command::Mfa(c) => mfa::run(ctx, c),
        Command::Secret(c) => secret::run(ctx, c),
        Command::Audit(c) => audit::run(ctx, c),
        Command::Completions(a) => completions::run(a),
        Command::KeyringRead { user } => {
            let h = crate::store::keyring::read_check(&user)?;
            Ok(Outcome::text(h, serde_json::Value::Null))
        }
        Command::KeyringProbe { installation_id } => {
            let k = crate::crypto::keystore::keyring_load(&installation_id)?;
            Ok(Outcome::text(k.key_check(), serde_json::Value::Null))
        }
    }
}
