//! The review section: a real, past date and an interval within the default.

use super::{Checker, MAX_INTERVAL_MONTHS, at, non_empty};
use crate::diag::Code;
use crate::model::Dossier;
use crate::msg;

impl Checker<'_> {
    pub(super) fn review(&mut self, dossier: &Dossier) {
        let review = &dossier.review.value;
        self.required_text(
            &review.last_reviewed,
            at(&dossier.review),
            "review.last_reviewed",
        );
        if let Some(text) = non_empty(&review.last_reviewed)
            && let Some(date) = self.date(text, "review.last_reviewed")
            && date > self.context.latest_today
        {
            let message = msg!(
                "rule-future-review",
                date = date.to_string(),
                today = self.context.latest_today.to_string()
            );
            self.push(
                at(text),
                Code::FutureReview,
                "review.last_reviewed",
                message,
            );
        }
        if let Some(months) = &review.interval_months {
            let most = self.context.default_interval.min(MAX_INTERVAL_MONTHS);
            if !(1..=i64::from(most)).contains(&months.value) {
                let message = msg!(
                    "rule-bad-interval",
                    found = months.value,
                    most = most,
                    default = self.context.default_interval
                );
                self.push(
                    at(months),
                    Code::BadInterval,
                    "review.interval_months",
                    message,
                );
            }
        }
    }
}
