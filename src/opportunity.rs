//! Size of Opportunity as the portfolio views (`list`, `report`) read it, and
//! its totals per currency.

use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

/// A dossier's Size of Opportunity, as far as it is given.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Opportunity {
    pub currency: Option<String>,
    pub next_year: Option<f64>,
    pub three_to_five_years: Option<f64>,
}

impl Opportunity {
    pub fn of(opportunity: &crate::model::Opportunity) -> Self {
        Opportunity {
            currency: opportunity
                .currency
                .as_ref()
                .map(|c| c.value.trim().to_owned()),
            next_year: opportunity.next_year.as_ref().map(|n| n.value),
            three_to_five_years: opportunity.three_to_five_years.as_ref().map(|n| n.value),
        }
    }

    pub fn is_sized(&self) -> bool {
        self.next_year.is_some() || self.three_to_five_years.is_some()
    }
}

/// What an amount without a currency (an invalid dossier) is totalled under.
pub const NO_CURRENCY: &str = "(no currency)";

/// `(next year, three to five years)`, summed exactly; `None` where no
/// dossier gives an amount.
pub type Pair = (Option<Decimal>, Option<Decimal>);

/// Opportunity (next year, three to five years) or resources (requested,
/// granted) summed per currency in exact decimals (see
/// [`crate::reporting::exact`]); a currency appears once some dossier gives
/// an amount in it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub by_currency: BTreeMap<String, Pair>,
}

impl Totals {
    pub fn add(&mut self, opportunity: &Opportunity) {
        self.add_pair(
            opportunity.currency.as_deref(),
            opportunity.next_year,
            opportunity.three_to_five_years,
        );
    }

    /// Adds two amounts in `currency` (`None`: an invalid dossier's amount
    /// without one, totalled under [`NO_CURRENCY`]) to the two columns of
    /// its pair; nothing when both are `None`. The account plan's resources
    /// use the pair for what was requested and what was granted.
    pub fn add_pair(&mut self, currency: Option<&str>, first: Option<f64>, second: Option<f64>) {
        if first.is_none() && second.is_none() {
            return;
        }
        let currency = currency.unwrap_or(NO_CURRENCY).to_owned();
        let sums = self.by_currency.entry(currency).or_default();
        let plus = |sum: Option<Decimal>, amount: Option<f64>| match (
            sum,
            amount.and_then(crate::reporting::exact),
        ) {
            (Some(sum), Some(amount)) => Some(sum + amount),
            (sum, amount) => sum.or(amount),
        };
        sums.0 = plus(sums.0, first);
        sums.1 = plus(sums.1, second);
    }

    /// The totals in the reporting currency: `(next year, three to five years)`.
    pub fn in_reporting(
        &self,
        reporting: &crate::reporting::Reporting,
    ) -> (crate::reporting::Converted, crate::reporting::Converted) {
        let pick = |which: fn(&Pair) -> Option<Decimal>| {
            reporting.convert(
                self.by_currency
                    .iter()
                    .filter_map(move |(currency, pair)| Some((currency.as_str(), which(pair)?))),
            )
        };
        (pick(|pair| pair.0), pick(|pair| pair.1))
    }
}

impl<'a> FromIterator<&'a Opportunity> for Totals {
    fn from_iter<I: IntoIterator<Item = &'a Opportunity>>(opportunities: I) -> Self {
        let mut totals = Totals::default();
        for opportunity in opportunities {
            totals.add(opportunity);
        }
        totals
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sized(currency: Option<&str>, next: Option<f64>, long: Option<f64>) -> Opportunity {
        Opportunity {
            currency: currency.map(str::to_owned),
            next_year: next,
            three_to_five_years: long,
        }
    }

    #[test]
    fn sums_per_currency_and_keeps_gaps_apart_from_zero() {
        let all = [
            sized(Some("RUB"), Some(18e6), Some(55e6)),
            sized(Some("RUB"), Some(48e6), None),
            sized(Some("EUR"), None, Some(4.2e6)),
            sized(Some("USD"), None, None),
            sized(None, Some(1.0), None),
        ];
        let totals: Totals = all.iter().collect();
        assert_eq!(totals.by_currency.len(), 3);
        let d = Decimal::from;
        assert_eq!(
            totals.by_currency["RUB"],
            (Some(d(66_000_000)), Some(d(55_000_000)))
        );
        assert_eq!(totals.by_currency["EUR"], (None, Some(d(4_200_000))));
        assert_eq!(totals.by_currency[NO_CURRENCY], (Some(d(1)), None));
    }
}
