//! History from git (FORMAT.md, "History from git"): `log`, `changes` and the
//! unusual repositories, on real repositories built in temp folders by a
//! scripted sequence of commits with fixed dates.

mod common;

use common::{Dossier, Run, Scratch, git, git_with, scratch};
use serde_json::{Value, json};
use std::fs;
use std::path::Path;

const ACME: &str = "\
version: 1
client:
  name: ACME Logistics
company_view:
  account_manager: Anna Ivanova
  executive_sponsor: Olga Smirnova
  opportunity:
    currency: RUB
    next_year: 12000000
    three_to_five_years: 60000000
  history:
    - date: 2024-03-15
      kind: tender
      summary: WMS rollout tender
      outcome: won
decision_group:
  - name: Pavel Orlov
    title: CEO
    roles: [decision_maker, supporter]
    influence: high
  - name: Irina Volkova
    title: CFO
    roles: [economic]
competitors:
  - name: LogiSoft
    kind: direct
review:
  last_reviewed: 2026-01-05
";

/// The same dossier in other words: comments, key order, quoting, flow
/// style and the order of people changed, nothing else.
const ACME_REFORMATTED: &str = "\
# ACME: key account.
version: 1
client: {name: \"ACME Logistics\"}
decision_group:
  - name: Irina Volkova   # the money
    roles:
      - economic
    title: CFO
  - {name: Pavel Orlov, title: CEO, influence: high, roles: [supporter, decision_maker]}
company_view:
  executive_sponsor: 'Olga Smirnova'
  account_manager: Anna Ivanova
  history:
    - {date: 2024-03-15, summary: WMS rollout tender, kind: tender, outcome: won}
  opportunity:
    three_to_five_years: 60000000
    next_year: 1.2e7
    currency: RUB
competitors:
  - name: LogiSoft
    kind: direct
review:
  last_reviewed: 2026-01-05
";

const BETA: &str = "\
version: 1
client:
  name: Beta Foods
company_view:
  account_manager: Boris Petrov
decision_group:
  - name: Oleg Sidorov
    roles: [decision_maker]
competitors:
  - name: Inertia
    kind: inertia
    threat: low
review:
  last_reviewed: 2026-01-05
";

/// A repository being scripted: `root/dossiers/…`.
struct Repo {
    root: Scratch,
}

impl Repo {
    fn new(name: &str) -> Repo {
        let root = scratch(name);
        let init = git(&root, &["init", "-q", "-b", "main"]);
        assert_eq!(init.status, 0, "{init}");
        fs::create_dir_all(root.join("dossiers")).expect("dossiers folder");
        Repo { root }
    }

    fn write(&self, relative: &str, text: &str) {
        let path = self.root.join("dossiers").join(relative);
        fs::create_dir_all(path.parent().expect("parent")).expect("folder");
        fs::write(path, text).expect("write");
    }

    fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.root.join("dossiers").join(relative)).expect("read")
    }

    fn git(&self, args: &[&str]) -> Run {
        let run = git(&self.root, args);
        assert_eq!(run.status, 0, "git {args:?}: {run}");
        run
    }

    /// Commits everything as `author` at noon UTC of `date`.
    fn commit(&self, author: &str, date: &str, message: &str) -> String {
        self.git(&["add", "-A"]);
        let stamp = format!("{date}T12:00:00+00:00");
        let name = format!("user.name={author}");
        let run = git_with(
            &self.root,
            &[("GIT_AUTHOR_DATE", &stamp), ("GIT_COMMITTER_DATE", &stamp)],
            &["-c", &name, "commit", "-q", "--no-verify", "-m", message],
        );
        assert_eq!(run.status, 0, "commit {message}: {run}");
        self.head()
    }

    /// Writes the history of `stream` (git's fast-import format) into this
    /// repository with `git fast-import`, and checks out its `HEAD`.
    fn fast_import(&self, stream: &str) {
        fs::write(self.root.join("stream"), stream).expect("stream");
        let import = std::process::Command::new("sh")
            .arg("-c")
            .arg("git fast-import --quiet < stream && rm stream && git reset -q --hard")
            .current_dir(&self.root)
            .envs(common::NO_GIT_CONFIG.iter().copied())
            .status()
            .expect("run git fast-import");
        assert!(import.success());
    }

    fn head(&self) -> String {
        self.git(&["rev-parse", "HEAD"]).stdout.trim().to_owned()
    }

    fn dossier(&self, args: &[&str]) -> Run {
        Dossier::new().cwd(&self.root).env("TZ", "UTC").run(args)
    }

    fn json(&self, args: &[&str]) -> Value {
        let run = self.dossier(args);
        assert_eq!(run.status, 0, "{run}");
        run.json()
    }
}

/// The scripted history of FORMAT.md's cases; returns the repository and
/// the commit ids by name.
fn scripted() -> (Repo, std::collections::HashMap<&'static str, String>) {
    let repo = Repo::new("history");
    let mut ids = std::collections::HashMap::new();
    repo.write("acme.yaml", ACME);
    repo.write("beta.yaml", BETA);
    ids.insert(
        "first",
        repo.commit("Anna Ivanova", "2026-01-05", "Two key clients"),
    );
    repo.write("acme.yaml", ACME_REFORMATTED);
    ids.insert(
        "reformat",
        repo.commit("Anna Ivanova", "2026-01-12", "Tidy ACME"),
    );
    repo.write(
        "acme.yaml",
        &repo.read("acme.yaml").replace(
            "roles: [supporter, decision_maker]",
            "roles: [opponent, decision_maker]",
        ),
    );
    ids.insert(
        "role",
        repo.commit("Boris Petrov", "2026-02-02", "Pavel turned"),
    );
    repo.write(
        "acme.yaml",
        &repo
            .read("acme.yaml")
            .replace("next_year: 1.2e7", "next_year: 8000000"),
    );
    ids.insert(
        "opportunity",
        repo.commit("Anna Ivanova", "2026-02-09", "Smaller budget"),
    );
    fs::create_dir_all(repo.root.join("dossiers/emea")).expect("emea");
    repo.git(&["mv", "dossiers/acme.yaml", "dossiers/emea/acme.yaml"]);
    ids.insert("move", repo.commit("Anna Ivanova", "2026-02-16", "Regions"));
    let good = repo.read("emea/acme.yaml");
    repo.write(
        "emea/acme.yaml",
        &good.replace("  - name: LogiSoft\n", "  - name: [LogiSoft\n"),
    );
    ids.insert("broken", repo.commit("Boris Petrov", "2026-03-02", "Oops"));
    repo.write(
        "emea/acme.yaml",
        &good.replace(
            "  history:\n",
            "  history:\n    - {date: 2026-03-01, kind: meeting, summary: Kick-off with the CFO}\n",
        ),
    );
    ids.insert(
        "fixed",
        repo.commit("Boris Petrov", "2026-03-03", "Fixed, and the kick-off"),
    );
    repo.write(
        "emea/acme.yaml",
        &repo
            .read("emea/acme.yaml")
            .replace("last_reviewed: 2026-01-05", "last_reviewed: 2026-04-01"),
    );
    ids.insert(
        "acme-review",
        repo.commit("Anna Ivanova", "2026-04-01", "ACME reviewed"),
    );
    repo.write(
        "beta.yaml",
        &BETA.replace("last_reviewed: 2026-01-05", "last_reviewed: 2026-04-02"),
    );
    ids.insert(
        "beta-review",
        repo.commit("Boris Petrov", "2026-04-02", "Beta reviewed"),
    );
    (repo, ids)
}

fn changes_of(entry: &Value) -> Vec<(String, String)> {
    entry["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            (
                c["key"].as_str().expect("key").to_owned(),
                c["change"].as_str().expect("change").to_owned(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

#[test]
fn log_shows_each_commit_with_what_changed_in_meaning() {
    let (repo, ids) = scripted();
    // Uncommitted: the working copy against HEAD.
    repo.write(
        "emea/acme.yaml",
        &repo
            .read("emea/acme.yaml")
            .replace("influence: high", "influence: medium"),
    );
    let log = repo.json(&["log", "acme", "--format", "json"]);
    let log = log.as_array().expect("array");
    let commits: Vec<Value> = log.iter().map(|e| e["commit"].clone()).collect();
    let expected: Vec<Value> = [
        "acme-review",
        "fixed",
        "broken",
        "move",
        "opportunity",
        "role",
        "reformat",
        "first",
    ]
    .iter()
    .map(|name| json!(ids[name]))
    .collect();
    assert_eq!(commits[0], Value::Null, "uncommitted first: {log:?}");
    assert_eq!(
        &commits[1..],
        &expected[..],
        "newest first, beta's commit left out"
    );

    let uncommitted = &log[0];
    assert_eq!(uncommitted["summary"], "uncommitted");
    assert_eq!(uncommitted["author"], Value::Null);
    assert_eq!(
        changes_of(uncommitted),
        pairs(&[("decision_group[Pavel Orlov].influence", "changed")])
    );
    assert_eq!(uncommitted["changes"][0]["old"], "high");
    assert_eq!(uncommitted["changes"][0]["new"], "medium");

    let by = |name: &str| {
        log.iter()
            .find(|e| e["commit"] == json!(ids[name]))
            .expect("entry")
    };
    let review = by("acme-review");
    assert_eq!(review["date"], "2026-04-01");
    assert_eq!(review["author"], "Anna Ivanova");
    assert_eq!(review["summary"], "ACME reviewed");
    assert_eq!(review["error"], Value::Null);
    assert_eq!(
        changes_of(review),
        pairs(&[("review.last_reviewed", "changed")])
    );

    // The fixed version is compared with the last readable one (before the break).
    assert_eq!(
        changes_of(by("fixed")),
        pairs(&[(
            "company_view.history[2026-03-01 Kick-off with the CFO]",
            "added"
        )])
    );
    let broken = by("broken");
    assert!(
        broken["error"]
            .as_str()
            .is_some_and(|e| e.contains("yaml") || e.contains("YAML") || !e.is_empty()),
        "{broken}"
    );
    assert_eq!(changes_of(broken), Vec::<(String, String)>::new());
    // Moved between sub-folders: the log goes on, nothing changed in meaning.
    assert_eq!(changes_of(by("move")), Vec::<(String, String)>::new());
    let opportunity = &by("opportunity")["changes"];
    assert_eq!(
        opportunity,
        &json!([{"key": "company_view.opportunity.next_year", "change": "changed", "old": 12000000, "new": 8000000}])
    );
    assert_eq!(
        by("role")["changes"],
        json!([
            {"key": "decision_group[Pavel Orlov].roles", "change": "added", "old": null, "new": "opponent"},
            {"key": "decision_group[Pavel Orlov].roles", "change": "removed", "old": "supporter", "new": null}
        ])
    );
    assert_eq!(
        changes_of(by("reformat")),
        Vec::<(String, String)>::new(),
        "comments, quoting, key order, flow style, order of people: no change"
    );

    // The same, as a sales director reads it.
    let text = repo.dossier(&["log", "acme"]);
    assert_eq!(text.status, 0, "{text}");
    for line in [
        "Pavel Orlov: influence high → medium",
        "review.last_reviewed: 2026-01-05 → 2026-04-01",
        "history + 2026-03-01 meeting «Kick-off with the CFO»",
        "company_view.opportunity.next_year: 12,000,000 → 8,000,000 RUB",
        "Pavel Orlov: roles + opponent − supporter",
        "moved acme.yaml → emea/acme.yaml",
        "no change in meaning",
        "cannot be read: ",
        "new dossier",
    ] {
        assert!(text.stdout.contains(line), "missing `{line}`:\n{text}");
    }
}

#[test]
fn log_of_an_unknown_id_suggests_one() {
    let (repo, _) = scripted();
    let run = repo.dossier(&["log", "acmee"]);
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("did you mean"), "{run}");
    assert!(run.stderr.contains("acme"), "{run}");
}

#[test]
fn changes_between_two_commits() {
    let (repo, ids) = scripted();
    let digest = repo.json(&["changes", "--from", &ids["reformat"], "--format", "json"]);
    assert_eq!(digest["from"], json!(ids["reformat"]));
    assert_eq!(digest["to"], json!(ids["beta-review"]));
    let dossiers = digest["dossiers"].as_array().expect("dossiers");
    assert_eq!(dossiers.len(), 2, "{digest}");
    let acme = &dossiers[0];
    assert_eq!(acme["id"], "acme");
    assert_eq!(acme["client"], "ACME Logistics");
    assert_eq!(acme["account_manager"], "Anna Ivanova");
    assert_eq!(acme["status"], "changed");
    assert_eq!(acme["authors"], json!(["Anna Ivanova", "Boris Petrov"]));
    assert_eq!(acme["commits"], 6);
    assert_eq!(
        changes_of(acme),
        pairs(&[
            (
                "company_view.history[2026-03-01 Kick-off with the CFO]",
                "added"
            ),
            ("company_view.opportunity.next_year", "changed"),
            ("decision_group[Pavel Orlov].roles", "added"),
            ("decision_group[Pavel Orlov].roles", "removed"),
            ("review.last_reviewed", "changed"),
        ])
    );
    let beta = &dossiers[1];
    assert_eq!(beta["id"], "beta");
    assert_eq!(beta["authors"], json!(["Boris Petrov"]));
    assert_eq!(beta["commits"], 1);

    // Only one manager's dossiers; only named ids.
    let owner = repo.json(&[
        "changes",
        "--from",
        &ids["reformat"],
        "--owner",
        "boris  PETROV",
        "--format",
        "json",
    ]);
    let kept: Vec<&Value> = owner["dossiers"]
        .as_array()
        .expect("array")
        .iter()
        .map(|d| &d["id"])
        .collect();
    assert_eq!(kept, [&json!("beta")]);
    let one = repo.json(&[
        "changes",
        "--from",
        &ids["reformat"],
        "acme",
        "--format",
        "json",
    ]);
    assert_eq!(one["dossiers"].as_array().expect("array").len(), 1);

    // A reformat only: nothing changed in meaning.
    let none = repo.json(&[
        "changes",
        "--from",
        &ids["first"],
        "--to",
        &ids["reformat"],
        "--format",
        "json",
    ]);
    assert_eq!(none["dossiers"], json!([]));
    let text = repo.dossier(&["changes", "--from", &ids["first"], "--to", &ids["reformat"]]);
    assert!(
        text.stdout.starts_with("No dossier changed in meaning"),
        "{text}"
    );
}

#[test]
fn changes_since_a_day_and_dossiers_added_and_removed() {
    let (repo, ids) = scripted();
    // `--since 2026-03-01`: from the newest commit made before that day.
    let digest = repo.json(&["changes", "--since", "2026-03-01", "--format", "json"]);
    assert_eq!(digest["from"], json!(ids["move"]));
    let acme = &digest["dossiers"][0];
    assert_eq!(acme["authors"], json!(["Anna Ivanova", "Boris Petrov"]));
    assert_eq!(acme["commits"], 3);

    // Before the first commit: every dossier is added, with no changes listed.
    let all = repo.json(&["changes", "--since", "2025-01-01", "--format", "json"]);
    assert_eq!(all["from"], Value::Null);
    let text = repo.dossier(&["changes", "--since", "2025-01-01"]);
    let to = &ids["beta-review"][..10];
    assert!(
        text.stdout.starts_with(&format!(
            "2 dossiers changed: before the first commit → {to}"
        )),
        "{text}"
    );
    let text = repo.dossier(&["--lang", "ru", "changes", "--since", "2025-01-01"]);
    assert!(
        text.stdout
            .starts_with("Изменились 2 досье: с начала истории по "),
        "{text}"
    );
    let statuses: Vec<(&Value, &Value, &Value)> = all["dossiers"]
        .as_array()
        .expect("array")
        .iter()
        .map(|d| (&d["id"], &d["status"], &d["changes"]))
        .collect();
    assert_eq!(
        statuses,
        [
            (&json!("acme"), &json!("added"), &json!([])),
            (&json!("beta"), &json!("added"), &json!([]))
        ]
    );

    // A removed dossier is named as of `from`.
    repo.git(&["rm", "-q", "dossiers/beta.yaml"]);
    let removed = repo.commit("Anna Ivanova", "2026-04-03", "Beta lost");
    let digest = repo.json(&["changes", "--from", &ids["beta-review"], "--format", "json"]);
    assert_eq!(digest["to"], json!(removed));
    assert_eq!(
        digest["dossiers"],
        json!([{"id": "beta", "client": "Beta Foods", "account_manager": "Boris Petrov", "status": "removed",
                "authors": ["Anna Ivanova"], "commits": 1, "changes": [], "error": null}])
    );
    let text = repo.dossier(&["changes", "--from", &ids["beta-review"]]);
    assert!(
        text.stdout.contains("beta — Beta Foods (Boris Petrov)"),
        "{text}"
    );
    assert!(text.stdout.contains("dossier removed"), "{text}");

    // A dossier removed in a commit (or renamed: a new id) keeps its log,
    // ending where it was removed; an id no commit ever had is a typo.
    let log = repo.json(&["log", "beta", "--format", "json"]);
    assert_eq!(log[0]["commit"], json!(removed), "{log}");
    assert_eq!(log[0]["summary"], "Beta lost", "{log}");
    let text = repo.dossier(&["log", "beta"]);
    assert_eq!(text.status, 0, "{text}");
    assert!(
        text.stdout.contains("Beta lost\n    file deleted\n"),
        "{text}"
    );
    // A typo of the removed id is told the id the history holds.
    let typo = repo.dossier(&["log", "betta"]);
    assert_eq!(typo.status, 2, "{typo}");
    assert_eq!(typo.stdout, "", "{typo}");
    assert!(typo.stderr.contains("(did you mean `beta`?)"), "{typo}");
}

/// The digest in Russian reads as a sentence: the heading starts with a
/// capital and says from where to where («с … по …»), the authors agree
/// with their number, as the commits do.
#[test]
fn the_russian_digest_reads_naturally() {
    let (repo, ids) = scripted();
    let (from, to) = (&ids["reformat"][..10], &ids["beta-review"][..10]);
    let run = repo.dossier(&["--lang", "ru", "changes", "--from", &ids["reformat"]]);
    assert_eq!(run.status, 0, "{run}");
    for line in [
        format!("Изменились 2 досье: с {from} (2026-01-12) по {to} (2026-04-02)\n"),
        "\n  авторы: Anna Ivanova, Boris Petrov; 6 коммитов\n".to_owned(),
        "\n  автор: Boris Petrov; 1 коммит\n".to_owned(),
    ] {
        assert!(run.stdout.contains(&line), "{line}\n{run}");
    }
    let quiet = repo.dossier(&[
        "--lang",
        "ru",
        "changes",
        "--from",
        &ids["first"],
        "--to",
        &ids["reformat"],
    ]);
    assert!(
        quiet
            .stdout
            .starts_with("По смыслу не изменилось ни одно досье: с "),
        "{quiet}"
    );
    let log = repo.dossier(&["--lang", "ru", "log", "acme"]);
    assert!(
        log.stdout
            .contains("\n    по смыслу ничего не изменилось (только комментарии или оформление)\n"),
        "{log}"
    );
}

/// An id or `--owner` that is in neither end of the range nor the working
/// copy is a typo: exit 2 with a "did you mean", as `log` and `review
/// --owner` do. One that is there but did not change gives the empty digest.
#[test]
fn changes_of_an_unknown_id_or_owner_suggests_one() {
    let (repo, ids) = scripted();
    for (args, suggestion) in [
        (&["acmee"][..], Some("did you mean `acme`?")),
        (&["acme", "nosuch", "betta"], Some("did you mean `beta`?")),
        (&["--owner", "Nobody"], None),
        (
            &["--owner", "Boris Petrv"],
            Some("did you mean `Boris Petrov`?"),
        ),
        (&["--owner", "Petrov"], Some("did you mean `Boris Petrov`?")),
    ] {
        let mut command = vec!["changes", "--since", "2026-03-01"];
        command.extend_from_slice(args);
        let run = repo.dossier(&command);
        assert_eq!(run.status, 2, "{args:?}: {run}");
        assert_eq!(run.stdout, "", "no digest: {run}");
        if let Some(suggestion) = suggestion {
            assert!(run.stderr.contains(suggestion), "{args:?}: {run}");
        }
    }
    let both = repo.dossier(&["changes", "acme", "nosuch", "betta"]);
    assert_eq!(both.stderr.lines().count(), 2, "each typo named: {both}");
    // An id as a shell completes it (`acme.yaml`) is the id, as for `log`.
    let completed = repo.json(&[
        "changes",
        "--since",
        "2026-03-01",
        "ACME.yaml",
        "--format",
        "json",
    ]);
    assert_eq!(completed["dossiers"][0]["id"], "acme", "{completed}");

    // There, but unchanged in the range: the empty digest.
    let from = ids["acme-review"].as_str();
    for args in [&["acme"][..], &["--owner", "anna ivanova"]] {
        let mut command = vec!["changes", "--from", from, "--to", &ids["beta-review"]];
        command.extend_from_slice(args);
        command.extend_from_slice(&["--format", "json"]);
        let digest = repo.json(&command);
        assert_eq!(digest["dossiers"], json!([]), "{args:?}");
    }
    // Gone from the working copy, but at the ends of the range.
    repo.git(&["rm", "-q", "dossiers/beta.yaml"]);
    repo.commit("Anna Ivanova", "2026-04-03", "Beta lost");
    let range = [
        "--from",
        ids["fixed"].as_str(),
        "--to",
        ids["acme-review"].as_str(),
    ];
    for args in [&["beta"][..], &["--owner", "Boris Petrov"]] {
        let mut command = vec!["changes"];
        command.extend_from_slice(&range);
        command.extend_from_slice(args);
        let run = repo.dossier(&command);
        assert_eq!(run.status, 0, "{args:?}: {run}");
        assert!(
            run.stdout.starts_with("No dossier changed in meaning"),
            "{run}"
        );
    }
}

#[test]
fn a_merge_is_one_commit_by_the_merge_s_author() {
    let (repo, ids) = scripted();
    repo.git(&["checkout", "-q", "-b", "side"]);
    repo.write(
        "beta.yaml",
        &repo
            .read("beta.yaml")
            .replace("threat: low", "threat: high"),
    );
    repo.commit("Carol King", "2026-04-05", "Beta: inertia is a threat");
    repo.write(
        "beta.yaml",
        &repo
            .read("beta.yaml")
            .replace("kind: inertia", "kind: inertia  # sure"),
    );
    repo.commit("Carol King", "2026-04-06", "Beta: comment");
    repo.git(&["checkout", "-q", "main"]);
    let run = git_with(
        &repo.root,
        &[
            ("GIT_AUTHOR_DATE", "2026-04-07T12:00:00+00:00"),
            ("GIT_COMMITTER_DATE", "2026-04-07T12:00:00+00:00"),
        ],
        &[
            "-c",
            "user.name=Boris Petrov",
            "merge",
            "-q",
            "--no-ff",
            "-m",
            "Merge side",
            "side",
        ],
    );
    assert_eq!(run.status, 0, "{run}");
    let digest = repo.json(&["changes", "--from", &ids["beta-review"], "--format", "json"]);
    assert_eq!(
        digest["dossiers"],
        json!([{"id": "beta", "client": "Beta Foods", "account_manager": "Boris Petrov", "status": "changed",
                "authors": ["Boris Petrov"], "commits": 1,
                "changes": [{"key": "competitors[Inertia].threat", "change": "changed", "old": "low", "new": "high"}],
                "error": null}])
    );
    let log = repo.json(&["log", "beta", "--format", "json"]);
    assert_eq!(
        log[0]["summary"], "Merge side",
        "first-parent history only: {log}"
    );
    assert_eq!(log[1]["commit"], json!(ids["beta-review"]));
}

/// A detached HEAD is read like a branch.
#[test]
fn detached_head() {
    let (repo, ids) = scripted();
    repo.git(&["checkout", "-q", "--detach", &ids["move"]]);
    let log = repo.json(&["log", "acme", "--format", "json"]);
    assert_eq!(log[0]["commit"], json!(ids["move"]));
    let digest = repo.json(&["changes", "--from", &ids["first"], "--format", "json"]);
    assert_eq!(digest["to"], json!(ids["move"]));
}

#[test]
fn a_shallow_clone_reads_as_far_as_it_goes_and_says_so() {
    let (repo, ids) = scripted();
    let copy = scratch("history-shallow");
    let source = format!("file://{}", repo.root.display());
    let run = git(&copy, &["clone", "-q", "--depth", "3", &source, "."]);
    assert_eq!(run.status, 0, "{run}");
    let log = Dossier::new()
        .cwd(&copy)
        .run(&["log", "acme", "--format", "json"]);
    assert_eq!(log.status, 0, "{log}");
    assert_eq!(log.stderr.matches("shallow clone").count(), 1, "{log}");
    let commits: Vec<Value> = log
        .json()
        .as_array()
        .expect("array")
        .iter()
        .map(|e| e["commit"].clone())
        .collect();
    assert_eq!(commits[0], json!(ids["acme-review"]));
    // The commit where the clone ends added nothing: what it changed is not
    // in the clone. The log starts from the version there, and the digest
    // from that commit, as the whole repository's log and digest do.
    let boundary = std::fs::read_to_string(copy.join(".git/shallow")).expect("shallow file");
    let boundary = boundary.trim();
    assert!(!commits.contains(&json!(boundary)), "{log}");
    let whole_log = repo.json(&["log", "acme", "--format", "json"]);
    let since_boundary: Vec<Value> = whole_log
        .as_array()
        .expect("array")
        .iter()
        .take(commits.len())
        .cloned()
        .collect();
    assert_eq!(log.json(), Value::Array(since_boundary));
    let changes =
        Dossier::new()
            .cwd(&copy)
            .run(&["changes", "--since", "2020-01-01", "--format", "json"]);
    assert_eq!(changes.status, 0, "{changes}");
    assert_eq!(
        changes.stderr.matches("shallow clone").count(),
        1,
        "{changes}"
    );
    assert_eq!(changes.json()["from"], json!(boundary), "{changes}");
    let whole_digest = repo.json(&["changes", "--from", boundary, "--format", "json"]);
    assert_eq!(changes.json(), whole_digest);

    // `review` reads as far as the clone goes and writes nothing down for
    // the next run: the history may yet grow.
    let review = Dossier::new().cwd(&copy).env("TZ", "UTC").run(&[
        "review",
        "--all",
        "--as-of",
        "2026-04-10",
        "--format",
        "json",
    ]);
    assert!(review.status <= 1, "{review}");
    assert!(!copy.join(".git/dossier").exists());
    // At every depth, an answer the clone gives is the whole repository's:
    // where the run of a last review goes back past the clone's first
    // commit, that review may have been recorded before it, and the answer
    // is null (with a note), never a guess.
    let whole_marks = marks(&repo);
    let commits = git(&repo.root, &["rev-list", "--count", "HEAD"]);
    let commits: usize = commits.stdout.trim().parse().expect("a count");
    let mut unknown = 0;
    for depth in 1..commits {
        let shallow = Repo {
            root: scratch("history-shallow-depth"),
        };
        let run = git(
            &shallow.root,
            &["clone", "-q", "--depth", &depth.to_string(), &source, "."],
        );
        assert_eq!(run.status, 0, "{run}");
        let cut = marks_of(
            &shallow
                .dossier(&[
                    "review",
                    "--all",
                    "--as-of",
                    "2026-04-10",
                    "--format",
                    "json",
                ])
                .json(),
        );
        for (id, mark) in &cut {
            if mark.is_null() {
                unknown += usize::from(!whole_marks[id].is_null());
            } else {
                assert_eq!(mark, &whole_marks[id], "{id} at depth {depth}");
            }
        }
        if depth == 1 {
            // No commit of the clone shows a change: the log says the
            // history it read is the clone's, not that nothing ever changed.
            let log = shallow.dossier(&["log", "acme"]);
            assert_eq!(
                log.stdout,
                "acme: no commit of this shallow clone changed this dossier; \
                 what came before the clone begins is not in it\n",
                "{log}"
            );
        }
        let run = shallow.dossier(&["review", "--all", "--as-of", "2026-04-10"]);
        let notes = run.stderr.matches("shallow clone").count();
        assert!(notes <= 1, "{run}");
        if cut
            .iter()
            .any(|(id, mark)| mark.is_null() && !whole_marks[id].is_null())
        {
            assert_eq!(notes, 1, "depth {depth}: {run}");
        }
    }
    assert!(unknown > 0, "no depth cut a run short");

    // Once whole, the clone answers as the repository it came from.
    let unshallow = git(&copy, &["fetch", "-q", "--unshallow"]);
    assert_eq!(unshallow.status, 0, "{unshallow}");
    let whole = Repo { root: copy };
    assert_eq!(marks(&whole), marks(&repo));
    assert!(whole.root.join(".git/dossier/review-history").is_file());
}

#[test]
fn no_commits_yet_has_only_uncommitted_changes() {
    let repo = Repo::new("history-unborn");
    repo.write("acme.yaml", ACME);
    let log = repo.json(&["log", "acme", "--format", "json"]);
    assert_eq!(log.as_array().expect("array").len(), 1, "{log}");
    assert_eq!(log[0]["commit"], Value::Null);
    assert_eq!(log[0]["summary"], "uncommitted");
    let changes = repo.dossier(&["changes"]);
    assert_eq!(changes.status, 2, "{changes}");
    assert!(changes.stderr.contains("nothing to compare"), "{changes}");
    assert!(changes.stdout.is_empty(), "{changes}");
}

/// `review` works without history: `review_without_changes` is null.
fn assert_review_without_history(dossier: &dyn Fn(&[&str]) -> Run) {
    let run = dossier(&[
        "review",
        "--all",
        "--as-of",
        "2026-02-01",
        "--format",
        "json",
    ]);
    assert_eq!(run.status, 0, "{run}");
    assert_eq!(run.json()[0]["review_without_changes"], Value::Null);
    assert!(run.stderr.is_empty(), "{run}");
}

fn assert_names_git(run: &Run) {
    assert_eq!(run.status, 2, "{run}");
    assert!(run.stderr.contains("git"), "{run}");
    assert!(!run.stderr.contains("panicked"), "{run}");
    assert!(run.stdout.is_empty(), "{run}");
}

#[test]
fn outside_any_repository_log_and_changes_exit_2_naming_git() {
    let dir = scratch("history-outside");
    fs::create_dir_all(dir.join("dossiers")).expect("folder");
    fs::write(dir.join("dossiers/acme.yaml"), ACME).expect("write");
    let dossier = |args: &[&str]| {
        Dossier::new()
            .cwd(&dir)
            .env(
                "GIT_CEILING_DIRECTORIES",
                dir.parent().unwrap_or(Path::new("/")),
            )
            .run(args)
    };
    assert_names_git(&dossier(&["log", "acme"]));
    assert_names_git(&dossier(&["changes"]));
    assert_review_without_history(&dossier);
}

#[test]
fn a_bare_repository_exits_2_naming_git() {
    let dir = scratch("history-bare");
    let run = git(&dir, &["init", "-q", "--bare", "accounts.git"]);
    assert_eq!(run.status, 0, "{run}");
    let dossiers = dir.join("accounts.git/dossiers");
    fs::create_dir_all(&dossiers).expect("folder");
    fs::write(dossiers.join("acme.yaml"), ACME).expect("write");
    let dossier = |args: &[&str]| Dossier::new().dir(&dossiers).run(args);
    assert_names_git(&dossier(&["log", "acme"]));
    assert_names_git(&dossier(&["changes"]));
    assert_review_without_history(&dossier);
}

/// The README's examples of `log` and `changes` are this repository's output
/// (commit ids included: dates and names are fixed), except the day of the
/// uncommitted changes, which is today.
#[test]
fn the_readme_examples_are_true() {
    let (repo, _) = scripted();
    repo.write(
        "emea/acme.yaml",
        &repo
            .read("emea/acme.yaml")
            .replace("influence: high", "influence: medium"),
    );
    let readme = fs::read_to_string(common::root().join("README.md")).expect("README");
    for command in ["log acme", "changes --since 2026-03-01"] {
        let shown = readme
            .split(&format!("$ dossier {command}\n"))
            .nth(1)
            .and_then(|rest| rest.split("```").next())
            .unwrap_or_else(|| panic!("the README shows `dossier {command}`"));
        let args: Vec<&str> = command.split(' ').collect();
        let run = repo.dossier(&args);
        assert_eq!(run.status, 0, "{run}");
        let today = dossier::dates::today().to_string();
        let real = run
            .stdout
            .replace(&format!("uncommitted  {today}"), "uncommitted  2026-04-03");
        assert_eq!(
            shown.trim_end(),
            real.trim_end(),
            "README, `dossier {command}`"
        );
    }
}

/// `review --all` as JSON (exit 1: some are overdue).
fn review_json(repo: &Repo) -> Value {
    let run = repo.dossier(&[
        "review",
        "--all",
        "--as-of",
        "2026-04-10",
        "--format",
        "json",
    ]);
    assert!(run.status <= 1, "{run}");
    assert!(run.stderr.is_empty(), "{run}");
    run.json()
}

/// `review_without_changes` of one dossier.
fn mark(repo: &Repo, id: &str) -> Value {
    let rows = review_json(repo);
    let row = rows
        .as_array()
        .expect("array")
        .iter()
        .find(|r| r["id"] == id);
    row.expect("the dossier's row")["review_without_changes"].clone()
}

#[test]
fn review_marks_reviews_that_changed_nothing() {
    let (repo, _) = scripted();
    // A third dossier reviewed twice with an edit between the reviews, and a
    // fourth never reviewed before: `false` and `null`.
    let gamma = BETA.replace("Beta Foods", "Gamma Steel");
    repo.write("gamma.yaml", &gamma);
    repo.commit("Boris Petrov", "2026-04-03", "Gamma");
    repo.write("gamma.yaml", &gamma.replace("threat: low", "threat: high"));
    repo.commit("Boris Petrov", "2026-04-04", "Gamma: inertia is a threat");
    repo.write(
        "gamma.yaml",
        &repo
            .read("gamma.yaml")
            .replace("last_reviewed: 2026-01-05", "last_reviewed: 2026-04-05"),
    );
    repo.commit("Boris Petrov", "2026-04-05", "Gamma reviewed");
    repo.write("delta.yaml", &BETA.replace("Beta Foods", "Delta"));
    repo.commit("Boris Petrov", "2026-04-06", "Delta");

    let rows = review_json(&repo);
    let marks: Vec<(&Value, &Value)> = rows
        .as_array()
        .expect("array")
        .iter()
        .map(|row| (&row["id"], &row["review_without_changes"]))
        .collect();
    let mut marks = marks;
    marks.sort_by_key(|(id, _)| id.as_str().unwrap_or_default().to_owned());
    assert_eq!(
        marks,
        [
            (&json!("acme"), &json!(false)),
            (&json!("beta"), &json!(true)),
            (&json!("delta"), &Value::Null),
            (&json!("gamma"), &json!(false)),
        ]
    );

    // An uncommitted review bump that changes nothing else counts too; one
    // with another edit does not.
    repo.write(
        "delta.yaml",
        &repo
            .read("delta.yaml")
            .replace("last_reviewed: 2026-01-05", "last_reviewed: 2026-04-07"),
    );
    assert_eq!(mark(&repo, "delta"), true);
    repo.write(
        "delta.yaml",
        &repo
            .read("delta.yaml")
            .replace("threat: low", "threat: medium"),
    );
    assert_eq!(mark(&repo, "delta"), false);

    // The table marks the rows and the summary counts them; CSV has the column.
    let table = repo.dossier(&["review", "--all", "--as-of", "2026-04-10"]);
    let beta_line = table
        .stdout
        .lines()
        .find(|l| l.starts_with("Beta Foods"))
        .expect("beta row");
    assert!(
        beta_line.contains("no changes since the last review"),
        "{table}"
    );
    let acme_line = table
        .stdout
        .lines()
        .find(|l| l.starts_with("ACME"))
        .expect("acme row");
    assert!(!acme_line.contains("no changes"), "{table}");
    assert!(
        table.stdout.contains("1 review without changes\n"),
        "{table}"
    );
    // Without --all, a current dossier's row is left out: the summary says
    // the count includes it and how to see it.
    let plain = repo.dossier(&["review", "--as-of", "2026-04-10"]);
    assert!(!plain.stdout.contains("Beta Foods"), "{plain}");
    assert!(
        plain.stdout.contains(
            "1 review without changes (not in the table: 1; `--all` lists every dossier)"
        ),
        "{plain}"
    );
    let ru = repo.dossier(&["--lang", "ru", "review", "--as-of", "2026-04-10"]);
    assert!(
        ru.stdout
            .contains("1 обзор без изменений (не в таблице: 1; `--all` покажет все досье)"),
        "{ru}"
    );
    let csv = repo.dossier(&[
        "review",
        "--all",
        "--as-of",
        "2026-04-10",
        "--format",
        "csv",
    ]);
    let header = csv.stdout.lines().next().expect("header");
    assert!(header.ends_with(",review_without_changes"), "{csv}");
    let beta_csv = csv
        .stdout
        .lines()
        .find(|l| l.starts_with("beta,"))
        .expect("beta");
    assert!(beta_csv.ends_with(",true"), "{csv}");
}

#[test]
fn report_shows_reviews_without_changes() {
    let (repo, _) = scripted();
    let run = repo.dossier(&["report", "--as-of", "2026-04-10"]);
    assert_eq!(run.status, 0, "{run}");
    assert!(
        run.stdout.contains("1 review without changes"),
        "{}",
        run.stdout
    );
    let beta_row = run
        .stdout
        .lines()
        .find(|line| line.contains("Beta Foods"))
        .expect("beta's row");
    assert!(
        beta_row.contains("no changes since the last review"),
        "{beta_row}"
    );
    let acme_row = run
        .stdout
        .lines()
        .find(|line| line.contains("<tr>") && line.contains("ACME Logistics"))
        .expect("acme's row");
    assert!(!acme_row.contains("no changes since"), "{acme_row}");
}

/// One commit that moves a dossier to a sub-folder and edits it: `log` shows
/// the move and the edit, and `changes` the edit alone (the dossier is the
/// same one, followed by its id).
#[test]
fn a_move_with_an_edit_shows_both() {
    let repo = Repo::new("history-move-edit");
    repo.write("acme.yaml", ACME);
    repo.commit("Anna Ivanova", "2026-01-05", "ACME");
    fs::create_dir_all(repo.root.join("dossiers/key")).expect("key");
    repo.git(&["mv", "dossiers/acme.yaml", "dossiers/key/acme.yaml"]);
    repo.write(
        "key/acme.yaml",
        &ACME.replace("influence: high", "influence: low"),
    );
    let moved = repo.commit("Boris Petrov", "2026-01-12", "ACME is a key account");

    let log = repo.json(&["log", "acme", "--format", "json"]);
    assert_eq!(log[0]["commit"], json!(moved), "{log}");
    assert_eq!(
        log[0]["changes"],
        json!([{"key": "decision_group[Pavel Orlov].influence", "change": "changed", "old": "high", "new": "low"}])
    );
    let text = repo.dossier(&["log", "acme"]);
    assert_eq!(text.status, 0, "{text}");
    let block: Vec<&str> = text
        .stdout
        .lines()
        .skip_while(|line| !line.contains("ACME is a key account"))
        .skip(1)
        .take_while(|line| line.starts_with("    "))
        .map(str::trim)
        .collect();
    assert_eq!(
        block,
        [
            "moved acme.yaml → key/acme.yaml",
            "Pavel Orlov: influence high → low"
        ],
        "{text}"
    );

    let ru = repo.dossier(&["--lang", "ru", "log", "acme"]);
    assert!(
        ru.stdout.contains(
            "перемещено acme.yaml → key/acme.yaml\n    Pavel Orlov: influence высокое → низкое"
        ),
        "{ru}"
    );

    let digest = repo.json(&["changes", "--since", "2026-01-06", "--format", "json"]);
    assert_eq!(digest["dossiers"][0]["status"], "changed", "{digest}");
    assert_eq!(
        changes_of(&digest["dossiers"][0]),
        pairs(&[("decision_group[Pavel Orlov].influence", "changed")])
    );

    // Moved back and broken in the same commit: the move is shown with the error.
    repo.git(&["mv", "dossiers/key/acme.yaml", "dossiers/acme.yaml"]);
    repo.write(
        "acme.yaml",
        &ACME.replace("  - name: LogiSoft\n", "  - name: [LogiSoft\n"),
    );
    repo.commit("Boris Petrov", "2026-01-19", "Back, broken");
    let text = repo.dossier(&["log", "acme"]);
    let block: Vec<&str> = text.stdout.lines().skip(1).take(2).map(str::trim).collect();
    assert_eq!(block[0], "moved key/acme.yaml → acme.yaml", "{text}");
    assert!(block[1].starts_with("cannot be read: "), "{text}");
}

/// The sections a dossier gains at once (an account plan, the Size of
/// Opportunity): JSON has one `added` change holding the whole value, the
/// text reads key by key and entry by entry, as if each had been added
/// alone, in the run's language.
#[test]
fn a_section_added_at_once_reads_as_plain_words() {
    let repo = Repo::new("history-section");
    let before = ACME.replace(
        "  opportunity:\n    currency: RUB\n    next_year: 12000000\n    three_to_five_years: 60000000\n",
        "",
    );
    assert_ne!(before, ACME);
    repo.write("acme.yaml", &before);
    let first = repo.commit("Anna Ivanova", "2026-01-05", "ACME");
    let plan = "\
plan:
  needs:
    - name: Marking codes at every warehouse
      source: Pavel Orlov
      confirmed: true
  objectives:
    - name: Win the WMS rollout
      needs: [Marking codes at every warehouse]
      owner: Anna Ivanova
      due: 2027-03-31
      actions:
        - name: Demo to the CFO
          owner: Anna Ivanova
          due: 2026-12-15
  resources:
    - name: Pilot licences
      from: Finance
      amount: 1500000
      currency: RUB
";
    repo.write(
        "acme.yaml",
        &ACME.replace("review:\n", &format!("{plan}review:\n")),
    );
    repo.commit("Boris Petrov", "2026-01-12", "ACME: the account plan");

    let digest = repo.json(&["changes", "--from", &first, "--format", "json"]);
    let changes = &digest["dossiers"][0]["changes"];
    assert_eq!(
        changes_of(&digest["dossiers"][0]),
        pairs(&[("company_view.opportunity", "added"), ("plan", "added")]),
        "{digest}"
    );
    assert_eq!(
        changes[0]["new"],
        json!({"currency": "RUB", "next_year": 12000000, "three_to_five_years": 60000000})
    );
    assert_eq!(
        changes[1]["new"]["resources"][0]["name"], "Pilot licences",
        "the whole value"
    );

    let lines = |lang: &str| {
        let run = repo.dossier(&["--lang", lang, "changes", "--from", &first]);
        assert_eq!(run.status, 0, "{run}");
        run.stdout
            .lines()
            .filter(|line| line.starts_with("    "))
            .map(|line| line.trim().to_owned())
            .collect::<Vec<String>>()
    };
    assert_eq!(
        lines("en"),
        [
            "company_view.opportunity.next_year + 12,000,000 RUB",
            "company_view.opportunity.three_to_five_years + 60,000,000 RUB",
            "needs + Marking codes at every warehouse (open)",
            "objectives + Win the WMS rollout (Anna Ivanova; 2027-03-31; open)",
            "objectives «Win the WMS rollout»: actions + Demo to the CFO (Anna Ivanova; 2026-12-15; open)",
            "resources + Pilot licences (Finance; requested; 1,500,000 RUB)",
        ]
    );
    assert_eq!(
        lines("ru"),
        [
            "company_view.opportunity.next_year + 12\u{a0}000\u{a0}000 RUB",
            "company_view.opportunity.three_to_five_years + 60\u{a0}000\u{a0}000 RUB",
            "needs + Marking codes at every warehouse (открыта)",
            "objectives + Win the WMS rollout (Anna Ivanova; 2027-03-31; открыта)",
            "objectives «Win the WMS rollout»: actions + Demo to the CFO (Anna Ivanova; 2026-12-15; открыто)",
            "resources + Pilot licences (Finance; запрошен; 1\u{a0}500\u{a0}000 RUB)",
        ]
    );

    // Removed at once: the same lines with `−`, in `log` too.
    repo.write("acme.yaml", &before);
    repo.commit("Boris Petrov", "2026-01-19", "ACME: plan dropped");
    let log = repo.dossier(&["log", "acme"]);
    let block: Vec<&str> = log
        .stdout
        .lines()
        .skip(1)
        .take_while(|line| line.starts_with("    "))
        .map(str::trim)
        .collect();
    assert_eq!(
        block,
        [
            "company_view.opportunity.next_year − 12,000,000 RUB",
            "company_view.opportunity.three_to_five_years − 60,000,000 RUB",
            "needs − Marking codes at every warehouse (open)",
            "objectives − Win the WMS rollout (Anna Ivanova; 2027-03-31; open)",
            "objectives «Win the WMS rollout»: actions − Demo to the CFO (Anna Ivanova; 2026-12-15; open)",
            "resources − Pilot licences (Finance; requested; 1,500,000 RUB)",
        ],
        "{log}"
    );
}

/// The README's Monday mail: its one cron line (`review --quiet`, `actions
/// --quiet`, `changes --since` a week ago) run as cron runs it, by `sh` with
/// `\%` read as `%`, on a repository whose last week holds one change.
#[test]
fn the_monday_mail_recipe_runs() {
    let readme = fs::read_to_string(common::root().join("README.md")).expect("README");
    let line = readme
        .split("### The Monday mail\n")
        .nth(1)
        .and_then(|rest| rest.split("```crontab\n").nth(1))
        .and_then(|block| block.lines().find(|line| line.starts_with("0 8 * * 1")))
        .expect("the README's Monday mail cron line");
    let (_, jobs) = line
        .split_once("git pull -q && ")
        .expect("the line pulls, then mails");
    for command in ["review --quiet", "actions --quiet", "changes --since"] {
        assert!(
            jobs.contains(&format!("~/.cargo/bin/dossier {command}")),
            "`{command}` in `{line}`"
        );
    }
    let script = jobs
        .replace("~/.cargo/bin/dossier", env!("CARGO_BIN_EXE_dossier"))
        .replace("\\%", "%");

    let today = dossier::dates::today();
    let day = |days_ago: i64| (today - chrono::Duration::days(days_ago)).to_string();
    let repo = Repo::new("history-monday");
    let plan = format!(
        "plan:\n  objectives:\n    - name: Win the WMS rollout\n      owner: Anna Ivanova\n      actions:\n        - name: Demo to the CFO\n          owner: Anna Ivanova\n          due: {}\n",
        day(3)
    );
    let acme = ACME
        .replace("review:\n", &format!("{plan}review:\n"))
        .replace("2026-01-05", &day(200));
    repo.write("acme.yaml", &acme);
    repo.commit("Anna Ivanova", &day(20), "ACME");
    repo.write(
        "acme.yaml",
        &acme.replace("influence: high", "influence: low"),
    );
    repo.commit("Boris Petrov", &day(2), "Pavel lost weight");

    let output = std::process::Command::new("sh")
        .args(["-c", &script])
        .current_dir(&repo.root)
        .env("TZ", "UTC")
        .env_remove("DOSSIER_DIR")
        .env_remove("DOSSIER_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .envs(common::NO_GIT_CONFIG.iter().copied())
        .output()
        .expect("run sh");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    let overdue = stdout
        .lines()
        .filter(|l| l.contains("ACME Logistics") && l.contains("overdue"))
        .count();
    assert_eq!(overdue, 2, "the review and the action:\n{stdout}");
    assert!(stdout.contains("Demo to the CFO"), "{stdout}");
    assert!(stdout.contains("1 dossier changed: "), "{stdout}");
    assert!(
        stdout.contains("acme — ACME Logistics (Anna Ivanova)"),
        "{stdout}"
    );
    assert!(stdout.contains("by Boris Petrov, 1 commit"), "{stdout}");
    assert!(
        stdout.contains("Pavel Orlov: influence high → low"),
        "{stdout}"
    );
}

/// JSON never changes with the language (FORMAT.md, "Language"): the
/// `error` of a version that cannot be read is English in JSON in a Russian
/// run too, and Russian only in the text a person reads.
#[test]
fn an_unreadable_version_is_english_in_json_and_russian_in_text() {
    let (repo, ids) = scripted();
    let run = |lang: &str, args: &[&str]| {
        let run = Dossier::new()
            .cwd(&repo.root)
            .env("TZ", "UTC")
            .env("DOSSIER_LANG", lang)
            .run(args);
        assert!(run.status == 0 || run.status == 2, "{run}");
        run
    };
    let log = ["log", "acme", "--format", "json"];
    let changes = [
        "changes",
        "--from",
        &ids["move"],
        "--to",
        &ids["broken"],
        "--format",
        "json",
    ];
    for args in [&log[..], &changes[..]] {
        let (en, ru) = (run("en", args), run("ru", args));
        assert_eq!(en.stdout, ru.stdout, "{args:?}: JSON differs by language");
    }

    let log = run("en", &log).json();
    let broken = log
        .as_array()
        .and_then(|log| log.iter().find(|e| e["commit"] == json!(ids["broken"])))
        .expect("the broken commit");
    let error = broken["error"].as_str().expect("an error string");
    let (position, rest) = error.split_once(": ").expect("LINE:COLUMN: first");
    assert!(
        position.split(':').all(|n| n.parse::<usize>().is_ok()),
        "{error}"
    );
    assert!(
        rest.ends_with("[wrong-type]"),
        "the code as check gives it: {error}"
    );
    assert!(!rest.chars().any(|c| ('а'..='я').contains(&c)), "{error}");

    let text = run("ru", &["log", "acme"]);
    let line = text
        .stdout
        .lines()
        .find(|line| line.contains("[wrong-type]"))
        .unwrap_or_else(|| panic!("the error in the text log: {text}"));
    assert!(line.chars().any(|c| ('а'..='я').contains(&c)), "{line}");
}

/// What `log`, `changes` and `review` say of the scripted history.
fn readings(repo: &Repo, first: &str) -> Vec<Value> {
    vec![
        repo.json(&["log", "acme", "--format", "json"]),
        repo.json(&["log", "beta", "--format", "json"]),
        repo.json(&["changes", "--from", first, "--format", "json"]),
        review_json(repo),
    ]
}

#[test]
fn packed_objects_read_as_loose_ones_whichever_way_their_deltas_run() {
    let (repo, ids) = scripted();
    let loose = readings(&repo, &ids["first"]);

    // `git repack` stores older versions as deltas of newer ones.
    repo.git(&["repack", "-adq", "--depth=50", "--window=50"]);
    repo.git(&["prune-packed"]);
    let objects = repo.git(&["count-objects", "-v"]).stdout;
    assert!(objects.starts_with("count: 0\n"), "{objects}");
    assert_eq!(readings(&repo, &ids["first"]), loose);

    // `git fast-import` stores newer versions as deltas of older ones.
    let copy = Repo::new("history-fast-import");
    copy.fast_import(&repo.git(&["fast-export", "--all"]).stdout);
    assert_eq!(copy.head(), repo.head());
    assert_eq!(readings(&copy, &ids["first"]), loose);
}

/// `review_without_changes` by id.
fn marks(repo: &Repo) -> std::collections::BTreeMap<String, Value> {
    marks_of(&review_json(repo))
}

/// `review_without_changes` of every dossier of `review --format json`'s
/// output, by id.
fn marks_of(review: &Value) -> std::collections::BTreeMap<String, Value> {
    review
        .as_array()
        .expect("array")
        .iter()
        .map(|row| {
            let id = row["id"].as_str().expect("id").to_owned();
            (id, row["review_without_changes"].clone())
        })
        .collect()
}

#[test]
fn a_long_history_is_read_window_by_window() {
    // 150 commits, one a day, written with `git fast-import` (newer
    // versions stored as deltas of older ones): the reviews to find lie
    // further back than the first window of commits the walk reads, and a
    // busy dossier changes in nearly every commit.
    let dossier = |name: &str| BETA.replace("Beta Foods", name);
    let mut files: std::collections::BTreeMap<String, String> = [
        ("alpha.yaml", dossier("Alpha")),
        ("beta.yaml", dossier("Beta")),
        ("gamma.yaml", dossier("Gamma")),
        ("kappa.yaml", dossier("Kappa")),
        ("busy.yaml", dossier("Busy")),
    ]
    .into_iter()
    .map(|(path, text)| (path.to_owned(), text))
    .collect();
    let reviewed = |text: &str, date: &str| {
        text.replace(
            "last_reviewed: 2026-01-05",
            &format!("last_reviewed: {date}"),
        )
    };
    let mut stream = String::new();
    for day in 1..=150_u32 {
        let mut removed = Vec::new();
        let edit = |files: &mut std::collections::BTreeMap<String, String>,
                    path: &str,
                    change: &dyn Fn(&str) -> String| {
            let text = change(&files[path]);
            files.insert(path.to_owned(), text);
        };
        let files = &mut files;
        match day {
            2 => edit(files, "alpha.yaml", &|t| {
                t.replace("threat: low", "threat: high")
            }),
            3 => edit(files, "alpha.yaml", &|t| reviewed(t, "2026-02-01")),
            5 => edit(files, "beta.yaml", &|t| reviewed(t, "2026-02-01")),
            10 => edit(files, "kappa.yaml", &|t| reviewed(t, "2026-02-02")),
            20 => edit(files, "busy.yaml", &|t| reviewed(t, "2026-02-10")),
            50 => edit(files, "gamma.yaml", &|t| {
                t.replace("threat: low", "threat: medium")
            }),
            100 => {
                files.insert("delta.yaml".into(), dossier("Delta"));
            }
            110 => edit(files, "beta.yaml", &|t| format!("# tidied\n{t}")),
            120 => {
                let text = files.remove("kappa.yaml").expect("kappa");
                files.insert("key/kappa.yaml".into(), text);
                removed.push("kappa.yaml");
            }
            130 => edit(files, "gamma.yaml", &|t| {
                t.replace("threat: medium", "threat: high")
            }),
            140 => edit(files, "delta.yaml", &|t| reviewed(t, "2026-03-01")),
            _ => {}
        }
        if day > 1 {
            edit(files, "busy.yaml", &|t| format!("{t}# note {day}\n"));
        }
        let stamp = 1_767_268_800 + i64::from(day) * 86_400;
        stream.push_str("commit refs/heads/main\n");
        stream.push_str(&format!(
            "author Anna Ivanova <anna@example.com> {stamp} +0000\n"
        ));
        stream.push_str(&format!(
            "committer Anna Ivanova <anna@example.com> {stamp} +0000\n"
        ));
        let message = format!("Day {day}");
        stream.push_str(&format!("data {}\n{message}\n", message.len()));
        for path in removed {
            stream.push_str(&format!("D dossiers/{path}\n"));
        }
        for (path, text) in files.iter() {
            stream.push_str(&format!(
                "M 100644 inline dossiers/{path}\ndata {}\n{text}\n",
                text.len()
            ));
        }
    }
    let repo = Repo::new("history-long");
    repo.fast_import(&stream);
    assert_eq!(
        repo.git(&["rev-list", "--count", "HEAD"]).stdout.trim(),
        "150"
    );

    let expected: std::collections::BTreeMap<String, Value> = [
        // Reviewed after an edit: the edit counts.
        ("alpha", json!(false)),
        // A date bumped; a comment added later changes nothing.
        ("beta", json!(true)),
        // Never reviewed again, edited twice: the walk reaches its first
        // version.
        ("gamma", Value::Null),
        // Added late, reviewed with nothing else changed.
        ("delta", json!(true)),
        // Reviewed, then moved to a sub-folder: it keeps its history.
        ("kappa", json!(true)),
        // Changed in every commit, by comments only.
        ("busy", json!(true)),
    ]
    .into_iter()
    .map(|(id, mark)| (id.to_owned(), mark))
    .collect();
    assert_eq!(marks(&repo), expected);

    // The same answers when older versions are deltas of newer ones, the
    // history walked again (not taken from the last run).
    repo.git(&["repack", "-adq", "--depth=50", "--window=50"]);
    fs::remove_file(repo.root.join(".git/dossier/review-history")).expect("the memo");
    assert_eq!(marks(&repo), expected);
}

/// `marks` as this run gives them (with what the last run wrote down), and
/// the same with nothing written down: the two must agree.
fn marks_with_and_without_memo(repo: &Repo) -> std::collections::BTreeMap<String, Value> {
    let memo = repo.root.join(".git/dossier/review-history");
    let with = marks(repo);
    assert!(memo.is_file(), "review writes down what it read");
    fs::remove_file(&memo).expect("remove the memo");
    let without = marks(repo);
    assert_eq!(
        with, without,
        "what the last run wrote down misled this one"
    );
    with
}

#[test]
fn the_next_run_walks_only_the_commits_made_since_the_last() {
    let (repo, _) = scripted();
    let memo = repo.root.join(".git/dossier/review-history");
    let reviewed = |path: &str, from: &str, to: &str| {
        repo.write(
            path,
            &repo.read(path).replace(
                &format!("last_reviewed: {from}"),
                &format!("last_reviewed: {to}"),
            ),
        );
    };
    let gamma = BETA.replace("Beta Foods", "Gamma Steel");
    repo.write("gamma.yaml", &gamma);
    repo.commit("Boris Petrov", "2026-04-03", "Gamma");
    let expected = |list: &[(&str, Value)]| -> std::collections::BTreeMap<String, Value> {
        list.iter()
            .map(|(id, mark)| ((*id).to_owned(), mark.clone()))
            .collect()
    };
    // Nothing written down yet: the whole history is walked.
    assert!(!memo.exists());
    assert_eq!(
        marks_with_and_without_memo(&repo),
        expected(&[
            ("acme", json!(false)),
            ("beta", json!(true)),
            ("gamma", Value::Null)
        ])
    );

    // After it: ACME edited and reviewed again (its review before lies in
    // the history written down), Beta reviewed with nothing else changed,
    // Gamma (never changed before) edited without a review, Delta added
    // and reviewed.
    repo.write(
        "emea/acme.yaml",
        &repo
            .read("emea/acme.yaml")
            .replace("next_year: 8000000", "next_year: 9000000"),
    );
    repo.commit("Anna Ivanova", "2026-04-05", "ACME budget");
    reviewed("emea/acme.yaml", "2026-04-01", "2026-04-08");
    repo.commit("Anna Ivanova", "2026-04-08", "ACME reviewed");
    reviewed("beta.yaml", "2026-04-02", "2026-04-09");
    repo.write(
        "gamma.yaml",
        &repo
            .read("gamma.yaml")
            .replace("threat: low", "threat: high"),
    );
    repo.write("delta.yaml", &BETA.replace("Beta Foods", "Delta"));
    repo.commit("Boris Petrov", "2026-04-06", "Beta reviewed, Gamma, Delta");
    reviewed("delta.yaml", "2026-01-05", "2026-04-07");
    repo.commit("Boris Petrov", "2026-04-07", "Delta reviewed");
    assert_eq!(
        marks_with_and_without_memo(&repo),
        expected(&[
            ("acme", json!(false)),
            ("beta", json!(true)),
            ("delta", json!(true)),
            ("gamma", Value::Null)
        ])
    );

    // What was written down is of the dossiers as committed: an edit not
    // committed yet is compared anew.
    marks(&repo);
    let committed = repo.read("beta.yaml");
    repo.write(
        "beta.yaml",
        &committed.replace("threat: low", "threat: high"),
    );
    assert_eq!(marks(&repo)["beta"], json!(false));
    repo.write("beta.yaml", &committed);
    assert_eq!(marks(&repo)["beta"], json!(true));

    // Beta moved to a sub-folder, Gamma reviewed: each keeps its history.
    fs::create_dir_all(repo.root.join("dossiers/key")).expect("key folder");
    repo.git(&["mv", "dossiers/beta.yaml", "dossiers/key/beta.yaml"]);
    repo.commit("Boris Petrov", "2026-04-08", "Key accounts");
    reviewed("gamma.yaml", "2026-01-05", "2026-04-09");
    repo.commit("Boris Petrov", "2026-04-09", "Gamma reviewed");
    assert_eq!(
        marks_with_and_without_memo(&repo),
        expected(&[
            ("acme", json!(false)),
            ("beta", json!(true)),
            ("delta", json!(true)),
            ("gamma", json!(false))
        ])
    );

    // History rewritten: the commit written down is no longer in it.
    marks(&repo);
    repo.git(&["reset", "-q", "--hard", "HEAD~1"]);
    reviewed("gamma.yaml", "2026-01-05", "2026-04-10");
    repo.commit("Boris Petrov", "2026-04-10", "Gamma reviewed at last");
    assert_eq!(marks_with_and_without_memo(&repo)["gamma"], json!(false));

    // A damaged file is not read, and is written anew.
    marks(&repo);
    let whole = fs::read(&memo).expect("the memo");
    fs::write(&memo, &whole[..whole.len() / 2]).expect("cut the memo");
    assert_eq!(marks(&repo)["gamma"], json!(false));
    reviewed("gamma.yaml", "2026-04-10", "2026-04-11");
    repo.commit("Boris Petrov", "2026-04-11", "Gamma again");
    fs::write(&memo, &whole[..whole.len() / 2]).expect("cut the memo");
    assert_eq!(marks(&repo)["gamma"], json!(true));
    assert!(fs::read(&memo).expect("the memo").len() > whole.len() / 2);

    // A link in its place is not written through.
    let elsewhere = repo.root.join("elsewhere");
    fs::write(&elsewhere, "mine").expect("a file elsewhere");
    fs::remove_file(&memo).expect("remove the memo");
    std::os::unix::fs::symlink(&elsewhere, &memo).expect("a link");
    assert_eq!(marks(&repo)["gamma"], json!(true));
    assert_eq!(fs::read_to_string(&elsewhere).expect("read"), "mine");
    assert!(fs::symlink_metadata(&memo).expect("the link").is_symlink());
}

/// A competitor's threat level agrees with «угроза» (feminine) in Russian
/// text, as `show` prints it, while a member's influence («влияние»,
/// neuter) keeps its own ending; JSON keeps the values as written.
#[test]
fn a_threat_agrees_with_its_noun_in_russian() {
    let repo = Repo::new("history-threat-ru");
    repo.write("beta.yaml", BETA);
    let first = repo.commit("Boris Petrov", "2026-01-05", "Beta");
    repo.write(
        "beta.yaml",
        &BETA.replace("threat: low", "threat: high").replace(
            "    roles: [decision_maker]\n",
            "    roles: [decision_maker]\n    influence: medium\n",
        ),
    );
    repo.commit("Boris Petrov", "2026-01-12", "Beta: inertia is a threat");
    let lines = |args: &[&str]| -> Vec<String> {
        let run = repo.dossier(args);
        assert_eq!(run.status, 0, "{run}");
        run.stdout
            .lines()
            .map(str::trim)
            .filter(|line| line.starts_with("Oleg") || line.starts_with("competitors"))
            .map(str::to_owned)
            .collect()
    };
    let russian = [
        "Oleg Sidorov: influence + среднее",
        "competitors «Inertia»: threat низкая → высокая",
    ];
    assert_eq!(lines(&["--lang", "ru", "log", "beta"]), russian);
    assert_eq!(
        lines(&["--lang", "ru", "changes", "--from", &first]),
        russian
    );
    assert_eq!(
        lines(&["log", "beta"]),
        [
            "Oleg Sidorov: influence + medium",
            "competitors «Inertia»: threat low → high"
        ]
    );
    let log = repo.json(&["--lang", "ru", "log", "beta", "--format", "json"]);
    assert_eq!(
        log[0]["changes"][1],
        json!({"key": "competitors[Inertia].threat", "change": "changed", "old": "low", "new": "high"}),
        "{log}"
    );
}

/// A status in Russian agrees with what it is the status of: a need and
/// an objective are feminine (`открыта → снята`), an action neuter
/// (`открыто → выполнено`), as `show` prints them.
#[test]
fn a_status_agrees_with_its_noun_in_russian() {
    let repo = Repo::new("history-status-ru");
    let plan = "plan:
  needs:
    - name: Cold chain
  objectives:
    - name: Pilot
      owner: Boris Petrov
      actions:
        - name: Demo
          owner: Boris Petrov
          due: 2026-02-01
";
    repo.write("beta.yaml", &format!("{BETA}{plan}"));
    repo.commit("Boris Petrov", "2026-01-05", "Beta");
    let closed = plan
        .replace(
            "    - name: Cold chain\n",
            "    - name: Cold chain\n      status: dropped\n",
        )
        .replace(
            "      owner: Boris Petrov\n      actions:",
            "      owner: Boris Petrov\n      status: done\n      actions:",
        )
        .replace(
            "due: 2026-02-01\n",
            "due: 2026-02-01\n          status: done\n",
        );
    repo.write("beta.yaml", &format!("{BETA}{closed}"));
    repo.commit("Boris Petrov", "2026-01-12", "Beta: pilot done");
    let lines = |lang: &str| -> Vec<String> {
        let run = repo.dossier(&["--lang", lang, "log", "beta"]);
        assert_eq!(run.status, 0, "{run}");
        run.stdout
            .lines()
            .map(str::trim)
            .filter(|line| line.contains("status"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(
        lines("ru"),
        [
            "needs «Cold chain»: status открыта → снята",
            "objectives «Pilot», actions «Demo»: status открыто → выполнено",
            "objectives «Pilot»: status открыта → выполнена",
        ]
    );
    assert_eq!(
        lines("en"),
        [
            "needs «Cold chain»: status open → dropped",
            "objectives «Pilot», actions «Demo»: status open → done",
            "objectives «Pilot»: status open → done",
        ]
    );
}

/// Every revision `changes` cannot use is named in the catalogue's words,
/// in English and Russian, never in git's: one git cannot resolve, one
/// that names a tree or a file's contents, one whose object is missing,
/// and a `HEAD` whose commit is missing.
#[test]
fn revisions_git_cannot_use_are_worded_by_the_catalogue() {
    let repo = Repo::new("history-revisions");
    repo.write("acme.yaml", ACME);
    let head = repo.commit("Anna Ivanova", "2026-01-05", "ACME");
    // A branch that names an object the repository lacks.
    fs::write(
        repo.root.join(".git/refs/heads/broken"),
        "1111111111111111111111111111111111111111\n",
    )
    .expect("write a ref");
    let said = |revision: &str, lang: &str| {
        let run = repo.dossier(&["--lang", lang, "changes", "--from", revision]);
        assert_eq!(run.status, 2, "{run}");
        assert!(run.stdout.is_empty(), "{run}");
        run.stderr
    };
    for (revision, english, russian) in [
        (
            "HEAD~9",
            "`HEAD~9` is not a commit of this git repository: name a branch",
            "`HEAD~9` — не коммит этого репозитория git: укажите ветку",
        ),
        (
            "HEAD^{tree}",
            "`HEAD^{tree}` is a folder (a git tree) of this repository, not a commit: name a branch",
            "`HEAD^{tree}` в этом репозитории — папка (дерево git), а не коммит: укажите ветку",
        ),
        (
            "HEAD:dossiers/acme.yaml",
            "`HEAD:dossiers/acme.yaml` is a file's contents (a git blob) of this repository, not a commit",
            "`HEAD:dossiers/acme.yaml` в этом репозитории — содержимое файла, а не коммит",
        ),
        (
            "broken",
            "`broken` names an object this git repository cannot read: it is missing or damaged (`git fsck` says which)",
            "`broken` указывает на объект, который этот репозиторий git не может прочитать: его нет или он повреждён",
        ),
    ] {
        let text = said(revision, "en");
        assert!(
            text.starts_with(&format!("dossier: error: {english}")),
            "{text}"
        );
        let text = said(revision, "ru");
        assert!(
            text.starts_with(&format!("dossier: ошибка: {russian}")),
            "{text}"
        );
    }
    // `HEAD`'s own commit gone.
    let object = repo
        .root
        .join(".git/objects")
        .join(&head[..2])
        .join(&head[2..]);
    fs::remove_file(object).expect("remove the commit's object");
    assert_eq!(
        said("HEAD", "en"),
        "dossier: error: cannot read the commit at git's `HEAD`: it is missing or damaged (`git fsck` says which)\n"
    );
    assert_eq!(
        said("HEAD", "ru"),
        "dossier: ошибка: не прочитать коммит, на который указывает `HEAD` git: его нет или он повреждён (`git fsck` скажет, какой)\n"
    );
}

/// An object git cannot read (a blob of an older version gone) and a
/// damaged index are named in the catalogue's words, in English and
/// Russian, never in git's; the rest of the history is still read.
#[test]
fn objects_and_an_index_git_cannot_read_are_worded_by_the_catalogue() {
    let repo = Repo::new("history-damaged");
    repo.write("acme.yaml", ACME);
    repo.commit("Anna Ivanova", "2026-01-05", "ACME");
    let blob = repo.git(&["rev-parse", "HEAD:dossiers/acme.yaml"]).stdout;
    let blob = blob.trim();
    repo.write(
        "acme.yaml",
        &ACME.replace("influence: high", "influence: low"),
    );
    repo.commit("Anna Ivanova", "2026-02-05", "Influence");
    let object = repo
        .root
        .join(".git/objects")
        .join(&blob[..2])
        .join(&blob[2..]);
    fs::remove_file(object).expect("remove the first version's blob");
    for (lang, says) in [
        (
            "en",
            format!(
                "cannot read git object `{blob}`: it is missing or damaged (`git fsck` says which)"
            ),
        ),
        (
            "ru",
            format!(
                "не прочитать объект git `{blob}`: его нет или он повреждён (`git fsck` скажет, какой)"
            ),
        ),
    ] {
        let run = repo.dossier(&["--lang", lang, "log", "acme"]);
        assert_eq!(run.status, 0, "{run}");
        assert!(run.stdout.contains(&says), "{run}");
        assert!(!run.stdout.contains("could not be found"), "{run}");
    }
    fs::write(repo.root.join(".git/index"), "not an index\n").expect("damage the index");
    for (lang, says) in [
        (
            "en",
            "dossier: error: cannot read git's index (`.git/index`): it is damaged or written by a newer git; `git status` says more\n",
        ),
        (
            "ru",
            "dossier: ошибка: не прочитать индекс git (`.git/index`): он повреждён или записан более новой версией git; подробнее скажет `git status`\n",
        ),
    ] {
        let run = repo.dossier(&["--lang", lang, "check", "--staged"]);
        assert_eq!(run.status, 2, "{run}");
        assert_eq!(run.stderr, says, "{run}");
    }
}

/// A file renamed gives its dossier a new id, so `changes` has one removed
/// and one added; when both hold the same client, each line says where the
/// client is, so a director does not read a lost client. JSON keeps the
/// two statuses FORMAT.md gives.
#[test]
fn a_renamed_file_reads_as_the_same_client_under_a_new_id() {
    let (repo, _) = scripted();
    let before = repo.head();
    let files = repo.git(&["ls-files", "dossiers"]).stdout;
    let acme = files
        .lines()
        .find(|path| path.ends_with("/acme.yaml") || *path == "dossiers/acme.yaml")
        .expect("acme is committed")
        .to_owned();
    let renamed = acme.replace("acme.yaml", "acme-logistics.yaml");
    repo.git(&["mv", &acme, &renamed]);
    repo.commit("Anna Ivanova", "2026-04-05", "A longer id");

    let text = repo.dossier(&["changes", "--from", &before]);
    assert_eq!(text.status, 0, "{text}");
    assert!(
        text.stdout.contains(
            "    dossier removed; the same client is now in `acme-logistics` (a file renamed gets a new id)\n"
        ),
        "{text}"
    );
    assert!(
        text.stdout.contains(
            "    new dossier; the same client was in `acme` until now (a file renamed gets a new id)\n"
        ),
        "{text}"
    );
    let text = repo.dossier(&["--lang", "ru", "changes", "--from", &before]);
    assert!(
        text.stdout
            .contains("досье удалено; этот же клиент теперь в `acme-logistics`"),
        "{text}"
    );
    // The old id's log ends where the file was renamed, naming the new id.
    let log = repo.dossier(&["log", "acme"]);
    assert!(
        log.stdout.contains(
            "A longer id\n    file renamed: the dossier goes on as `acme-logistics` (a new name is a new id)\n"
        ),
        "{log}"
    );
    let digest = repo.json(&["changes", "--from", &before, "--format", "json"]);
    let statuses: Vec<(&Value, &Value)> = digest["dossiers"]
        .as_array()
        .expect("array")
        .iter()
        .map(|d| (&d["id"], &d["status"]))
        .collect();
    assert_eq!(
        statuses,
        [
            (&json!("acme"), &json!("removed")),
            (&json!("acme-logistics"), &json!("added"))
        ]
    );
}
