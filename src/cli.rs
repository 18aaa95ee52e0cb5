//! clap definitions only — no logic. Shared by the binary, the completion scripts and
//! the man pages (which are therefore a pure function of this file).

use crate::config::{Color, env};
use crate::output::Format;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "mboctl",
    version,
    about = "Security and compliance for the MBO platform: operators, MFA, secrets, audit, checks",
    long_about = "mboctl runs the security and compliance side of the MBO ad-budget optimisation platform: \
users and roles, MFA, secrets and their rotation, OAuth tokens, a tamper-evident audit trail and the \
compliance checklist. It acts directly on the backend (embedded SQLCipher by default) and the secret store.",
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten, next_help_heading = "Global options")]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Config file (TOML) [default: $XDG_CONFIG_HOME/mboctl/config.toml]
    #[arg(long, global = true, env = env::CONFIG, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Named profile inside the config file [default: default]
    #[arg(long, global = true, env = env::PROFILE, value_name = "NAME")]
    pub profile: Option<String>,
    /// Where the embedded database lives [default: $XDG_DATA_HOME/mboctl/<profile>]
    #[arg(long, global = true, env = env::DATA_DIR, value_name = "PATH")]
    pub data_dir: Option<PathBuf>,
    /// Backend URL: sqlite://PATH (default) or postgres://…
    #[arg(long, global = true, env = env::BACKEND, value_name = "URL")]
    pub backend: Option<String>,
    /// Secret store, chosen at init and recorded in the backend: db (default), keyring, vault, aws
    #[arg(long, global = true, env = env::SECRET_STORE, value_name = "KIND")]
    pub secret_store: Option<String>,
    /// Output format
    #[arg(short = 'o', long, global = true, env = env::OUTPUT, value_name = "FORMAT")]
    pub output: Option<Format>,
    /// Never prompt (implied when stdin is not a terminal)
    #[arg(long, global = true, env = env::NO_INPUT, value_parser = clap::builder::BoolishValueParser::new(), action = clap::ArgAction::SetTrue)]
    pub no_input: bool,
    /// Confirm a destructive action
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Less diagnostics on stderr
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// More diagnostics on stderr (repeatable)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Colour: auto (only on a terminal; honours NO_COLOR), always, never
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

impl From<ColorArg> for Color {
    fn from(c: ColorArg) -> Self {
        match c {
            ColorArg::Auto => Color::Auto,
            ColorArg::Always => Color::Always,
            ColorArg::Never => Color::Never,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the backend, the master key, the internal keys and the first admin
    Init(InitArgs),
    /// Log in as an operator (password, then TOTP or a backup code)
    Login(LoginArgs),
    /// End the current session
    Logout,
    /// Show who you are acting as
    Whoami,
    /// Break-glass: reset a user's MFA and password (needs MBOCTL_MASTER_KEY and --yes)
    Recover(RecoverArgs),
    /// Manage users and service accounts
    #[command(subcommand)]
    User(UserCmd),
    /// Manage roles
    #[command(subcommand)]
    Role(RoleCmd),
    /// Does USER hold PERMISSION? Prints yes (exit 0) or no (exit 1)
    Can(CanArgs),
    /// Multi-factor authentication
    #[command(subcommand)]
    Mfa(MfaCmd),
    /// Secrets: values, versions, policies and safe, resumable rotation
    #[command(subcommand)]
    Secret(SecretCmd),
    /// The tamper-evident audit trail
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Internal: read the master key back from the OS keyring and print its check value
    #[command(name = "__keyring-probe", hide = true)]
    KeyringProbe { installation_id: String },
    /// Internal: print the SHA-256 of a keyring secret entry (proof of persistence)
    #[command(name = "__keyring-read", hide = true)]
    KeyringRead { user: String },
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The first admin's username [default: your OS user name, normalised]
    #[arg(long, value_name = "NAME")]
    pub admin: Option<String>,
    /// The first admin's email
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// Read the admin password from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// Where to keep the new master key: a 0600 key file, or the OS keyring (Secret
    /// Service; used only if a new process can read the key back, else a key file)
    #[arg(long, value_enum, default_value_t = KeyStore::File, env = env::KEY_STORE)]
    pub key_store: KeyStore,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KeyStore {
    File,
    Keyring,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Username [prompted on a terminal]
    pub name: Option<String>,
    /// Read the password from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// A TOTP code from your authenticator
    #[arg(long, value_name = "CODE", conflicts_with = "backup_code")]
    pub code: Option<String>,
    /// A one-time backup code
    #[arg(long, value_name = "CODE")]
    pub backup_code: Option<String>,
    /// Also print the session token (to use as MBOCTL_TOKEN elsewhere; treat it as a secret)
    #[arg(long)]
    pub print_token: bool,
}

#[derive(Debug, Args)]
pub struct RecoverArgs {
    /// The user to recover
    pub name: String,
    /// Read the new password from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Subcommand)]
pub enum UserCmd {
    /// Add a user or service account
    Add(UserAddArgs),
    /// List users
    List(UserListArgs),
    /// Show one user
    Show { name: String },
    /// Change a user's role (ends their sessions)
    SetRole { name: String, role: String },
    /// Disable a user (ends their sessions)
    Disable { name: String },
    /// Enable a disabled user
    Enable { name: String },
    /// Remove a user (ends their sessions)
    Remove { name: String },
    /// Change a password: your own (current password first), or NAME's with users:manage
    Passwd(PasswdArgs),
    /// Service-account tokens
    #[command(subcommand)]
    Token(TokenCmd),
    /// Monthly access review report
    Review,
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    /// Username: lowercase letters, digits, '.', '_', '-' (1-64)
    pub name: String,
    /// Role to assign
    #[arg(long)]
    pub role: String,
    /// Contact email
    #[arg(long)]
    pub email: Option<String>,
    /// Read the password from the first line of stdin
    #[arg(long, conflicts_with = "generate_password")]
    pub password_stdin: bool,
    /// Generate a password and show it once
    #[arg(long)]
    pub generate_password: bool,
    /// A service account (no password, no MFA; token authentication)
    #[arg(long, conflicts_with_all = ["password_stdin", "generate_password"])]
    pub service: bool,
    /// Service account lifetime (e.g. 90d)
    #[arg(long, requires = "service", value_name = "DUR")]
    pub expires: Option<String>,
}

#[derive(Debug, Args)]
pub struct UserListArgs {
    /// Only users holding this role
    #[arg(long)]
    pub role: Option<String>,
    /// Only users in this MFA state
    #[arg(long, value_parser = ["enrolled", "pending", "none"])]
    pub mfa: Option<String>,
    /// Only active or only disabled users
    #[arg(long, value_parser = ["active", "disabled"])]
    pub status: Option<String>,
    /// Only users who have not logged in for this long (e.g. 90d)
    #[arg(long, value_name = "DUR")]
    pub stale: Option<String>,
}

#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// Another user's name (needs users:manage); omit to change your own
    pub name: Option<String>,
    /// Read from stdin: for your own password, the current one on the first line and the
    /// new one on the second; for NAME, the new one on the first line
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Subcommand)]
pub enum TokenCmd {
    /// Create a token for a service account (shown once)
    Create {
        name: String,
        /// Lifetime [default: 90d]
        #[arg(long, value_name = "DUR")]
        ttl: Option<String>,
    },
    /// Revoke a token
    Revoke { name: String, token_id: String },
}

#[derive(Debug, Subcommand)]
pub enum RoleCmd {
    /// List roles
    List,
    /// Show a role's permissions
    Show { role: String },
    /// Create a custom role
    Create {
        name: String,
        /// Permission to grant (repeatable)
        #[arg(long = "permission", required = true, value_name = "P", num_args = 1..)]
        permissions: Vec<String>,
    },
    /// Delete a custom role
    Delete { name: String },
    /// List every permission
    Permissions,
}

#[derive(Debug, Args)]
pub struct CanArgs {
    pub user: String,
    pub permission: String,
}

#[derive(Debug, Subcommand)]
pub enum MfaCmd {
    /// Start enrolment (a new pending seed); replacing a confirmed one needs --code
    Enroll {
        /// A code from your current authenticator (required when MFA is already enrolled)
        #[arg(long)]
        code: Option<String>,
    },
    /// Confirm enrolment with a code from the new seed
    Confirm {
        /// A code generated from the pending seed
        #[arg(long)]
        code: String,
    },
    /// MFA state (yours, or NAME's with users:read)
    Status { name: Option<String> },
    /// Backup codes
    #[command(subcommand)]
    BackupCodes(BackupCodesCmd),
    /// Force re-enrolment of a user (ends their sessions)
    Reset { name: String },
}

#[derive(Debug, Subcommand)]
pub enum BackupCodesCmd {
    /// Replace your backup codes with ten new ones (shown once)
    Regenerate {
        /// A current TOTP code (re-authentication)
        #[arg(long)]
        code: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// Query events
    Query(Box<AuditQueryArgs>),
    /// The newest events
    Tail {
        /// How many events
        #[arg(short = 'n', long, default_value_t = 20)]
        lines: usize,
        /// Keep printing new events as they are written (until interrupted)
        #[arg(short = 'f', long)]
        follow: bool,
    },
    /// Verify the hash chain and the remembered head
    Verify {
        /// Also check against a signed head kept elsewhere (output of `audit head`)
        #[arg(long, value_name = "FILE")]
        head: Option<PathBuf>,
    },
    /// Print the signed chain head, to keep outside the database
    Head {
        /// Check the chain and make its current end the remembered head (after a restore)
        #[arg(long)]
        accept: bool,
    },
}

#[derive(Debug, Args)]
pub struct AuditQueryArgs {
    /// From this time, inclusive (RFC 3339 or a duration ago)
    #[arg(long, value_name = "T")]
    pub since: Option<String>,
    /// Until this time, exclusive
    #[arg(long, value_name = "T")]
    pub until: Option<String>,
    /// Event type (repeatable)
    #[arg(long = "type", value_name = "T", num_args = 1..)]
    pub types: Vec<String>,
    /// User id or username
    #[arg(long, value_name = "U")]
    pub user: Option<String>,
    /// The acting user's role
    #[arg(long, value_name = "R")]
    pub role: Option<String>,
    /// Client address or network (CIDR)
    #[arg(long, value_name = "CIDR")]
    pub ip: Option<String>,
    /// Resource kind (user, role, secret, campaign, …)
    #[arg(long, value_name = "R")]
    pub resource: Option<String>,
    /// Resource id
    #[arg(long, value_name = "ID")]
    pub resource_id: Option<String>,
    /// Action (create, update, login, …)
    #[arg(long, value_name = "A")]
    pub action: Option<String>,
    /// Only AI-initiated events
    #[arg(long, conflicts_with = "human")]
    pub ai_initiated: bool,
    /// Only events not initiated by AI
    #[arg(long)]
    pub human: bool,
    /// Only AI events with at least this confidence (0-1)
    #[arg(long, value_name = "X")]
    pub min_confidence: Option<f64>,
    /// Only events whose JSON contains TEXT
    #[arg(long, value_name = "TEXT")]
    pub contains: Option<String>,
    /// At most N events (the oldest N of the match; `audit tail` shows the newest)
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Subcommand)]
pub enum SecretCmd {
    /// Store a value (read from stdin only) as the new current version
    Set(SetArgs),
    /// Show a version (masked unless --reveal, which is audited)
    Get {
        /// NAME or NAME#key
        name: String,
        /// current, previous or pending
        #[arg(long, default_value = "current")]
        stage: String,
        /// Print the value (needs secrets:reveal; recorded as SECRET_READ)
        #[arg(long)]
        reveal: bool,
    },
    /// List secrets
    List,
    /// Age, last rotation, next due date and whether overdue
    Status {
        /// Only the ones due now
        #[arg(long)]
        due: bool,
    },
    /// Versions and their stages (never values)
    History { name: String },
    /// Delete a secret and its versions
    Delete { name: String },
    /// Rotate secrets: create, set, test, finish (resumable)
    Rotate(SecretRotateArgs),
    /// Make the previous version current again (re-applied where it is used)
    Rollback { name: String },
    /// Generate a random value (prints it; nothing is stored)
    Gen(SecretGenArgs),
    /// Rotation policies per type
    #[command(subcommand)]
    Policy(PolicyCmd),
}

#[derive(Debug, Args)]
pub struct SecretRotateArgs {
    /// Secrets to rotate (NAME or NAME#key)
    #[arg(conflicts_with_all = ["due", "all"])]
    pub names: Vec<String>,
    /// Every secret whose policy says it is due
    #[arg(long, conflicts_with = "all")]
    pub due: bool,
    /// Every secret with a rotator (mboctl/ and oauth/ only when named)
    #[arg(long)]
    pub all: bool,
    /// Print the plan (what, why, which rotator) and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --due, also the ones not yet due; with named secrets, rotate a JWT key again
    /// inside the overlap window that keeps tokens signed with its previous key valid
    #[arg(long)]
    pub force: bool,
    /// The new value for a manually rotated secret, from the first line of stdin
    #[arg(long)]
    pub value_stdin: bool,
    /// How many secrets to rotate at once
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub parallel: u16,
}

#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct SecretGenArgs {
    /// BYTES random bytes, hex-encoded
    #[arg(long, value_name = "BYTES")]
    pub hex: Option<usize>,
    /// BYTES random bytes, base64-encoded
    #[arg(long, value_name = "BYTES")]
    pub base64: Option<usize>,
    /// A password of LEN characters
    #[arg(long, value_name = "LEN")]
    pub password: Option<usize>,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCmd {
    /// Rotation period per type
    Show,
    /// Set the rotation period of a type (a duration such as 90d, or `none`)
    Set {
        #[arg(value_name = "TYPE")]
        secret_type: String,
        #[arg(value_name = "DUR")]
        period: String,
    },
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// NAME (lowercase segments joined by '/', e.g. mbo/production/db) or NAME#key
    pub name: String,
    /// api_key, db_password, jwt_secret, oauth_token or generic
    #[arg(long = "type", value_name = "TYPE")]
    pub secret_type: String,
    /// Rotator: random[:hex|base64|password[:N]], jwt, postgres, manual [default: kept, else by type]
    #[arg(long, value_name = "ROTATOR")]
    pub rotation: Option<String>,
    /// Read the value from the first line of stdin (required: values never come from argv)
    #[arg(long)]
    pub value_stdin: bool,
    /// Abandon an interrupted rotation of this secret (its pending value is dropped)
    #[arg(long)]
    pub force: bool,
}
