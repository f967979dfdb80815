//! Gaps in the account work the methodology warns about (warnings).

use super::{Checker, at, non_empty};
use crate::diag::Code;
use crate::i18n::Message;
use crate::model::{CompetitorKind, Dossier, Role};
use crate::msg;

impl Checker<'_> {
    pub(super) fn gaps(&mut self, dossier: &Dossier) {
        let view = &dossier.company_view.value;
        let view_at = at(&dossier.company_view);

        if non_empty(&view.executive_sponsor).is_none() {
            let position = view.executive_sponsor.as_ref().map_or(view_at, at);
            self.push(
                position,
                Code::NoExecutiveSponsor,
                "company_view.executive_sponsor",
                msg!("gap-no-executive-sponsor"),
            );
        }

        let group_at = at(&dossier.decision_group);
        let has_role = |role: Role| {
            dossier.decision_group.value.iter().any(|member| {
                member
                    .roles
                    .as_ref()
                    .is_some_and(|roles| roles.value.iter().any(|r| r.value == role))
            })
        };
        let role_gaps = [
            (
                Role::DecisionMaker,
                Code::NoDecisionMaker,
                "gap-no-decision-maker",
            ),
            (Role::Economic, Code::NoEconomicRole, "gap-no-economic-role"),
            (
                Role::Technical,
                Code::NoTechnicalRole,
                "gap-no-technical-role",
            ),
            (Role::Gatekeeper, Code::NoGatekeeper, "gap-no-gatekeeper"),
            (Role::Supporter, Code::NoSupporter, "gap-no-supporter"),
        ];
        for (role, code, id) in role_gaps {
            if !has_role(role) {
                self.push(group_at, code, "decision_group", Message::new(id));
            }
        }

        let indirect = dossier.competitors.value.iter().any(|c| {
            c.kind.as_ref().is_some_and(|k| {
                matches!(k.value, CompetitorKind::Inertia | CompetitorKind::InHouse)
            })
        });
        if !indirect {
            self.push(
                at(&dossier.competitors),
                Code::NoIndirectCompetition,
                "competitors",
                msg!("gap-no-indirect-competition"),
            );
        }

        let opportunity = view.opportunity.as_ref();
        let opportunity_at = opportunity.map_or(view_at, at);
        if opportunity
            .and_then(|o| o.value.next_year.as_ref())
            .is_none()
        {
            self.push(
                opportunity_at,
                Code::NoOpportunitySize,
                "company_view.opportunity.next_year",
                msg!("gap-no-opportunity-size"),
            );
        }
        if opportunity
            .and_then(|o| o.value.three_to_five_years.as_ref())
            .is_none()
        {
            self.push(
                opportunity_at,
                Code::NoLongTermOpportunity,
                "company_view.opportunity.three_to_five_years",
                msg!("gap-no-long-term-opportunity"),
            );
        }

        match &view.history {
            Some(history) if !history.value.is_empty() => {}
            history => self.push(
                history.as_ref().map_or(view_at, at),
                Code::NoRelationshipHistory,
                "company_view.history",
                msg!("gap-no-relationship-history"),
            ),
        }
    }
}
