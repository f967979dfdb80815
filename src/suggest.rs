//! "Did you mean" suggestions for typos in keys, enum values and ids.

use crate::i18n::Message;

/// The closest candidate to `input`, if one is close enough to be a typo.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input_lower = input.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| {
            let distance = strsim::damerau_levenshtein(&input_lower, &candidate.to_lowercase());
            (distance, candidate)
        })
        .filter(|&(distance, candidate)| {
            let length = candidate.chars().count().max(input.chars().count());
            distance <= (length / 3).max(1)
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// ` (did you mean `x`?)` or nothing, as a message to put after another
/// (`hint-did-you-mean`, or the empty `hint-none`).
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Message {
    // `-` and `_` are the same typo to a user writing `decision-maker`.
    let normalized = input.replace('-', "_");
    hint(closest(&normalized, candidates))
}

/// ` (did you mean `x`?)` for a suggestion, nothing without one.
pub fn hint(suggestion: Option<&str>) -> Message {
    match suggestion {
        Some(candidate) => crate::msg!("hint-did-you-mean", candidate = candidate),
        None => Message::new("hint-none"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn suggests_close_keys() {
        let keys = ["industry", "industry_trends", "name"];
        assert_eq!(closest("indstry", keys), Some("industry"));
        assert_eq!(closest("nmae", keys), Some("name"));
        assert_eq!(closest("zzzzzz", keys), None);
    }

    #[test]
    fn treats_dashes_as_underscores() {
        let roles = ["decision_maker", "gatekeeper"];
        assert_eq!(
            did_you_mean("decision-maker", roles).render(Lang::En),
            " (did you mean `decision_maker`?)"
        );
        assert_eq!(did_you_mean("ceo", roles).render(Lang::En), "");
    }
}
