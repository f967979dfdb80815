//! The client's decision group as a graph: who is in it, where they stand,
//! whom they report to, and which of our people holds each contact.
//! `render::map` draws it as Mermaid, Graphviz DOT or SVG.

use crate::model::{Dossier, Role};
use crate::rules::same_name;

/// Where a member of the decision group stands towards us.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    Supporter,
    Opponent,
    /// Neither supporter nor opponent, or (an invalid dossier) both.
    Neither,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supporter => "supporter",
            Stance::Opponent => "opponent",
            Stance::Neither => "neither",
        }
    }
}

/// The roles a map marks on a member, in the order they are shown.
pub const KEY_ROLES: [Role; 4] = [
    Role::DecisionMaker,
    Role::Gatekeeper,
    Role::Economic,
    Role::Technical,
];

/// A role as the map labels it, in the run's language (`term-<role>`).
pub fn role_label(role: Role) -> String {
    match serde_json::to_value(role) {
        Ok(serde_json::Value::String(value)) => crate::i18n::term(&value),
        _ => String::new(),
    }
}

/// A person in the client's decision group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    /// Empty when the dossier gives no title.
    pub title: String,
    pub stance: Stance,
    /// The members's roles among [`KEY_ROLES`], in that order.
    pub key_roles: Vec<Role>,
    /// Whether one of our people holds this contact.
    pub covered: bool,
}

impl Member {
    pub fn is_decision_maker(&self) -> bool {
        self.key_roles.contains(&Role::DecisionMaker)
    }

    /// `decision maker, economic · supporter`: the key roles, then the stance.
    pub fn roles_line(&self) -> String {
        let roles: Vec<String> = self.key_roles.iter().map(|r| role_label(*r)).collect();
        let roles = roles.join(", ");
        match (roles.is_empty(), self.stance) {
            (true, Stance::Neither) => String::new(),
            (true, stance) => crate::i18n::term(stance.as_str()),
            (false, Stance::Neither) => roles,
            (false, stance) => format!("{roles} · {}", crate::i18n::term(stance.as_str())),
        }
    }
}

/// Someone on our side: the account manager, the executive sponsor or a team member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OurPerson {
    pub name: String,
    /// `account manager`, `executive sponsor`, or the team role; one person may hold several.
    pub roles: Vec<String>,
}

/// The decision group of one dossier, ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Map {
    pub id: String,
    pub client: String,
    pub members: Vec<Member>,
    pub ours: Vec<OurPerson>,
    /// `(boss, member)` index pairs into `members`, from `reports_to`.
    pub reports: Vec<(usize, usize)>,
    /// `(our person, member)` index pairs, from `covered_by`.
    pub covers: Vec<(usize, usize)>,
}

/// Text from a dossier as one clean line: runs of whitespace (newlines
/// included; no-break spaces stay) become one space and control characters
/// are replaced, so no name can break the line-based syntax of Mermaid or DOT.
pub fn clean(text: &str) -> String {
    crate::style::sanitize(&crate::style::one_line(text))
}

impl Map {
    /// Builds the map of a parsed dossier. Names that do not resolve
    /// (an invalid dossier) simply draw no edge.
    pub fn of(id: &str, dossier: &Dossier) -> Map {
        let client = dossier
            .client
            .value
            .name
            .as_ref()
            .map(|n| clean(&n.value))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| clean(id));
        let ours = our_side(dossier);
        let group = &dossier.decision_group.value;
        let names: Vec<Option<String>> = group
            .iter()
            .map(|m| {
                m.name
                    .as_ref()
                    .map(|n| clean(&n.value))
                    .filter(|n| !n.is_empty())
            })
            .collect();

        let mut members = Vec::with_capacity(group.len());
        let mut reports = Vec::new();
        let mut covers = Vec::new();
        for (i, member) in group.iter().enumerate() {
            let roles: Vec<Role> = member
                .roles
                .as_ref()
                .map(|roles| roles.value.iter().map(|r| r.value).collect())
                .unwrap_or_default();
            let stance = match (
                roles.contains(&Role::Supporter),
                roles.contains(&Role::Opponent),
            ) {
                (true, false) => Stance::Supporter,
                (false, true) => Stance::Opponent,
                _ => Stance::Neither,
            };
            if let Some(boss) = member.reports_to.as_ref().map(|b| clean(&b.value))
                && let Some(j) = names
                    .iter()
                    .enumerate()
                    .position(|(j, n)| j != i && n.as_deref().is_some_and(|n| same_name(n, &boss)))
            {
                reports.push((j, i));
            }
            let holder = member.covered_by.as_ref().map(|h| clean(&h.value));
            let holder = holder.and_then(|h| ours.iter().position(|p| same_name(&p.name, &h)));
            if let Some(k) = holder {
                covers.push((k, i));
            }
            members.push(Member {
                name: names[i].clone().unwrap_or_else(|| "(no name)".to_owned()),
                title: member
                    .title
                    .as_ref()
                    .map(|t| clean(&t.value))
                    .unwrap_or_default(),
                stance,
                key_roles: KEY_ROLES
                    .into_iter()
                    .filter(|r| roles.contains(r))
                    .collect(),
                covered: holder.is_some(),
            });
        }
        Map {
            id: id.to_owned(),
            client,
            members,
            ours,
            reports,
            covers,
        }
    }

    /// Each member's depth below the top of the `reports_to` hierarchy:
    /// 0 for those who report to nobody. Breadth-first from the top, so
    /// a `reports_to` cycle cannot loop; a cycle with nobody above it
    /// starts at its first member.
    pub fn depths(&self) -> Vec<usize> {
        let n = self.members.len();
        let mut depth: Vec<Option<usize>> = vec![None; n];
        let has_boss: Vec<bool> = (0..n)
            .map(|i| self.reports.iter().any(|&(_, m)| m == i))
            .collect();
        let mut queue = std::collections::VecDeque::new();
        for i in 0..n {
            if !has_boss[i] {
                depth[i] = Some(0);
                queue.push_back(i);
            }
        }
        loop {
            while let Some(boss) = queue.pop_front() {
                let below = depth[boss].unwrap_or(0) + 1;
                for &(b, member) in &self.reports {
                    if b == boss && depth[member].is_none() {
                        depth[member] = Some(below);
                        queue.push_back(member);
                    }
                }
            }
            match depth.iter().position(Option::is_none) {
                Some(first) => {
                    depth[first] = Some(0);
                    queue.push_back(first);
                }
                None => break,
            }
        }
        depth.into_iter().map(Option::unwrap_or_default).collect()
    }

    /// Members nobody on our side covers.
    pub fn uncovered(&self) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(|m| !m.covered)
    }
}

fn our_side(dossier: &Dossier) -> Vec<OurPerson> {
    let view = &dossier.company_view.value;
    let mut ours: Vec<OurPerson> = Vec::new();
    let mut add = |name: &str, role: String| {
        let name = clean(name);
        if name.is_empty() {
            return;
        }
        match ours.iter_mut().find(|p| same_name(&p.name, &name)) {
            Some(person) => {
                if !person.roles.contains(&role) {
                    person.roles.push(role);
                }
            }
            None => ours.push(OurPerson {
                name,
                roles: vec![role],
            }),
        }
    };
    if let Some(manager) = &view.account_manager {
        add(&manager.value, crate::i18n::text("map-account-manager"));
    }
    if let Some(sponsor) = &view.executive_sponsor {
        add(&sponsor.value, crate::i18n::text("map-executive-sponsor"));
    }
    for member in &view.team {
        if let Some(name) = &member.name {
            let role = member
                .role
                .as_ref()
                .map(|r| clean(&r.value))
                .filter(|r| !r.is_empty())
                .unwrap_or_else(|| crate::i18n::text("map-team"));
            add(&name.value, role);
        }
    }
    ours
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(group: &str) -> Map {
        let text = format!(
            "version: 1\nclient:\n  name: Client\ncompany_view:\n  account_manager: Ann\n  executive_sponsor: ann\n  team:\n    - name: Bob\n      role: presales\n    - name: Cy\ndecision_group:\n{group}\ncompetitors: []\nreview:\n  last_reviewed: 2026-01-01\n"
        );
        let dossier = crate::parse::parse(&text).expect("test dossier parses");
        Map::of("client", &dossier)
    }

    #[test]
    fn our_people_are_merged_by_name() {
        let map = map("  []");
        assert_eq!(map.ours.len(), 3);
        assert_eq!(map.ours[0].roles, ["account manager", "executive sponsor"]);
        assert_eq!(map.ours[1].roles, ["presales"]);
        assert_eq!(map.ours[2].roles, ["team"]);
    }

    #[test]
    fn edges_resolve_names_like_the_rules() {
        let map = map(concat!(
            "  - name: Boss\n    roles: [decision_maker, supporter]\n    covered_by: bob\n",
            "  - name: Aide\n    roles: [gatekeeper]\n    reports_to: \" boss \"\n",
            "  - name: Lost\n    roles: [opponent, technical]\n    reports_to: Nobody\n    covered_by: Zed\n",
        ));
        assert_eq!(map.reports, [(0, 1)]);
        assert_eq!(map.covers, [(1, 0)]);
        assert!(map.members[0].covered && !map.members[2].covered);
        assert_eq!(map.members[0].roles_line(), "decision maker · supporter");
        assert_eq!(map.members[1].roles_line(), "gatekeeper");
        assert_eq!(map.members[2].roles_line(), "technical · opponent");
        assert_eq!(map.uncovered().count(), 2);
    }

    #[test]
    fn depths_follow_reports_to_and_survive_cycles() {
        let map = map(concat!(
            "  - name: A\n    roles: [user]\n",
            "  - name: B\n    roles: [user]\n    reports_to: A\n",
            "  - name: C\n    roles: [user]\n    reports_to: B\n",
            "  - name: D\n    roles: [user]\n    reports_to: E\n",
            "  - name: E\n    roles: [user]\n    reports_to: D\n",
            "  - name: F\n    roles: [user]\n    reports_to: E\n",
        ));
        assert_eq!(map.depths(), [0, 1, 2, 0, 1, 2]);
    }

    #[test]
    fn clean_makes_one_line() {
        assert_eq!(clean("  Anna\n  Ivanova\t"), "Anna Ivanova");
        assert_eq!(clean("a\u{1b}[31m"), "a\u{fffd}[31m");
    }
}
