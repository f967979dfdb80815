//! Finding every structural problem of a file, not only the first.
//!
//! serde stops at the first unknown key, wrong type or invalid value. To find
//! the next one, the entry that holds the problem is blanked out (its bytes
//! replaced by nothing, its lines kept, so every other line and column stays
//! where it was) and the file is read again. Only entries written in block
//! style are blanked, and never a required top-level section, so blanking
//! cannot invent a problem the file does not have.

use crate::diag::{Code, Finding};

/// The text with the entry behind `finding` blanked out, or `None` when that
/// cannot be done without changing what the rest of the file means.
pub fn blank_entry(text: &str, finding: &Finding) -> Option<String> {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let index = finding.position.line.checked_sub(1)?;
    let line = *lines.get(index)?;
    let key_column = match finding.code {
        Code::UnknownKey | Code::DuplicateKey => finding.position.column,
        Code::WrongType | Code::InvalidValue => {
            // Removing a whole section would report it missing.
            if !finding.key.contains(['.', '[']) {
                return None;
            }
            block_key_column(line, last_key(&finding.key)?)?
        }
        _ => return None,
    };
    let prefix: String = line.chars().take(key_column - 1).collect();
    if !is_block_prefix(&prefix) {
        return None;
    }
    let mut blanked: Vec<String> = Vec::with_capacity(lines.len());
    let kept_prefix = prefix.trim_end().to_owned();
    blanked.push(format!("{kept_prefix}{}", line_ending(line)));
    let mut next = index + 1;
    while let Some(following) = lines.get(next) {
        let content = following.trim_end_matches(['\n', '\r']);
        let indent = content.chars().take_while(|c| *c == ' ').count();
        let blank_or_comment = content.trim().is_empty() || content.trim_start().starts_with('#');
        if !blank_or_comment && indent < key_column {
            break;
        }
        blanked.push(line_ending(following).to_owned());
        next += 1;
    }
    let mut out = String::with_capacity(text.len());
    for line in &lines[..index] {
        out.push_str(line);
    }
    for line in &blanked {
        out.push_str(line);
    }
    for line in lines.drain(next..) {
        out.push_str(line);
    }
    Some(out)
}

fn line_ending(line: &str) -> &str {
    if line.ends_with("\r\n") {
        "\r\n"
    } else if line.ends_with('\n') {
        "\n"
    } else {
        ""
    }
}

/// `decision_group[0].roles[1]` -> `roles`.
fn last_key(key_path: &str) -> Option<&str> {
    let last = key_path.rsplit('.').next()?;
    let name = last.split('[').next()?;
    (!name.is_empty()).then_some(name)
}

/// Spaces and `- ` sequence markers only: the key starts a block entry.
fn is_block_prefix(prefix: &str) -> bool {
    let mut rest = prefix.trim_start_matches(' ');
    while let Some(after) = rest.strip_prefix('-') {
        if !(after.is_empty() || after.starts_with(' ')) {
            return false;
        }
        rest = after.trim_start_matches(' ');
    }
    rest.is_empty()
}

/// The column of `key:` on `line` when the line is a block entry for that key.
fn block_key_column(line: &str, key: &str) -> Option<usize> {
    let content = line.trim_end_matches(['\n', '\r']);
    let mut rest = content.trim_start_matches(' ');
    while let Some(after) = rest.strip_prefix("- ") {
        rest = after.trim_start_matches(' ');
    }
    let lead = content.len() - rest.len();
    rest.strip_prefix(key)?
        .starts_with(':')
        .then(|| content[..lead].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Position;

    fn finding(line: usize, column: usize, code: Code, key: &str) -> Finding {
        Finding::new(Position::new(line, column), code, key, "")
    }

    #[test]
    fn blanks_an_unknown_key_with_its_block() {
        let text = "client:\n  indstry: |\n    long\n    text\n  name: X\nreview: {}\n";
        let out = blank_entry(text, &finding(2, 3, Code::UnknownKey, "client.indstry")).unwrap();
        assert_eq!(out, "client:\n\n\n\n  name: X\nreview: {}\n");
    }

    #[test]
    fn keeps_the_sequence_marker_and_crlf() {
        let text = "group:\r\n  - tittle: x\r\n    name: A\r\n";
        let out = blank_entry(text, &finding(2, 5, Code::UnknownKey, "group[0].tittle")).unwrap();
        assert_eq!(out, "group:\r\n  -\r\n    name: A\r\n");
    }

    #[test]
    fn blanks_the_key_of_a_bad_value() {
        let text = "a:\n  - name: A\n    roles: [decision-maker]\n    title: CEO\n";
        let out = blank_entry(text, &finding(3, 13, Code::InvalidValue, "a[0].roles[0]")).unwrap();
        assert_eq!(out, "a:\n  - name: A\n\n    title: CEO\n");
    }

    #[test]
    fn leaves_flow_style_and_sections_alone() {
        let flow = "client: {name: X, indstry: y}\n";
        assert_eq!(
            blank_entry(flow, &finding(1, 19, Code::UnknownKey, "client.indstry")),
            None
        );
        let section = "decision_group: {}\n";
        assert_eq!(
            blank_entry(section, &finding(1, 17, Code::WrongType, "decision_group")),
            None
        );
        let item = "roles:\n  - decision-maker\n";
        assert_eq!(
            blank_entry(item, &finding(2, 5, Code::InvalidValue, "x.roles[0]")),
            None
        );
    }

    #[test]
    fn block_prefixes() {
        assert!(is_block_prefix("    "));
        assert!(is_block_prefix("  - "));
        assert!(is_block_prefix("- - "));
        assert!(!is_block_prefix("  {a: 1, "));
        assert!(!is_block_prefix("  -x"));
    }
}
