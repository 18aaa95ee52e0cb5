//! The PostgreSQL rotator (placeholder until the next step lands): refuses clearly.

use super::rotators::Rotator;
use crate::error::{Error, Result};
use secrecy::SecretString;

pub struct Postgres;

impl Rotator for Postgres {
    fn name(&self) -> &'static str {
        "postgres"
    }
    fn create(&self, _current: Option<&SecretString>) -> Result<SecretString> {
        Err(Error::config("the postgres rotator is not available yet"))
    }
}
