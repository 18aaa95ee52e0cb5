//! The one output layer. Commands return an `Outcome` (typed data already turned into
//! JSON values, plus an exit code); the printer renders it as a table (comfy-table),
//! JSON, NDJSON or CSV on stdout. Diagnostics and prompts go to stderr elsewhere.

use crate::error::{Error, Result};
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;
use serde_json::Value as Json;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    Csv,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        <Format as clap::ValueEnum>::from_str(s, true)
            .map_err(|_| format!("unknown output format '{s}' (use table, json, ndjson or csv)"))
    }
}

#[derive(Debug)]
pub enum Output {
    /// One object: a two-column table, or one JSON document.
    Record(Json),
    /// A listing: a table with these columns, a JSON array, one NDJSON line per item;
    /// CSV gets `wide` (every field) when set.
    List {
        columns: Vec<&'static str>,
        wide: Option<Vec<&'static str>>,
        items: Vec<Json>,
    },
    /// Plain text for tables (e.g. `yes`), the JSON value for machines.
    Text {
        text: String,
        json: Json,
    },
    Nothing,
}

#[derive(Debug)]
pub struct Outcome {
    pub output: Output,
    pub code: u8,
    /// A note for stderr (not data), e.g. "store these backup codes now".
    pub note: Option<String>,
}

impl Outcome {
    pub fn record<T: Serialize>(v: &T) -> Result<Outcome> {
        Ok(Outcome { output: Output::Record(serde_json::to_value(v)?), code: 0, note: None })
    }
    pub fn list<T: Serialize>(columns: Vec<&'static str>, items: &[T]) -> Result<Outcome> {
        let items = items.iter().map(serde_json::to_value).collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(Outcome { output: Output::List { columns, wide: None, items }, code: 0, note: None })
    }
    /// A listing whose CSV carries every field in `wide`.
    pub fn list_wide<T: Serialize>(
        columns: Vec<&'static str>,
        wide: Vec<&'static str>,
        items: &[T],
    ) -> Result<Outcome> {
        let mut o = Self::list(columns, items)?;
        if let Output::List { wide: w, .. } = &mut o.output {
            *w = Some(wide);
        }
        Ok(o)
    }
    pub fn text(text: impl Into<String>, json: Json) -> Outcome {
        Outcome { output: Output::Text { text: text.into(), json }, code: 0, note: None }
    }
    pub fn nothing() -> Outcome {
        Outcome { output: Output::Nothing, code: 0, note: None }
    }
    pub fn with_code(mut self, code: u8) -> Self {
        self.code = code;
        self
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }
}

fn cell(v: &Json) -> String {
    match v {
        Json::Null => "-".into(),
        Json::String(s) => s.clone(),
        Json::Bool(b) => if *b { "yes" } else { "no" }.into(),
        // Lists of words read best one per line (backup codes, permissions); objects compactly.
        Json::Array(a) if a.iter().all(|x| x.is_string()) => a.iter().map(cell).collect::<Vec<_>>().join("\n"),
        Json::Array(a) => {
            a.iter().map(|x| if x.is_object() { compact(x) } else { cell(x) }).collect::<Vec<_>>().join("\n")
        }
        Json::Object(_) => compact(v),
        other => other.to_string(),
    }
}

/// `k=v k2=v2` for an object inside a table cell.
fn compact(v: &Json) -> String {
    match v {
        Json::Object(m) => m.iter().map(|(k, v)| format!("{k}={}", cell(v))).collect::<Vec<_>>().join(" "),
        other => cell(other),
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

pub struct Printer {
    pub format: Format,
    pub color: bool,
}

impl Printer {
    pub fn render(&self, out: &Output) -> Result<String> {
        let mut s = String::new();
        match (self.format, out) {
            (_, Output::Nothing) => {}
            (Format::Json, Output::Record(v)) | (Format::Json, Output::Text { json: v, .. }) => {
                s = serde_json::to_string_pretty(v)?;
                s.push('\n');
            }
            (Format::Json, Output::List { items, .. }) => {
                s = serde_json::to_string_pretty(items)?;
                s.push('\n');
            }
            (Format::Ndjson, Output::Record(v)) | (Format::Ndjson, Output::Text { json: v, .. }) => {
                s = serde_json::to_string(v)?;
                s.push('\n');
            }
            (Format::Ndjson, Output::List { items, .. }) => {
                for i in items {
                    s.push_str(&serde_json::to_string(i)?);
                    s.push('\n');
                }
            }
            (Format::Table, Output::Text { text, .. }) => {
                s = text.clone();
                s.push('\n');
            }
            (Format::Csv, Output::Text { text, .. }) => {
                s = csv_field(text);
                s.push('\n');
            }
            (Format::Table, Output::Record(Json::Object(m))) => {
                let mut t = self.table();
                for (k, v) in m {
                    t.add_row(vec![k.clone(), cell(v)]);
                }
                s = format!("{t}\n");
            }
            (Format::Table, Output::List { columns, items, .. }) => {
                if items.is_empty() {
                    return Ok(String::new());
                }
                let mut t = self.table();
                t.set_header(columns.iter().map(|c| c.to_uppercase()));
                for i in items {
                    t.add_row(columns.iter().map(|c| cell(i.get(*c).unwrap_or(&Json::Null))));
                }
                s = format!("{t}\n");
            }
            (Format::Csv, Output::List { columns, wide, items }) => {
                let columns = wide.as_ref().unwrap_or(columns);
                s.push_str(&columns.join(","));
                s.push('\n');
                for i in items {
                    let row: Vec<String> =
                        columns.iter().map(|c| csv_field(&cell(i.get(*c).unwrap_or(&Json::Null)))).collect();
                    s.push_str(&row.join(","));
                    s.push('\n');
                }
            }
            (Format::Csv, Output::Record(Json::Object(m))) => {
                s.push_str(&m.keys().map(|k| csv_field(k)).collect::<Vec<_>>().join(","));
                s.push('\n');
                s.push_str(&m.values().map(|v| csv_field(&cell(v))).collect::<Vec<_>>().join(","));
                s.push('\n');
            }
            (_, Output::Record(v)) => {
                s = cell(v);
                s.push('\n');
            }
        }
        Ok(s)
    }

    fn table(&self) -> Table {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
        if !self.color {
            t.force_no_tty();
        }
        t
    }

    /// Write to stdout. A closed pipe (`| head`) is not an error.
    pub fn print(&self, out: &Output) -> Result<()> {
        let s = self.render(out)?;
        let mut stdout = std::io::stdout().lock();
        match stdout.write_all(s.as_bytes()).and_then(|_| stdout.flush()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Error::Io(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn renders_every_format() {
        let out = Output::List {
            columns: vec!["a", "b"],
            wide: None,
            items: vec![json!({"a": "x,y", "b": null}), json!({"a": "z", "b": 2})],
        };
        let p = |f| Printer { format: f, color: false }.render(&out).unwrap();
        assert_eq!(p(Format::Csv), "a,b\n\"x,y\",-\nz,2\n");
        assert_eq!(p(Format::Ndjson), "{\"a\":\"x,y\",\"b\":null}\n{\"a\":\"z\",\"b\":2}\n");
        let v: Json = serde_json::from_str(&p(Format::Json)).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 2);
        assert!(p(Format::Table).contains("x,y"));
    }
}
