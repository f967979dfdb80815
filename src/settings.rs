//! `dossier.yaml`: optional settings, found by walking up from the dossiers
//! folder when `--dir` or `DOSSIER_DIR` names it, else from the working folder.

use crate::diag::Position;
use anyhow::bail;
use serde::Deserialize;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "dossier.yaml";
pub const DEFAULT_INTERVAL_MONTHS: u32 = 3;
pub const DEFAULT_DUE_SOON_DAYS: u32 = 14;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct SettingsFile {
    dossiers_dir: Option<PathBuf>,
    templates_dir: Option<PathBuf>,
    max_file_size: Option<ByteSize>,
    review: ReviewSettings,
    /// `auto | en | ru`; `auto` (the default) leaves it to the locale.
    language: Option<crate::spanned::Spanned<String>>,
    reporting: Option<crate::reporting::ReportingFile>,
}

/// A size in bytes: a whole number (`8388608`) or a number with a unit
/// (`512 KiB`, `8 MiB`, `1 GiB`; `KB`/`MB`/`GB` are read as the same powers of 1024).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ByteSize(u64);

impl ByteSize {
    fn parse(text: &str) -> Option<ByteSize> {
        let text = text.trim();
        let split = text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len());
        let number: u64 = text[..split].parse().ok()?;
        let unit: u64 = match text[split..].trim().to_ascii_lowercase().as_str() {
            "" | "b" => 1,
            "k" | "kb" | "kib" => 1 << 10,
            "m" | "mb" | "mib" => 1 << 20,
            "g" | "gb" | "gib" => 1 << 30,
            _ => return None,
        };
        number.checked_mul(unit).map(ByteSize)
    }
}

impl<'de> Deserialize<'de> for ByteSize {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = ByteSize;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a size in bytes, such as 8388608 or `8 MiB`")
            }
            fn visit_u64<E: serde::de::Error>(self, bytes: u64) -> Result<ByteSize, E> {
                Ok(ByteSize(bytes))
            }
            fn visit_i64<E: serde::de::Error>(self, bytes: i64) -> Result<ByteSize, E> {
                u64::try_from(bytes)
                    .map(ByteSize)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(bytes), &self))
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<ByteSize, E> {
                ByteSize::parse(text)
                    .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct ReviewSettings {
    interval_months: u32,
    due_soon_days: u32,
}

impl Default for ReviewSettings {
    fn default() -> Self {
        ReviewSettings {
            interval_months: DEFAULT_INTERVAL_MONTHS,
            due_soon_days: DEFAULT_DUE_SOON_DAYS,
        }
    }
}

/// Every problem of the settings file, each a line naming
/// `dossier.yaml:line:column`; printed one per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<crate::i18n::Message>);

impl std::fmt::Display for Problems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("; "))
    }
}

impl std::error::Error for Problems {}

/// The settings in force for this run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The settings file, when there is one.
    pub file: Option<PathBuf>,
    pub dossiers_dir: PathBuf,
    pub templates_dir: PathBuf,
    pub interval_months: u32,
    pub due_soon_days: u32,
    /// Dossier files larger than this are reported (`file-too-large`), not read.
    pub max_file_size: u64,
    /// `reporting:`: the one currency for portfolio totals, when set.
    pub reporting: Option<crate::reporting::Reporting>,
    /// `language` when it names one (`en`, `ru`); `None` for `auto`.
    pub language: Option<crate::i18n::Lang>,
}

impl Settings {
    /// Finds and reads the settings. The dossiers folder comes from `dir`
    /// (`--dir` or `DOSSIER_DIR`), else from `dossier.yaml`, else `./dossiers`.
    ///
    /// `dossier.yaml` is looked for from the dossiers folder up when `dir`
    /// names it, else from the working folder up (FORMAT.md, "Repository
    /// layout"): a cron job run from `/` with
    /// `DOSSIER_DIR=/srv/key-accounts/dossiers` uses
    /// `/srv/key-accounts/dossier.yaml`, its interval and its templates.
    pub fn discover(cwd: &Path, dir: Option<&Path>) -> anyhow::Result<Settings> {
        let file = match dir {
            // Resolved, so `..` and links walk up the real folders.
            Some(dir) => {
                let dir = cwd.join(dir);
                find_upwards(&std::fs::canonicalize(&dir).unwrap_or(dir))
            }
            None => find_upwards(cwd),
        };
        let (mut parsed, text, base) = match &file {
            Some(path) => {
                let (parsed, text) = read(path)?;
                (parsed, text, path.parent().unwrap_or(cwd).to_path_buf())
            }
            None => (SettingsFile::default(), String::new(), cwd.to_path_buf()),
        };
        let shown = file
            .as_deref()
            .map_or_else(|| PathBuf::from(FILE_NAME), |f| tidy(f.to_path_buf(), cwd));
        let reporting = match parsed.reporting.take() {
            None => None,
            Some(reporting) => reporting.check(&shown, &text).map_err(Problems)?,
        };
        let interval = parsed.review.interval_months;
        if !(1..=crate::rules::MAX_INTERVAL_MONTHS).contains(&interval) {
            let shown = file.as_deref().unwrap_or(Path::new(FILE_NAME));
            bail!(crate::msg!(
                "settings-bad-interval",
                path = shown.display().to_string(),
                found = interval,
                most = crate::rules::MAX_INTERVAL_MONTHS
            ));
        }
        let max_file_size = parsed
            .max_file_size
            .map_or(crate::load::DEFAULT_MAX_FILE_SIZE, |size| size.0);
        if max_file_size == 0 {
            let shown = file.as_deref().unwrap_or(Path::new(FILE_NAME));
            bail!(crate::msg!(
                "settings-zero-size",
                path = shown.display().to_string()
            ));
        }
        let language = language(parsed.language.as_ref(), file.as_deref())?;
        let dossiers_dir = match dir {
            Some(dir) => dir.to_path_buf(),
            None => base.join(parsed.dossiers_dir.unwrap_or_else(|| "dossiers".into())),
        };
        let templates_dir = base.join(parsed.templates_dir.unwrap_or_else(|| "templates".into()));
        Ok(Settings {
            file,
            dossiers_dir: tidy(dossiers_dir, cwd),
            templates_dir: tidy(templates_dir, cwd),
            interval_months: interval,
            due_soon_days: parsed.review.due_soon_days,
            max_file_size,
            reporting,
            language,
        })
    }
}

/// `language: en` or `ru`; `auto`, or no key, is `None`.
fn language(
    value: Option<&crate::spanned::Spanned<String>>,
    file: Option<&Path>,
) -> anyhow::Result<Option<crate::i18n::Lang>> {
    let Some(value) = value else {
        return Ok(None);
    };
    match value.value.trim().to_ascii_lowercase().as_str() {
        "auto" => Ok(None),
        "en" => Ok(Some(crate::i18n::Lang::En)),
        "ru" => Ok(Some(crate::i18n::Lang::Ru)),
        _ => {
            let at = Position::from(value.referenced);
            let shown = file.unwrap_or(Path::new(FILE_NAME));
            Err(crate::msg!(
                "settings-bad-language",
                path = shown.display().to_string(),
                line = at.line.to_string(),
                column = at.column.to_string(),
                found = crate::style::sanitize(&value.value)
            )
            .into())
        }
    }
}

/// Paths under the working folder are shown relative to it, as users typed them.
fn tidy(path: PathBuf, cwd: &Path) -> PathBuf {
    match path.strip_prefix(cwd) {
        Ok(relative) if relative.as_os_str().is_empty() => PathBuf::from("."),
        Ok(relative) => relative.to_path_buf(),
        Err(_) => path,
    }
}

fn find_upwards(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// The parsed settings and their text (for quoting a value as written).
fn read(path: &Path) -> anyhow::Result<(SettingsFile, String)> {
    let bytes = std::fs::read(path).map_err(|error| {
        anyhow::anyhow!(crate::msg!(
            "cannot-read",
            path = path.display().to_string(),
            why = crate::load::describe_io(&error)
        ))
    })?;
    let problem = |problem: crate::diag::Finding| {
        anyhow::anyhow!(crate::msg!(
            "settings-problem",
            path = path.display().to_string(),
            line = problem.position.line.to_string(),
            column = problem.position.column.to_string(),
            problem = problem.message
        ))
    };
    let text = crate::parse::decode(&bytes).map_err(problem)?;
    if text.trim().is_empty() {
        return Ok((SettingsFile::default(), String::new()));
    }
    let parsed = crate::parse::read_described(text).map_err(problem)?;
    Ok((parsed, text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scratch::{Scratch, scratch};

    fn temp_dir(name: &str) -> Scratch {
        scratch(&format!("settings-{name}"))
    }

    #[test]
    fn defaults_without_a_file() {
        let dir = temp_dir("none");
        let settings = Settings::discover(&dir, None).unwrap();
        assert_eq!(settings.dossiers_dir, PathBuf::from("dossiers"));
        assert_eq!(settings.interval_months, 3);
        assert_eq!(settings.due_soon_days, 14);
        assert_eq!(settings.max_file_size, 8 * 1024 * 1024);
    }

    #[test]
    fn max_file_size_in_bytes_or_with_a_unit() {
        let dir = temp_dir("size");
        for (written, bytes) in [
            ("1000", 1000),
            ("\"512 KiB\"", 512 * 1024),
            ("16MiB", 16 * 1024 * 1024),
            ("2 mb", 2 * 1024 * 1024),
        ] {
            std::fs::write(dir.join(FILE_NAME), format!("max_file_size: {written}\n")).unwrap();
            let settings = Settings::discover(&dir, None).unwrap();
            assert_eq!(settings.max_file_size, bytes, "{written}");
        }
        for bad in ["-5", "lots", "8 parsecs", "0"] {
            std::fs::write(dir.join(FILE_NAME), format!("max_file_size: {bad}\n")).unwrap();
            let error = Settings::discover(&dir, None).unwrap_err().to_string();
            assert!(
                error.contains("max_file_size") || error.contains("size"),
                "{bad}: {error}"
            );
        }
    }

    #[test]
    fn found_from_a_sub_folder_and_relative_to_it() {
        let dir = temp_dir("up");
        std::fs::write(
            dir.join(FILE_NAME),
            "dossiers_dir: accounts\nreview:\n  interval_months: 2\n  due_soon_days: 7\n",
        )
        .unwrap();
        let sub = dir.join("accounts/emea");
        std::fs::create_dir_all(&sub).unwrap();
        let settings = Settings::discover(&sub, None).unwrap();
        assert_eq!(settings.dossiers_dir, dir.join("accounts"));
        assert_eq!(settings.interval_months, 2);
        assert_eq!(settings.due_soon_days, 7);
        let flagged = Settings::discover(&sub, Some(Path::new("elsewhere"))).unwrap();
        assert_eq!(flagged.dossiers_dir, PathBuf::from("elsewhere"));
    }

    #[test]
    fn rejects_unknown_keys_and_long_intervals() {
        let dir = temp_dir("bad");
        std::fs::write(dir.join(FILE_NAME), "dosiers_dir: x\n").unwrap();
        let error = Settings::discover(&dir, None).unwrap_err().to_string();
        assert!(error.contains("dosiers_dir"), "{error}");
        std::fs::write(dir.join(FILE_NAME), "review:\n  interval_months: 6\n").unwrap();
        let error = Settings::discover(&dir, None).unwrap_err().to_string();
        assert!(error.contains("`review.interval_months` is 6"), "{error}");
    }
}
