//! "Did you mean" suggestions for typos in keys, enum values and ids.

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

/// `"; did you mean `x`?"` or nothing, ready to append to a message.
pub fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    // `-` and `_` are the same typo to a user writing `decision-maker`.
    let normalized = input.replace('-', "_");
    closest(&normalized, candidates)
        .map(|candidate| format!(" (did you mean `{candidate}`?)"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

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
            did_you_mean("decision-maker", roles),
            " (did you mean `decision_maker`?)"
        );
        assert_eq!(did_you_mean("ceo", roles), "");
    }
}
