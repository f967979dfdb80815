//! Section 3, the client's decision-making group: unique, known members with roles.

use super::{Checker, Item, at, non_empty, our_side};
use crate::diag::Code;
use crate::model::{Dossier, Role};
use crate::msg;

impl Checker<'_> {
    pub(super) fn decision_group(&mut self, dossier: &Dossier) {
        let members = &dossier.decision_group.value;
        let our_side = our_side(dossier);
        let names: Vec<Option<&str>> = members
            .iter()
            .map(|m| non_empty(&m.name).map(|n| n.value.as_str()))
            .collect();
        // Each member's name as names compare, made once for the pairs below.
        let keys: Vec<Option<String>> = names
            .iter()
            .map(|name| name.map(crate::names::key))
            .collect();

        for (i, member) in members.iter().enumerate() {
            let prefix = Item {
                list: "decision_group",
                index: i,
            };
            let member_at = member.name.as_ref().map_or(at(&dossier.decision_group), at);
            self.required_text(&member.name, member_at, || format!("{prefix}.name"));

            if let (Some(name), Some(text)) = (names[i], member.name.as_ref())
                && let Some(first) = keys[..i]
                    .iter()
                    .position(|other| other.is_some() && *other == keys[i])
            {
                let message = msg!(
                    "rule-duplicate-member",
                    name = name,
                    first = format!("decision_group[{first}]")
                );
                self.push(
                    at(text),
                    Code::DuplicateMember,
                    format!("{prefix}.name"),
                    message,
                );
            }

            match &member.roles {
                None => self.push(
                    member_at,
                    Code::MissingKey,
                    format!("{prefix}.roles"),
                    msg!("rule-roles-missing"),
                ),
                Some(roles) if roles.value.is_empty() => self.push(
                    at(roles),
                    Code::MissingKey,
                    format!("{prefix}.roles"),
                    msg!("rule-roles-empty"),
                ),
                Some(roles) => {
                    let has = |role| roles.value.iter().any(|r| r.value == role);
                    if has(Role::Supporter) && has(Role::Opponent) {
                        let message =
                            msg!("rule-conflicting-stance", who = names[i].unwrap_or("?"));
                        self.push(
                            at(roles),
                            Code::ConflictingStance,
                            format!("{prefix}.roles"),
                            message,
                        );
                    }
                }
            }

            if let Some(boss) = non_empty(&member.reports_to) {
                // Written exactly as a member's name (the usual case), no
                // key is needed.
                let others = || (0..members.len()).filter(move |&j| j != i);
                let known = others().any(|j| names[j] == Some(boss.value.as_str())) || {
                    let boss_key = crate::names::key(&boss.value);
                    others().any(|j| keys[j].as_ref() == Some(&boss_key))
                };
                if !known {
                    let candidates = names
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != i)
                        .filter_map(|(_, n)| *n);
                    let hint = crate::suggest::did_you_mean(&boss.value, candidates);
                    let message =
                        msg!("rule-unknown-boss", name = boss.value.as_str(), hint = hint);
                    self.push(
                        at(boss),
                        Code::UnknownMember,
                        format!("{prefix}.reports_to"),
                        message,
                    );
                }
            }

            if let Some(holder) = non_empty(&member.covered_by)
                && !our_side.contains(&holder.value)
            {
                let hint = crate::suggest::did_you_mean(&holder.value, our_side.names());
                let message = msg!(
                    "rule-unknown-holder",
                    name = holder.value.as_str(),
                    hint = hint
                );
                self.push(
                    at(holder),
                    Code::UnknownMember,
                    format!("{prefix}.covered_by"),
                    message,
                );
            }
        }
    }
}
