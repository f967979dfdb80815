//! Gaps in the account work the methodology warns about (warnings).

use super::{Checker, at, non_empty};
use crate::diag::Code;
use crate::model::{CompetitorKind, Dossier, Role};

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
                "no executive sponsor: name the top manager on our side who backs this account",
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
                "nobody in the decision group is the decision_maker: who can decide or veto alone?",
            ),
            (
                Role::Economic,
                Code::NoEconomicRole,
                "nobody in the decision group has the economic role: who judges the financial terms?",
            ),
            (
                Role::Technical,
                Code::NoTechnicalRole,
                "nobody in the decision group has the technical role: who judges the product?",
            ),
            (
                Role::Gatekeeper,
                Code::NoGatekeeper,
                "nobody in the decision group is a gatekeeper: who controls access to the decision makers?",
            ),
            (
                Role::Supporter,
                Code::NoSupporter,
                "nobody in the decision group is a supporter: who wants us to win?",
            ),
        ];
        for (role, code, message) in role_gaps {
            if !has_role(role) {
                self.push(group_at, code, "decision_group", message);
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
                "no inertia or in_house competitor: the client changing nothing, or doing it themselves, is often the most dangerous rival",
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
                "no Size of Opportunity for next year (company_view.opportunity.next_year)",
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
                "no Size of Opportunity for three to five years (company_view.opportunity.three_to_five_years)",
            );
        }

        match &view.history {
            Some(history) if !history.value.is_empty() => {}
            history => self.push(
                history.as_ref().map_or(view_at, at),
                Code::NoRelationshipHistory,
                "company_view.history",
                "no relationship history: list what we delivered and the tenders we entered, won or lost",
            ),
        }
    }
}
