//! Section 1, general information about the client: the name, headcount and financials.

use super::{Checker, Entry, Item, at};
use crate::diag::Code;
use crate::model::Dossier;
use crate::msg;

impl Checker<'_> {
    pub(super) fn client(&mut self, dossier: &Dossier) {
        let client = &dossier.client.value;
        self.required_text(&client.name, at(&dossier.client), "client.name");
        if let Some(headcount) = &client.headcount
            && headcount.value < 0
        {
            let message = msg!(
                "rule-negative-headcount",
                found = headcount.value.to_string()
            );
            self.push(
                at(headcount),
                Code::NegativeNumber,
                "client.headcount",
                message,
            );
        }
        for (i, financials) in client.financials.iter().enumerate() {
            let prefix = Item {
                list: "client.financials",
                index: i,
            };
            let row = &financials.value;
            self.not_negative(row.revenue.as_ref(), || format!("{prefix}.revenue"));
            self.money(
                &[row.revenue.as_ref(), row.net_income.as_ref()],
                &row.currency,
                at(financials),
                prefix,
            );
        }
        self.unique_names(
            "client.structure",
            client.structure.iter().map(|unit| unit.name.as_ref()),
        );
        let years = client
            .financials
            .iter()
            .enumerate()
            .filter_map(|(index, row)| {
                let year = row.value.year.as_ref()?;
                Some(Entry {
                    index,
                    key: year.value,
                    position: at(year),
                    shown: year.value,
                })
            });
        self.unique("client.financials", "year", years);
    }
}
