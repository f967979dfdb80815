//! Grammatical counts: `1 dossier`, `2 dossiers`.

pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

#[cfg(test)]
mod tests {
    #[test]
    fn singular_and_plural() {
        assert_eq!(super::count(1, "error", "errors"), "1 error");
        assert_eq!(super::count(0, "error", "errors"), "0 errors");
        assert_eq!(super::count(2, "dossier", "dossiers"), "2 dossiers");
    }
}
