//! Every dossier of the folder in force, summarised: what `review` and `list`
//! work from. One broken dossier never hides the others.

use super::Env;
use crate::diag::Finding;
use crate::exit::ExitCode;
use crate::load;
use crate::load::SourceFile;
use crate::model::Dossier;
use crate::rules::Wanted;
use crate::style::sanitize;
use crate::summary::Summary;

pub struct Portfolio {
    pub summaries: Vec<Summary>,
    /// Folders that could not be walked.
    pub problems: Vec<load::IoProblem>,
}

impl Portfolio {
    /// Reads every dossier of the folder in force; `archived` ones are left
    /// out (errors and all) unless `all` (`--all`) keeps them; `quiet`
    /// silences the notes on stderr (a symlink read once), never the errors.
    ///
    /// # Errors
    ///
    /// The dossiers folder itself cannot be read ([`load::discover_dossiers`]):
    /// the command prints nothing but the error, and exits 2.
    pub fn load(env: &Env, all: bool, quiet: bool) -> Result<Portfolio, load::IoProblem> {
        Ok(Portfolio::load_with(env, all, quiet, Wanted::Errors, |_, _, _| ())?.0)
    }

    /// [`Portfolio::load`], and for each dossier that reads as a whole (the
    /// strict model, errors or not) what `detail` takes from it, in the
    /// order of the summaries: `None` where only the lenient reading of the
    /// summary worked. This is the one reading of the portfolio: `review`,
    /// `list` and `report` all see the same dossiers the same way.
    /// `wanted` says whether `detail` is given the warnings too (`report`
    /// shows the gaps) or the errors alone, which are all a summary keeps.
    ///
    /// # Errors
    ///
    /// As [`Portfolio::load`].
    pub fn load_with<X: Send>(
        env: &Env,
        all: bool,
        quiet: bool,
        wanted: Wanted,
        detail: impl Fn(&SourceFile, &Dossier, &[Finding]) -> X + Sync,
    ) -> Result<(Portfolio, Vec<Option<X>>), load::IoProblem> {
        let discovery = load::discover_dossiers(&env.settings.dossiers_dir)?;
        discovery.print_notes(quiet);
        let context = crate::rules::Context {
            wanted,
            ..env.rules_context()
        };
        let default_interval = env.settings.interval_months;
        let ids = crate::rules::Ids::of(&discovery.files);
        let mut duplicates = load::duplicate_ids(&discovery.files);
        let mut summaries = Vec::with_capacity(discovery.files.len());
        let mut details = Vec::with_capacity(discovery.files.len());
        // Each result goes straight to its place, filtered as it comes: the
        // portfolio is never held twice.
        load::load_in_order(
            &discovery.files,
            &context,
            |file, loaded| {
                let loaded = loaded.map(|mut loaded| {
                    loaded.check_across(&file.id, &ids);
                    loaded
                });
                let detail = loaded.as_ref().ok().and_then(|loaded| {
                    let dossier = loaded.dossier.as_ref()?;
                    Some(detail(file, dossier, &loaded.findings))
                });
                (Summary::new(file, loaded, default_interval), detail)
            },
            |_, (mut summary, detail)| {
                duplicates.retain(|duplicate| {
                    let ours = *duplicate.path == *summary.path;
                    if ours {
                        summary.add_error(duplicate);
                    }
                    !ours
                });
                if summary.in_view(all) {
                    summaries.push(summary);
                    details.push(detail);
                }
            },
        );
        let portfolio = Portfolio {
            summaries,
            problems: discovery.problems,
        };
        Ok((portfolio, details))
    }

    /// `--owner` of `actions` and `calendar`: `Ok` when `owner` is someone
    /// on our side of a dossier, as names compare (an account manager, an
    /// executive sponsor, or a member of one of `teams`, each dossier's
    /// [`team_names`]; an action's owner must be one of them, `check` says
    /// so). `Err`: the message for a name nobody has, with the full names
    /// that hold the name typed, else a "did you mean", so a typo in a cron
    /// line is not read as a quiet week.
    pub fn owner_on_our_side<'a>(
        &self,
        owner: &str,
        teams: impl Iterator<Item = &'a [String]>,
    ) -> Result<(), crate::i18n::Message> {
        let known: Vec<String> = self
            .summaries
            .iter()
            .flat_map(|s| [s.account_manager.clone(), s.executive_sponsor.clone()])
            .chain(teams.flatten().cloned())
            .filter(|name| !name.is_empty())
            .collect();
        if known.iter().any(|name| crate::names::same(name, owner)) {
            return Ok(());
        }
        Err(crate::summary::unknown_owner(
            owner,
            &known,
            [
                "our-side-owner-unknown",
                "our-side-owner-unknown-did-you-mean",
            ],
        ))
    }

    /// Names on stderr every folder and dossier that could not be read or has
    /// errors, with its first error; `left_out` says why a broken dossier is
    /// missing from the output, if it is (a catalogue id, `left-out-*`). With `owner`, the dossiers of other
    /// account managers are not named (those without a readable one are).
    /// `Trouble` when anything was named.
    pub fn report_trouble(
        &self,
        owner: Option<&str>,
        left_out: impl Fn(&Summary) -> Option<&'static str>,
    ) -> ExitCode {
        let mut code = ExitCode::Success;
        for problem in &self.problems {
            crate::stderr_line!(
                "dossier: {}: {}",
                crate::i18n::text("error"),
                sanitize(&problem.message.to_string())
            );
            code = ExitCode::Trouble;
        }
        for summary in &self.summaries {
            let someone_else_s = owner.is_some_and(|owner| {
                !summary.account_manager.is_empty() && !summary.is_managed_by(owner)
            });
            if someone_else_s {
                continue;
            }
            if let Some(problem) = &summary.problem {
                let left_out = left_out(summary)
                    .map(|why| {
                        crate::msg!("left-out", why = crate::i18n::Message::new(why)).to_string()
                    })
                    .unwrap_or_default();
                crate::stderr_line!(
                    "dossier: {}: {}{left_out}",
                    crate::i18n::text("error"),
                    sanitize(&problem.describe())
                );
                code = ExitCode::Trouble;
            }
        }
        code
    }
}

/// The names of `company_view.team` of `dossier`, trimmed: with the account
/// managers and executive sponsors of the portfolio, the people `--owner`
/// of `actions` and `calendar` may name ([`Portfolio::owner_on_our_side`]).
pub fn team_names(dossier: &Dossier) -> Vec<String> {
    dossier
        .company_view
        .value
        .team
        .iter()
        .filter_map(|member| member.name.as_ref())
        .map(|name| name.value.trim().to_owned())
        .collect()
}
