//! Operator identity: roles and permissions (rbac.rs), users and service accounts
//! (users.rs), passwords (password.rs), sessions (session.rs), TOTP (totp.rs), backup
//! codes (backup_codes.rs), and lockouts (lockout.rs).

pub mod backup_codes;
pub mod lockout;
pub mod password;
pub mod rbac;
pub mod session;
pub mod totp;
pub mod users;
