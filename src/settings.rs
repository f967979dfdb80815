//! `dossier.yaml`: optional settings, found by walking up from the dossiers
//! folder when `--dir` or `DOSSIER_DIR` names it, else from the working folder.

use crate::diag::Position;
use serde::Deserialize;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "dossier.yaml";
pub const DEFAULT_INTERVAL_MONTHS: u32 = 3;
pub const DEFAULT_DUE_SOON_DAYS: u32 = 14;
/// The most `review.due_soon_days` may be: a year.
pub const MAX_DUE_SOON_DAYS: u32 = 366;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct SettingsFile {
    dossiers_dir: Option<PathBuf>,
    templates_dir: Option<PathBuf>,
    max_file_size: Option<crate::spanned::Spanned<Written>>,
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

/// A scalar setting as written, whatever its YAML type: read whole, so that
/// a wrong value is named with its place and every such problem of the file
/// is reported in one run (see [`Settings::discover`]).
#[derive(Debug, Clone, PartialEq)]
enum Written {
    Whole(i128),
    Text(String),
    /// A fraction, a boolean or a null: shown as written in the file.
    Other,
}

impl<'de> Deserialize<'de> for Written {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Written;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number or a text")
            }
            fn visit_u64<E>(self, value: u64) -> Result<Written, E> {
                Ok(Written::Whole(i128::from(value)))
            }
            fn visit_i64<E>(self, value: i64) -> Result<Written, E> {
                Ok(Written::Whole(i128::from(value)))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Written, E> {
                Ok(Written::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Written, E> {
                Ok(Written::Other)
            }
            fn visit_unit<E>(self) -> Result<Written, E> {
                Ok(Written::Other)
            }
            fn visit_str<E>(self, text: &str) -> Result<Written, E> {
                Ok(Written::Text(text.to_owned()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// A setting's value with its place: where it stands, and the value as the
/// file spells it (the text at the place, else the value read).
struct Found {
    at: Position,
    text: String,
}

impl Found {
    fn of(value: &crate::spanned::Spanned<Written>, text: &str) -> Found {
        let written = value
            .referenced
            .bytes
            .and_then(|(start, length)| {
                let start = usize::try_from(start).ok()?;
                let end = start.checked_add(usize::try_from(length).ok()?)?;
                text.get(start..end)
            })
            .map(str::trim)
            .filter(|written| !written.is_empty());
        let shown = match (&value.value, written) {
            (_, Some(written)) => written.to_owned(),
            (Written::Whole(n), None) => n.to_string(),
            (Written::Text(t), None) => t.clone(),
            (Written::Other, None) => String::new(),
        };
        Found {
            at: Position::from(value.referenced),
            text: crate::style::sanitize(&shown),
        }
    }

    /// The message `id` at this place: `{ $path }:{ $line }:{ $column }`,
    /// `{ $found }` and the arguments `more` adds.
    fn problem(
        &self,
        id: &'static str,
        path: &str,
        more: impl FnOnce(crate::i18n::Message) -> crate::i18n::Message,
    ) -> Problem {
        let message = crate::i18n::Message::new(id)
            .arg("path", path)
            .arg("line", self.at.line.to_string())
            .arg("column", self.at.column.to_string())
            .arg("found", self.text.as_str());
        (self.at, more(message))
    }
}

/// A problem of the settings file and where it stands, for listing every
/// problem in the order of the file's lines.
pub type Problem = (Position, crate::i18n::Message);

/// A whole number from `min` to `max` (both inclusive), else `None`; a
/// number in quotes (`"2"`) counts as the number, as it does in a dossier.
fn whole_in(value: &Written, min: i128, max: i128) -> Option<u32> {
    let n = match value {
        Written::Whole(n) => *n,
        Written::Text(text) => text.trim().parse::<i128>().ok()?,
        Written::Other => return None,
    };
    if (min..=max).contains(&n) {
        u32::try_from(n).ok()
    } else {
        None
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct ReviewSettings {
    interval_months: Option<crate::spanned::Spanned<Written>>,
    due_soon_days: Option<crate::spanned::Spanned<Written>>,
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
        let shown = file
            .as_deref()
            .map_or_else(|| PathBuf::from(FILE_NAME), |f| tidy(f.to_path_buf(), cwd));
        // Every problem of the file, each with its place, in one run: those
        // that kept part of it from being read, then its values'.
        let (mut parsed, text, base, mut problems) = match &file {
            Some(path) => {
                let (parsed, text, problems) = read(path, &shown)?;
                let base = path.parent().unwrap_or(cwd).to_path_buf();
                (parsed, text, base, problems)
            }
            None => (
                SettingsFile::default(),
                String::new(),
                cwd.to_path_buf(),
                Vec::new(),
            ),
        };
        let path = shown.display().to_string();
        let max_file_size = match &parsed.max_file_size {
            None => crate::load::DEFAULT_MAX_FILE_SIZE,
            Some(value) => {
                let size = match &value.value {
                    Written::Whole(n) => u64::try_from(*n).ok(),
                    Written::Text(text) => ByteSize::parse(text).map(|size| size.0),
                    Written::Other => None,
                };
                match size {
                    Some(size) if size > 0 => size,
                    _ => {
                        let found = Found::of(value, &text);
                        problems.push(found.problem("settings-bad-size", &path, |m| m));
                        crate::load::DEFAULT_MAX_FILE_SIZE
                    }
                }
            }
        };
        let interval = match &parsed.review.interval_months {
            None => DEFAULT_INTERVAL_MONTHS,
            Some(value) => {
                let most = crate::rules::MAX_INTERVAL_MONTHS;
                whole_in(&value.value, 1, i128::from(most)).unwrap_or_else(|| {
                    let found = Found::of(value, &text);
                    problems.push(
                        found.problem("settings-bad-interval", &path, |m| m.arg("most", most)),
                    );
                    DEFAULT_INTERVAL_MONTHS
                })
            }
        };
        let due_soon_days = match &parsed.review.due_soon_days {
            None => DEFAULT_DUE_SOON_DAYS,
            Some(value) => {
                whole_in(&value.value, 0, i128::from(MAX_DUE_SOON_DAYS)).unwrap_or_else(|| {
                    let found = Found::of(value, &text);
                    problems.push(found.problem("settings-bad-due-soon", &path, |m| {
                        m.arg("most", MAX_DUE_SOON_DAYS)
                    }));
                    DEFAULT_DUE_SOON_DAYS
                })
            }
        };
        let language = language(parsed.language.as_ref(), &shown).unwrap_or_else(|problem| {
            problems.push(problem);
            None
        });
        let reporting = match parsed.reporting.take() {
            None => None,
            Some(reporting) => reporting.check(&shown, &text).unwrap_or_else(|found| {
                problems.extend(found);
                None
            }),
        };
        // In the order of the file's lines, as a dossier's findings are.
        problems.sort_by_key(|(at, _)| *at);
        if !problems.is_empty() {
            return Err(
                Problems(problems.into_iter().map(|(_, message)| message).collect()).into(),
            );
        }
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
            due_soon_days,
            max_file_size,
            reporting,
            language,
        })
    }
}

/// `language: en` or `ru`; `auto`, or no key, is `None`.
fn language(
    value: Option<&crate::spanned::Spanned<String>>,
    shown: &Path,
) -> Result<Option<crate::i18n::Lang>, Problem> {
    let Some(value) = value else {
        return Ok(None);
    };
    match value.value.trim().to_ascii_lowercase().as_str() {
        "auto" => Ok(None),
        "en" => Ok(Some(crate::i18n::Lang::En)),
        "ru" => Ok(Some(crate::i18n::Lang::Ru)),
        _ => {
            let at = Position::from(value.referenced);
            Err((
                at,
                crate::msg!(
                    "settings-bad-language",
                    path = shown.display().to_string(),
                    line = at.line.to_string(),
                    column = at.column.to_string(),
                    found = crate::style::sanitize(&value.value)
                ),
            ))
        }
    }
}

/// A path as messages show it: relative to the working folder `cwd` when it
/// is inside it (`dossiers/acme.yaml`, `.` for the folder itself), as users
/// type them, else whole.
pub fn tidy(path: PathBuf, cwd: &Path) -> PathBuf {
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

/// The parsed settings, their text (for quoting a value as written), and
/// the problems that kept parts of it from being read (an unknown key, a
/// wrong type: each one, read past as a dossier is, see
/// [`crate::parse::read_all_described`]). A problem names the file as
/// `shown`, as every other message does.
///
/// # Errors
///
/// The file cannot be read, is not UTF-8, or cannot be read past its
/// problems (a syntax error): every problem known, each with its place.
fn read(path: &Path, shown: &Path) -> anyhow::Result<(SettingsFile, String, Vec<Problem>)> {
    let bytes = std::fs::read(path).map_err(|error| {
        anyhow::anyhow!(crate::msg!(
            "cannot-read",
            path = shown.display().to_string(),
            why = crate::load::describe_io(&error)
        ))
    })?;
    let problem = |problem: crate::diag::Finding| -> Problem {
        (
            problem.position,
            crate::msg!(
                "settings-problem",
                path = shown.display().to_string(),
                line = problem.position.line.to_string(),
                column = problem.position.column.to_string(),
                problem = problem.message
            ),
        )
    };
    let text = crate::parse::decode(&bytes).map_err(|found| Problems(vec![problem(found).1]))?;
    if text.trim().is_empty() {
        return Ok((SettingsFile::default(), String::new(), Vec::new()));
    }
    let (found, parsed) = crate::parse::read_all_described::<SettingsFile>(text);
    let found: Vec<Problem> = found.into_iter().map(problem).collect();
    match parsed {
        Some(parsed) => Ok((parsed, text.to_owned(), found)),
        None => Err(Problems(found.into_iter().map(|(_, message)| message).collect()).into()),
    }
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
        assert!(
            error.contains("dossier.yaml:2:20: `review.interval_months` is `6`"),
            "{error}"
        );
    }

    /// A misspelt key hides nothing: it is named with every wrong value
    /// after it, in the order of the lines; a bracket never closed is named
    /// with the keys before it.
    #[test]
    fn an_unknown_key_is_named_with_every_other_problem() {
        let dir = temp_dir("unknown-and-values");
        std::fs::write(
            dir.join(FILE_NAME),
            "review:\n  due_son_days: 3\n  interval_months: 7\nreporting:\n  rates:\n    EUR: 98.5\nfoo: 1\n",
        )
        .unwrap();
        let error = Settings::discover(&dir, None).unwrap_err();
        let problems = error.downcast_ref::<Problems>().expect("problems");
        let lines: Vec<String> = problems.0.iter().map(ToString::to_string).collect();
        let places: Vec<&str> = lines
            .iter()
            .map(|l| l.split(' ').next().unwrap_or(""))
            .collect();
        assert_eq!(
            places,
            [
                "dossier.yaml:2:3:",
                "dossier.yaml:3:20:",
                "dossier.yaml:6:5:",
                "dossier.yaml:7:1:"
            ],
            "{lines:#?}"
        );
        assert!(lines[0].contains("`due_son_days`"), "{lines:#?}");
        assert!(lines[3].contains("`foo`"), "{lines:#?}");

        std::fs::write(dir.join(FILE_NAME), "foo: 1\nbar: [x\n").unwrap();
        let error = Settings::discover(&dir, None).unwrap_err();
        let problems = error.downcast_ref::<Problems>().expect("problems");
        let lines: Vec<String> = problems.0.iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), 3, "{lines:#?}");
        assert!(lines[2].contains("never closed"), "{lines:#?}");
    }

    /// Every wrong value of the file in one run, each at its place, quoted
    /// as written, with what to write instead, in the order of the lines.
    #[test]
    fn every_wrong_value_is_named_at_its_place_in_one_run() {
        let dir = temp_dir("all");
        std::fs::write(
            dir.join(FILE_NAME),
            "max_file_size: lots\nlanguage: fr\nreview:\n  interval_months: \"x\"\n  \
             due_soon_days: -3\nreporting:\n  currency: XYZ\n",
        )
        .unwrap();
        let error = Settings::discover(&dir, None).unwrap_err();
        let problems = error.downcast_ref::<Problems>().expect("problems");
        let lines: Vec<String> = problems.0.iter().map(ToString::to_string).collect();
        let starts: Vec<&str> = lines
            .iter()
            .map(|line| line.split(';').next().unwrap_or_default())
            .collect();
        assert_eq!(
            starts,
            [
                "dossier.yaml:1:16: `max_file_size` is `lots`",
                "dossier.yaml:2:11: `language` is `fr`",
                "dossier.yaml:4:20: `review.interval_months` is `\"x\"`",
                "dossier.yaml:5:18: `review.due_soon_days` is `-3`",
                "dossier.yaml:7:13: `reporting.currency` is `XYZ`, not an active ISO 4217 code",
            ],
            "{lines:#?}"
        );
        assert!(lines[0].contains("`8 MiB`"), "{}", lines[0]);
        assert!(lines[3].contains("from 0 to 366"), "{}", lines[3]);
    }

    #[test]
    fn whole_numbers_of_months_and_days_within_their_bounds() {
        let dir = temp_dir("bounds");
        for (written, ok) in [
            ("interval_months: 1", true),
            ("interval_months: 3", true),
            ("interval_months: \"2\"", true),
            ("interval_months: \"two\"", false),
            ("due_soon_days: '7'", true),
            ("interval_months: 0", false),
            ("interval_months: 2.5", false),
            ("interval_months: true", false),
            ("interval_months: 99999999999999999999", false),
            ("due_soon_days: 0", true),
            ("due_soon_days: 366", true),
            ("due_soon_days: 367", false),
            ("due_soon_days: -1", false),
            ("due_soon_days: soon", false),
        ] {
            std::fs::write(dir.join(FILE_NAME), format!("review:\n  {written}\n")).unwrap();
            assert_eq!(Settings::discover(&dir, None).is_ok(), ok, "{written}");
        }
    }
}
