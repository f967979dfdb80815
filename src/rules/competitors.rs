//! Section 4, the competition.

use super::{Checker, at};
use crate::model::Dossier;

impl Checker<'_> {
    pub(super) fn competitors(&mut self, dossier: &Dossier) {
        for (i, competitor) in dossier.competitors.value.iter().enumerate() {
            let parent = competitor
                .kind
                .as_ref()
                .map_or(at(&dossier.competitors), at);
            self.required_text(&competitor.name, parent, || {
                format!("competitors[{i}].name")
            });
        }
        self.unique_names(
            "competitors",
            dossier.competitors.value.iter().map(|c| c.name.as_ref()),
        );
    }
}
