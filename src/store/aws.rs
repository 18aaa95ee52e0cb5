//! The `aws` store: AWS Secrets Manager through the official SDK and the standard AWS
//! configuration chain (`AWS_PROFILE`, `AWS_REGION`, `AWS_ENDPOINT_URL`, credentials),
//! with `[aws] region / endpoint_url / prefix` from the config file on top. Stages map to
//! the native labels `AWSCURRENT` / `AWSPREVIOUS` / `AWSPENDING`; our version ids are the
//! `ClientRequestToken`s (UUIDs), journaled before `PutSecretValue`. Reads always name
//! the stage (a moto quirk, and clearer anyway).

use super::{Hook, SecretStore, Stage, VersionInfo, Versioned};
use crate::audit::auditor::Auditor;
use crate::backend::Backend;
use crate::clock;
use crate::error::{Error, Result};
use aws_sdk_secretsmanager::Client;
use aws_sdk_secretsmanager::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use secrecy::{ExposeSecret, SecretString};
use std::sync::Arc;

/// Version id → its staging labels.
type Labels = Vec<(String, Vec<String>)>;

pub struct AwsStore {
    rt: tokio::runtime::Runtime,
    client: Client,
    prefix: String,
    backend: Arc<dyn Backend>,
    auditor: Arc<Auditor>,
}

pub struct AwsConfig {
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
    pub prefix: String,
}

fn label(s: Stage) -> &'static str {
    match s {
        Stage::Current => "AWSCURRENT",
        Stage::Previous => "AWSPREVIOUS",
        Stage::Pending => "AWSPENDING",
    }
}

fn stage_of(l: &str) -> Option<Stage> {
    match l {
        "AWSCURRENT" => Some(Stage::Current),
        "AWSPREVIOUS" => Some(Stage::Previous),
        "AWSPENDING" => Some(Stage::Pending),
        _ => None,
    }
}

/// Map an SDK error: not found → 5, unreachable/throttled/denied → 7. The SDK's messages
/// never carry request bodies (values).
fn map_err<E, R>(what: &str, e: SdkError<E, R>) -> Error
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug + 'static,
{
    let code = e.code().unwrap_or("").to_string();
    match code.as_str() {
        "ResourceNotFoundException" => Error::not_found(format!("AWS Secrets Manager: {what}: not found")),
        "ResourceExistsException" => {
            Error::conflict(format!("AWS Secrets Manager: {what}: {}", e.message().unwrap_or("already exists")))
        }
        "InvalidRequestException" => {
            Error::conflict(format!("AWS Secrets Manager refused {what}: {}", e.message().unwrap_or(&code)))
        }
        _ if matches!(e, SdkError::DispatchFailure(_) | SdkError::TimeoutError(_)) => Error::external_hint(
            format!("cannot reach AWS Secrets Manager ({what}): {}", root_cause(&e)),
            "check AWS_REGION / AWS_ENDPOINT_URL and the network",
        ),
        _ => Error::external_hint(
            format!("AWS Secrets Manager: {what} failed: {}", DisplayErrorContext(&e)),
            "check AWS_REGION / AWS_ENDPOINT_URL and your credentials",
        ),
    }
}

/// The SDK client (config loaded once, lazily: only commands that use the store pay).
fn connect(cfg: &AwsConfig) -> Result<(tokio::runtime::Runtime, Client)> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::external(format!("cannot start the async runtime: {e}")))?;
    let client = rt.block_on(async {
        let mut loader = aws_config::defaults(aws_config::BehaviorVersion::latest());
        if let Some(r) = &cfg.region {
            loader = loader.region(aws_config::Region::new(r.clone()));
        }
        if let Some(u) = &cfg.endpoint_url {
            loader = loader.endpoint_url(u.clone());
        }
        Client::new(&loader.load().await)
    });
    Ok((rt, client))
}

/// Reachability with the credentials at hand, before an installation exists (`init`).
pub fn probe(cfg: &AwsConfig) -> Result<()> {
    let (rt, client) = connect(cfg)?;
    rt.block_on(client.list_secrets().max_results(1).send()).map(|_| ()).map_err(|e| map_err("ListSecrets", e))
}

/// The innermost cause, for a one-line message.
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

fn is_not_found<E: ProvideErrorMetadata, R>(e: &SdkError<E, R>) -> bool {
    e.code() == Some("ResourceNotFoundException")
}

impl AwsStore {
    pub fn new(cfg: AwsConfig, backend: Arc<dyn Backend>, auditor: Arc<Auditor>) -> Result<Self> {
        let (rt, client) = connect(&cfg)?;
        Ok(AwsStore { rt, client, prefix: cfg.prefix, backend, auditor })
    }

    fn id(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    /// Version id → labels.
    fn labels(&self, name: &str) -> Result<Option<Labels>> {
        let id = self.id(name);
        let r = self.rt.block_on(self.client.describe_secret().secret_id(&id).send());
        match r {
            Ok(d) => Ok(Some(
                d.version_ids_to_stages()
                    .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                    .unwrap_or_default(),
            )),
            Err(e) if is_not_found(&e) => Ok(None),
            Err(e) => Err(map_err(&format!("DescribeSecret {id}"), e)),
        }
    }

    fn holder(labels: &[(String, Vec<String>)], l: &str) -> Option<String> {
        labels.iter().find(|(_, s)| s.iter().any(|x| x == l)).map(|(v, _)| v.clone())
    }

    fn remove_label(&self, name: &str, l: &str, from: &str) -> Result<()> {
        let id = self.id(name);
        self.rt
            .block_on(
                self.client
                    .update_secret_version_stage()
                    .secret_id(&id)
                    .version_stage(l)
                    .remove_from_version_id(from)
                    .send(),
            )
            .map_err(|e| map_err(&format!("UpdateSecretVersionStage {id}"), e))?;
        Ok(())
    }
}

impl SecretStore for AwsStore {
    fn kind(&self) -> &'static str {
        "aws"
    }

    fn ping(&self) -> Result<()> {
        self.rt
            .block_on(self.client.list_secrets().max_results(1).send())
            .map(|_| ())
            .map_err(|e| map_err("ListSecrets", e))
    }

    fn get(&self, name: &str, stage: Stage) -> Result<Option<Versioned>> {
        let id = self.id(name);
        let r = self.rt.block_on(self.client.get_secret_value().secret_id(&id).version_stage(label(stage)).send());
        match r {
            Ok(v) => {
                let value = v
                    .secret_string()
                    .ok_or_else(|| Error::usage(format!("{id} holds binary data; mboctl manages string secrets")))?;
                Ok(Some(Versioned {
                    version: v.version_id().unwrap_or_default().to_string(),
                    created_at: v.created_date().map(|d| d.as_nanos() as i64 / 1000),
                    value: SecretString::from(value.to_string()),
                }))
            }
            Err(e) if is_not_found(&e) => Ok(None),
            Err(e) => Err(map_err(&format!("GetSecretValue {id} ({})", label(stage)), e)),
        }
    }

    fn put_pending(&self, name: &str, version: &str, value: &SecretString, hook: Hook<'_>) -> Result<()> {
        let id = self.id(name);
        // PutSecretValue is idempotent for the same token and data (a resumed run).
        let put = self.rt.block_on(
            self.client
                .put_secret_value()
                .secret_id(&id)
                .client_request_token(version)
                .secret_string(value.expose_secret())
                .version_stages("AWSPENDING")
                .send(),
        );
        match put {
            Ok(_) => {}
            Err(e) if is_not_found(&e) => {
                // A new secret: its first version is AWSCURRENT (as AWS always makes it).
                self.rt
                    .block_on(
                        self.client
                            .create_secret()
                            .name(&id)
                            .client_request_token(version)
                            .secret_string(value.expose_secret())
                            .send(),
                    )
                    .map_err(|e| map_err(&format!("CreateSecret {id}"), e))?;
            }
            Err(e) => return Err(map_err(&format!("PutSecretValue {id}"), e)),
        }
        self.auditor.write(self.backend.as_ref(), hook)
    }

    fn promote(&self, name: &str, version: &str, hook: Hook<'_>) -> Result<()> {
        let id = self.id(name);
        let labels = self.labels(name)?.ok_or_else(|| Error::not_found(format!("AWS secret {id} not found")))?;
        if !labels.iter().any(|(v, _)| v == version) {
            return Err(Error::not_found(format!("AWS secret {id} has no version {version}")));
        }
        let current = Self::holder(&labels, "AWSCURRENT");
        if current.as_deref() != Some(version) {
            let mut req = self
                .client
                .update_secret_version_stage()
                .secret_id(&id)
                .version_stage("AWSCURRENT")
                .move_to_version_id(version);
            if let Some(c) = &current {
                req = req.remove_from_version_id(c);
            }
            self.rt.block_on(req.send()).map_err(|e| map_err(&format!("UpdateSecretVersionStage {id}"), e))?;
        }
        // No stray AWSPENDING once finished (moving AWSCURRENT leaves it where it was).
        if let Some(p) = Self::holder(&labels, "AWSPENDING") {
            self.remove_label(name, "AWSPENDING", &p)?;
        }
        self.auditor.write(self.backend.as_ref(), hook)
    }

    fn drop_pending(&self, name: &str) -> Result<()> {
        if let Some(labels) = self.labels(name)?
            && let Some(p) = Self::holder(&labels, "AWSPENDING")
        {
            self.remove_label(name, "AWSPENDING", &p)?;
        }
        Ok(())
    }

    fn versions(&self, name: &str) -> Result<Vec<VersionInfo>> {
        let id = self.id(name);
        let r = self
            .rt
            .block_on(self.client.list_secret_version_ids().secret_id(&id).send())
            .map_err(|e| map_err(&format!("ListSecretVersionIds {id}"), e))?;
        let mut out: Vec<(i64, VersionInfo)> = r
            .versions()
            .iter()
            .map(|v| {
                let created = v.created_date().map(|d| d.as_nanos() as i64 / 1000);
                (
                    created.unwrap_or(0),
                    VersionInfo {
                        version: v.version_id().unwrap_or_default().to_string(),
                        created_at: created.map(clock::rfc3339),
                        stages: v.version_stages().iter().filter_map(|s| stage_of(s)).collect(),
                    },
                )
            })
            .collect();
        out.sort_by_key(|x| std::cmp::Reverse(x.0));
        Ok(out.into_iter().map(|x| x.1).collect())
    }

    fn check_new(&self, name: &str) -> Result<()> {
        let id = self.id(name);
        match self.rt.block_on(self.client.describe_secret().secret_id(&id).send()) {
            Ok(d) if d.deleted_date().is_some() => Err(Error::conflict_hint(
                format!("AWS Secrets Manager has {id} scheduled for deletion"),
                "restore it (aws secretsmanager restore-secret) or wait for its recovery window to end",
            )),
            Ok(_) => Ok(()),
            Err(e) if is_not_found(&e) => Ok(()),
            Err(e) => Err(map_err(&format!("DescribeSecret {id}"), e)),
        }
    }

    fn delete(&self, name: &str, hook: Hook<'_>) -> Result<()> {
        let id = self.id(name);
        // AWS keeps a deleted secret for its recovery window (30 days by default).
        match self.rt.block_on(self.client.delete_secret().secret_id(&id).send()) {
            Ok(_) => {}
            Err(e) if is_not_found(&e) => {}
            Err(e) => return Err(map_err(&format!("DeleteSecret {id}"), e)),
        }
        self.auditor.write(self.backend.as_ref(), hook)
    }
}
