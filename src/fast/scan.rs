//! A line-based reader for the plain block style dossiers are written in.
//!
//! It turns the text into a small tree of [`Node`]s (mappings, sequences and
//! scalars, each with its position) and gives up, returning `None`, on
//! anything it does not fully understand: anchors, aliases, tags, merge keys,
//! flow mappings, complex or quoted keys, multi-line plain or quoted scalars,
//! tabs, carriage returns not followed by `\n`, directives, document markers, characters YAML does
//! not allow, duplicate keys, indentation it does not expect. The caller then
//! reads the file with the full YAML parser, so a `None` never changes a
//! result; it only costs the time of this first attempt.
//!
//! What it does accept follows YAML 1.2 exactly (block mappings and
//! sequences, `key: value` with plain, single- and double-quoted scalars on
//! one line, literal `|` and folded `>` block scalars, one-line flow
//! sequences of scalars such as `roles: [technical, supporter]`, comments),
//! and each position is the one serde-saphyr reports for the same node; the
//! differential test (`tests/fastpath.rs`) and the `fast_path` fuzz target
//! hold the two readers to that.

use std::borrow::Cow;
use std::collections::HashSet;

/// Where a node stands: 1-based line and column (in characters), its start as
/// character and byte offsets from the start of the text, and its length in
/// characters and bytes. The same numbers serde-saphyr puts in a
/// [`serde_saphyr::Location`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub line: u32,
    pub column: u32,
    pub offset: u32,
    pub len: u32,
    pub byte_offset: u32,
    pub byte_len: u32,
}

/// One YAML node of the block subset.
#[derive(Debug)]
pub struct Node<'a> {
    pub mark: Mark,
    pub kind: Kind<'a>,
}

#[derive(Debug)]
pub enum Kind<'a> {
    /// An empty value (`key:` with nothing under it) or `null`, `Null`, `NULL`, `~`.
    Null,
    /// A plain scalar, as written (its type is decided by what the model asks for).
    Plain(&'a str),
    /// A quoted or block scalar: always a string.
    Text(Cow<'a, str>),
    /// A block mapping: keys are plain and unique.
    Map(Vec<(&'a str, Node<'a>)>),
    /// A block or one-line flow sequence.
    Seq(Vec<Node<'a>>),
}

/// Files larger than this are left to the full parser (which has its own
/// limit on scalar bytes far above it).
const MOST_BYTES: usize = 16 * 1024 * 1024;
/// Nesting deeper than this is left to the full parser, which reports the
/// depth limit ([`crate::parse::MAX_DEPTH`]) when there is one.
const MOST_DEPTH: usize = crate::parse::MAX_DEPTH / 2;
/// Files with more nodes than this are left to the full parser, which
/// reports the node limit ([`crate::parse::MAX_NODES`]) when there is one.
const MOST_NODES: usize = crate::parse::MAX_NODES / 4;
/// Keys longer than this are left to the full parser (its scanner looks at
/// most 1024 characters ahead for the `:` of a key).
const LONGEST_KEY: usize = 128;

/// One line of the text, without its line break.
#[derive(Clone, Copy)]
struct Line<'a> {
    text: &'a str,
    /// 1-based line number.
    number: usize,
    /// Byte and character offsets of the line's start in the whole text.
    byte: usize,
    chars: usize,
    /// Whether the line is all ASCII (one character per byte): most lines
    /// of a dossier are, and their marks need no counting.
    ascii: bool,
}

impl<'a> Line<'a> {
    /// Spaces before the content, counted from `from`.
    fn indent_from(&self, from: usize) -> usize {
        let rest = &self.text[from..];
        from + rest.len() - rest.trim_start_matches(' ').len()
    }

    /// Only spaces, or nothing.
    fn is_blank(&self) -> bool {
        self.text.bytes().all(|b| b == b' ')
    }

    /// Blank, or a comment line.
    fn is_insignificant(&self) -> bool {
        let rest = self.text.trim_start_matches(' ');
        rest.is_empty() || rest.starts_with('#')
    }

    /// The mark of `len` bytes at byte `at` of this line.
    fn mark(&self, at: usize, len: usize) -> Mark {
        self.mark_after(&mut Counted::default(), at, len)
    }

    /// [`Line::mark`] for marks left to right on one line: `counted`
    /// remembers how far characters were counted, so a long line is counted
    /// once, not once per mark.
    fn mark_after(&self, counted: &mut Counted, at: usize, len: usize) -> Mark {
        if self.ascii {
            return Mark {
                line: to_u32(self.number),
                column: to_u32(at + 1),
                offset: to_u32(self.chars + at),
                len: to_u32(len),
                byte_offset: to_u32(self.byte + at),
                byte_len: to_u32(len),
            };
        }
        if counted.bytes > at {
            *counted = Counted::default();
        }
        counted.chars += char_count(&self.text[counted.bytes..at]);
        counted.bytes = at;
        let before = counted.chars;
        Mark {
            line: to_u32(self.number),
            column: to_u32(before + 1),
            offset: to_u32(self.chars + before),
            len: to_u32(char_count(&self.text[at..at + len])),
            byte_offset: to_u32(self.byte + at),
            byte_len: to_u32(len),
        }
    }
}

/// How many characters the first `bytes` bytes of a line hold.
#[derive(Default)]
struct Counted {
    bytes: usize,
    chars: usize,
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Characters in `text` (not bytes).
fn char_count(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.bytes().filter(|&b| (b & 0xC0) != 0x80).count()
    }
}

/// Reads `text` (already decoded, without a byte order mark) as a tree, or
/// `None` when the text is outside the subset this reader understands.
pub fn read(text: &str) -> Option<Node<'_>> {
    if text.len() > MOST_BYTES || !allowed_characters(text.as_bytes()) {
        return None;
    }
    let mut lines = Vec::with_capacity(text.len() / 32 + 1);
    let mut byte = 0;
    let mut chars = 0;
    // The pieces `split_inclusive('\n')` gives, found by `memchr`.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|at| at + 1)
        .chain((!text.is_empty() && !text.ends_with('\n')).then_some(text.len()));
    for (index, end) in ends.enumerate() {
        let piece = text.get(byte..end)?;
        let piece_chars = char_count(piece);
        lines.push(Line {
            // A Windows line break is a line break like `\n`.
            text: piece
                .strip_suffix('\n')
                .map_or(piece, |line| line.strip_suffix('\r').unwrap_or(line)),
            number: index + 1,
            byte,
            chars,
            ascii: piece_chars == piece.len(),
        });
        byte += piece.len();
        chars += piece_chars;
    }
    let mut reader = Reader {
        lines,
        at: 0,
        start: 0,
        nodes: 0,
        end_chars: chars,
        end_byte: byte,
    };
    reader.skip_insignificant();
    let indent = reader.indent()?;
    let root = reader.block(indent, 0)?;
    // Everything must have been read: a line left over is structure we do not expect.
    (reader.at == reader.lines.len()).then_some(root)
}

/// No tab, control character, byte order mark, noncharacter or line break
/// other than `\n` and `\r\n`: the full parser decides what those mean.
fn allowed_characters(bytes: &[u8]) -> bool {
    /// Bytes that are fine wherever they stand: `\n`, printable ASCII, and
    /// every byte of UTF-8 above U+007F but the three lead bytes that
    /// [`allowed_at`] checks with the bytes after them.
    fn surely_allowed(b: u8) -> bool {
        b == b'\n' || (b >= 0x20 && b != 0x7F && b != 0xC2 && b != 0xE2 && b != 0xEF)
    }
    const CHUNK: usize = 32;
    bytes.chunks(CHUNK).enumerate().all(|(number, chunk)| {
        // A whole chunk of such bytes at once (a fold without an early
        // exit, which the compiler turns into vector instructions); a
        // chunk with any other byte, byte by byte.
        chunk.iter().fold(true, |all, &b| all & surely_allowed(b))
            || (number * CHUNK..number * CHUNK + chunk.len()).all(|at| allowed_at(bytes, at))
    })
}

/// Whether the byte at `at` (with those after it) is one [`allowed_characters`] allows.
fn allowed_at(bytes: &[u8], at: usize) -> bool {
    let next = |n: usize| bytes.get(at + n).copied();
    match bytes[at] {
        b'\r' => next(1) == Some(b'\n'),
        b'\n' | 0x20..=0x7E | 0x80..=0xC1 | 0xC3..=0xE1 | 0xE3..=0xEE | 0xF0..=0xFF => true,
        0x00..=0x1F | 0x7F => false,
        // U+0080..U+009F (C1 controls, NEL).
        0xC2 => next(1).is_none_or(|n| n >= 0xA0),
        // U+2028, U+2029 (line and paragraph separators).
        0xE2 => !(next(1) == Some(0x80) && matches!(next(2), Some(0xA8 | 0xA9))),
        // U+FEFF (byte order mark), U+FFFE, U+FFFF.
        0xEF => !matches!(
            (next(1), next(2)),
            (Some(0xBB), Some(0xBF)) | (Some(0xBF), Some(0xBE | 0xBF))
        ),
    }
}

/// `-` followed by a space or the end of the line: a block sequence entry.
fn is_item(rest: &str) -> bool {
    rest == "-" || rest.starts_with("- ")
}

/// The length of a plain key at the start of `rest` followed by `:` and a
/// space or the end of the line; `None` when `rest` does not start so.
fn key_length(rest: &str) -> Option<usize> {
    let len = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    let after = rest.as_bytes().get(len + 1);
    // A key that YAML reads as null is left to the full parser.
    let null = matches!(&rest[..len], "null" | "Null" | "NULL");
    (len > 0
        && !null
        && rest.as_bytes().get(len) == Some(&b':')
        && after.is_none_or(|&b| b == b' '))
    .then_some(len)
}

/// After a scalar on a line only a comment may follow (` # ...`).
fn only_comment_after(rest: &str) -> bool {
    rest.is_empty()
        || (rest.starts_with(' ') && {
            let rest = rest.trim_start_matches(' ');
            rest.is_empty() || rest.starts_with('#')
        })
}

/// What the indicator (`key:` or `-`) that a value follows is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Mapping,
    Sequence,
}

struct Reader<'a> {
    lines: Vec<Line<'a>>,
    /// The current line.
    at: usize,
    /// Where the current line starts for the node being read: past `- ` of
    /// a compact entry (`- name: X`), otherwise 0.
    start: usize,
    nodes: usize,
    /// Characters and bytes in the whole text.
    end_chars: usize,
    end_byte: usize,
}

impl<'a> Reader<'a> {
    fn current(&self) -> Option<Line<'a>> {
        self.lines.get(self.at).copied()
    }

    /// Moves past blank and comment lines (never past part of the current one).
    fn skip_insignificant(&mut self) {
        while self.start == 0 && self.lines.get(self.at).is_some_and(Line::is_insignificant) {
            self.at += 1;
        }
    }

    fn next_line(&mut self) {
        self.at += 1;
        self.start = 0;
        self.skip_insignificant();
    }

    /// The indentation of the current line as the node being read sees it.
    fn indent(&self) -> Option<usize> {
        Some(self.current()?.indent_from(self.start))
    }

    fn count(&mut self) -> Option<()> {
        self.nodes += 1;
        (self.nodes <= MOST_NODES).then_some(())
    }

    /// A block mapping or sequence whose first line is the current line,
    /// indented `indent`.
    fn block(&mut self, indent: usize, depth: usize) -> Option<Node<'a>> {
        if depth > MOST_DEPTH {
            return None;
        }
        let line = self.current()?;
        if is_item(&line.text[indent..]) {
            self.sequence(indent, depth, false)
        } else {
            self.mapping(indent, depth)
        }
    }

    fn sequence(&mut self, indent: usize, depth: usize, indentless: bool) -> Option<Node<'a>> {
        self.count()?;
        let mut mark = self.current()?.mark(indent, 0);
        let mut items = Vec::new();
        while let Some(line) = self.current() {
            if self.indent()? != indent || !is_item(&line.text[indent..]) {
                break;
            }
            if indentless && items.is_empty() {
                // serde-saphyr places a sequence indented like its key at the
                // first token after its first `-` (a block scalar's `|`, not
                // its text), or past the line when only a comment follows.
                let content = line.indent_from(indent + 1);
                let at = if line.text[content..].starts_with('#') {
                    line.text.len()
                } else {
                    content
                };
                mark = line.mark(at, 0);
            }
            let item = self.value(line, indent + 1, indent, Owner::Sequence, depth + 1)?;
            items.push(item);
        }
        if self.indent().is_some_and(|i| i > indent) {
            return None;
        }
        Some(Node {
            mark,
            kind: Kind::Seq(items),
        })
    }

    fn mapping(&mut self, indent: usize, depth: usize) -> Option<Node<'a>> {
        self.count()?;
        let mark = self.current()?.mark(indent, 0);
        let mut entries: Vec<(&'a str, Node<'a>)> = Vec::new();
        let mut many_keys: Option<HashSet<&'a str>> = None;
        while let Some(line) = self.current() {
            if self.indent()? != indent {
                break;
            }
            let rest = &line.text[indent..];
            let key_len = key_length(rest).filter(|&len| len <= LONGEST_KEY)?;
            let key = &rest[..key_len];
            // A duplicate key is an error the full parser names. Mappings
            // of a dossier are small; a large one gets a set of its keys.
            let seen = if entries.len() < 16 {
                entries.iter().any(|(seen, _)| *seen == key)
            } else {
                let keys = many_keys.get_or_insert_with(|| {
                    entries
                        .iter()
                        .map(|(seen, _)| *seen)
                        .collect::<HashSet<_>>()
                });
                !keys.insert(key)
            };
            if seen {
                return None;
            }
            self.count()?;
            let value = self.value(
                line,
                indent + key_len + 1,
                indent,
                Owner::Mapping,
                depth + 1,
            )?;
            entries.push((key, value));
        }
        if self.indent().is_some_and(|i| i > indent) {
            return None;
        }
        Some(Node {
            mark,
            kind: Kind::Map(entries),
        })
    }

    /// The value after an indicator (`:` of a key or `-` of an entry) that
    /// ends at byte `after` of `line`, in a collection indented `indent`.
    /// Leaves the reader on the next line the collection has to look at.
    fn value(
        &mut self,
        line: Line<'a>,
        after: usize,
        indent: usize,
        owner: Owner,
        depth: usize,
    ) -> Option<Node<'a>> {
        if depth > MOST_DEPTH {
            return None;
        }
        let rest = &line.text[after..];
        let start = after + rest.len() - rest.trim_start_matches(' ').len();
        let text = &line.text[start..];
        if text.is_empty() || text.starts_with('#') {
            if !(rest.is_empty() || rest.starts_with(' ')) {
                return None;
            }
            return self.nested(line, after, indent, owner, depth);
        }
        if start == after {
            return None;
        }
        if owner == Owner::Sequence && (is_item(text) || key_length(text).is_some()) {
            // A compact entry: `- name: X` or `- - x`.
            self.start = start;
            return self.block(start, depth);
        }
        self.count()?;
        let node = match text.as_bytes()[0] {
            b'"' => {
                let (value, len) = double_quoted(text)?;
                self.scalar_end(line, start, len, Kind::Text(value))?
            }
            b'\'' => {
                let (value, len) = single_quoted(text)?;
                self.scalar_end(line, start, len, Kind::Text(value))?
            }
            b'[' => {
                let (node, len) = self.flow_sequence(line, start)?;
                if !only_comment_after(&text[len..]) {
                    return None;
                }
                self.next_line();
                node
            }
            b'|' | b'>' => self.block_scalar(line, start, indent)?,
            _ => {
                let len = plain(text)?;
                self.scalar_end(line, start, len, Kind::Plain(&text[..len]))?
            }
        };
        Some(node)
    }

    /// A scalar of `len` bytes at `start` that must end its line.
    fn scalar_end(
        &mut self,
        line: Line<'a>,
        start: usize,
        len: usize,
        kind: Kind<'a>,
    ) -> Option<Node<'a>> {
        if !only_comment_after(&line.text[start + len..]) {
            return None;
        }
        self.next_line();
        Some(Node {
            mark: line.mark(start, len),
            kind,
        })
    }

    /// Nothing after the indicator on its line: a block under it, an
    /// indentless sequence (`key:` then `- x` at the key's indentation), or
    /// an empty value.
    fn nested(
        &mut self,
        line: Line<'a>,
        after: usize,
        indent: usize,
        owner: Owner,
        depth: usize,
    ) -> Option<Node<'a>> {
        self.next_line();
        match self.current() {
            Some(next) if next.indent_from(0) > indent => {
                let inner = next.indent_from(0);
                self.block(inner, depth)
            }
            Some(next)
                if owner == Owner::Mapping
                    && next.indent_from(0) == indent
                    && is_item(&next.text[indent..]) =>
            {
                self.sequence(indent, depth, true)
            }
            _ => {
                self.count()?;
                // serde-saphyr places an empty value at the `:` of its key,
                // and an empty entry at the end of the `-` line.
                let at = match owner {
                    Owner::Mapping => after - 1,
                    Owner::Sequence => line.text.len(),
                };
                Some(Node {
                    mark: line.mark(at, 0),
                    kind: Kind::Null,
                })
            }
        }
    }

    /// A one-line flow sequence of scalars at byte `start` of `line`:
    /// `[a, "b", 'c']`. Returns the node and the bytes it takes.
    fn flow_sequence(&mut self, line: Line<'a>, start: usize) -> Option<(Node<'a>, usize)> {
        let text = &line.text[start..];
        let mut items = Vec::new();
        let mut counted = Counted::default();
        let mut at = 1;
        loop {
            at += text[at..].len() - text[at..].trim_start_matches(' ').len();
            let rest = &text[at..];
            if rest.starts_with(']') && items.is_empty() {
                at += 1;
                break;
            }
            self.count()?;
            let (kind, len) = match rest.as_bytes().first()? {
                b'"' => {
                    let (value, len) = double_quoted(rest)?;
                    (Kind::Text(value), len)
                }
                b'\'' => {
                    let (value, len) = single_quoted(rest)?;
                    (Kind::Text(value), len)
                }
                _ => {
                    let len = flow_plain(rest)?;
                    (Kind::Plain(&rest[..len]), len)
                }
            };
            items.push(Node {
                mark: line.mark_after(&mut counted, start + at, len),
                kind,
            });
            at += len;
            at += text[at..].len() - text[at..].trim_start_matches(' ').len();
            match text.as_bytes().get(at)? {
                b',' => at += 1,
                b']' => {
                    at += 1;
                    break;
                }
                _ => return None,
            }
        }
        let node = Node {
            mark: line.mark(start, 1),
            kind: Kind::Seq(items),
        };
        Some((node, at))
    }

    /// A literal (`|`) or folded (`>`) block scalar whose header is at byte
    /// `start` of `line`, in a collection indented `indent`.
    fn block_scalar(&mut self, line: Line<'a>, start: usize, indent: usize) -> Option<Node<'a>> {
        let header = &line.text[start..];
        let folded = header.starts_with('>');
        let (chomp, header_len) = match header.as_bytes().get(1) {
            Some(b'-') => (Chomp::Strip, 2),
            Some(b'+') => (Chomp::Keep, 2),
            _ => (Chomp::Clip, 1),
        };
        if !only_comment_after(&header[header_len..]) {
            return None;
        }
        // The content: lines indented like the first non-blank one, and blank lines.
        let mut content_indent = None;
        let mut first = None;
        let mut end = self.at + 1;
        let mut value = String::new();
        // Blank lines seen since the last content line.
        let mut blanks = 0;
        while let Some(next) = self.lines.get(end) {
            if next.is_blank() {
                if next.text.len() > content_indent.unwrap_or(indent) {
                    return None;
                }
                blanks += 1;
                end += 1;
                continue;
            }
            let next_indent = next.indent_from(0);
            let content_indent = *content_indent.get_or_insert(next_indent);
            if next_indent <= indent || next_indent < content_indent {
                break;
            }
            if next_indent > content_indent && folded {
                return None;
            }
            let piece = &next.text[content_indent..];
            if first.is_none() {
                first = Some(end);
                value.extend(std::iter::repeat_n('\n', blanks));
            } else if folded && blanks == 0 {
                value.push(' ');
            } else {
                let breaks = if folded { blanks } else { blanks + 1 };
                value.extend(std::iter::repeat_n('\n', breaks));
            }
            value.push_str(piece);
            blanks = 0;
            end += 1;
        }
        let first = first?;
        match chomp {
            Chomp::Strip => {}
            Chomp::Clip => value.push('\n'),
            Chomp::Keep => {
                // The last line of the file may have no line break to keep.
                if end == self.lines.len() {
                    return None;
                }
                value.extend(std::iter::repeat_n('\n', blanks + 1));
            }
        }
        let first_line = self.lines[first];
        let content_indent = content_indent?;
        // serde-saphyr's span runs to the next token: the content of the
        // next line, past its indentation.
        let (end_chars, end_byte) =
            self.lines
                .get(end)
                .map_or((self.end_chars, self.end_byte), |l| {
                    let indent = l.indent_from(0);
                    (l.chars + indent, l.byte + indent)
                });
        let mut mark = first_line.mark(content_indent, 0);
        mark.len = to_u32(end_chars - (first_line.chars + content_indent));
        mark.byte_len = to_u32(end_byte - (first_line.byte + content_indent));
        self.at = end;
        self.start = 0;
        self.skip_insignificant();
        Some(Node {
            mark,
            kind: Kind::Text(Cow::Owned(value)),
        })
    }
}

#[derive(Clone, Copy)]
enum Chomp {
    Strip,
    Clip,
    Keep,
}

/// The length of a plain scalar at the start of `text` in block context, up
/// to a comment; `None` when it is not one this reader takes.
fn plain(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    match bytes[0] {
        b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'\''
        | b'"' | b'%' | b'@' | b'`' => return None,
        b'-' | b'?' | b':' if bytes.get(1).is_none_or(|&b| b == b' ') => return None,
        _ => {}
    }
    // A comment starts at ` #`. Before it, a `:` followed by a space or
    // the end would make a key (`: ` inside the value) or end the value
    // with `:`; either is left to the full parser. One pass over the bytes:
    // scalars are short, and a search routine costs more to set up.
    let mut end = bytes.len();
    for (at, &b) in bytes.iter().enumerate() {
        match b {
            b' ' if bytes.get(at + 1) == Some(&b'#') => {
                end = at;
                break;
            }
            b':' if bytes.get(at + 1).is_none_or(|&next| next == b' ') => return None,
            _ => {}
        }
    }
    Some(text[..end].trim_end_matches(' ').len())
}

/// The length of a plain scalar inside a flow sequence, up to `,` or `]`.
fn flow_plain(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    match bytes[0] {
        b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'\''
        | b'"' | b'%' | b'@' | b'`' | b'-' | b'?' | b':' => return None,
        _ => {}
    }
    let end = bytes
        .iter()
        .position(|&b| b == b',' || b == b']')
        .unwrap_or(bytes.len());
    let value = text[..end].trim_end_matches(' ');
    if value
        .bytes()
        .any(|b| matches!(b, b'[' | b'{' | b'}' | b'#' | b':'))
    {
        return None;
    }
    Some(value.len())
}

/// A double-quoted scalar on one line at the start of `text`: its value and
/// the bytes it takes, quotes included.
fn double_quoted(text: &str) -> Option<(Cow<'_, str>, usize)> {
    let body = &text[1..];
    let close = memchr::memchr2(b'"', b'\\', body.as_bytes())?;
    if body.as_bytes()[close] == b'"' {
        return Some((Cow::Borrowed(&body[..close]), close + 2));
    }
    let mut value = String::from(&body[..close]);
    let mut chars = body[close..].char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Some((Cow::Owned(value), close + at + 2)),
            '\\' => {
                let (_, escape) = chars.next()?;
                let hex = |n: usize, chars: &mut std::str::CharIndices<'_>| {
                    let mut code = 0u32;
                    for _ in 0..n {
                        code = code * 16 + chars.next()?.1.to_digit(16)?;
                    }
                    char::from_u32(code)
                };
                value.push(match escape {
                    '0' => '\0',
                    'a' => '\x07',
                    'b' => '\x08',
                    't' => '\t',
                    'n' => '\n',
                    'v' => '\x0B',
                    'f' => '\x0C',
                    'r' => '\r',
                    'e' => '\x1B',
                    '"' => '"',
                    '/' => '/',
                    '\\' => '\\',
                    'x' => hex(2, &mut chars)?,
                    'u' => hex(4, &mut chars)?,
                    'U' => hex(8, &mut chars)?,
                    _ => return None,
                });
            }
            c => value.push(c),
        }
    }
    None
}

/// A single-quoted scalar on one line at the start of `text`: its value and
/// the bytes it takes, quotes included.
fn single_quoted(text: &str) -> Option<(Cow<'_, str>, usize)> {
    let body = &text[1..];
    let mut value: Option<String> = None;
    let mut from = 0;
    loop {
        let close = from + memchr::memchr(b'\'', &body.as_bytes()[from..])?;
        if body.as_bytes().get(close + 1) == Some(&b'\'') {
            value
                .get_or_insert_with(String::new)
                .push_str(&body[from..=close]);
            from = close + 2;
            continue;
        }
        let value = match value {
            None => Cow::Borrowed(&body[..close]),
            Some(mut value) => {
                value.push_str(&body[from..close]);
                Cow::Owned(value)
            }
        };
        return Some((value, close + 2));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each position on a long line is found without counting the line
    /// again from its start (which made 300,000 entries on one line hang).
    #[test]
    fn long_lines_and_large_mappings_are_read_in_one_pass() {
        let line = format!("a: [{}]\n", vec!["ключ"; 50_000].join(", "));
        let Some(Node {
            kind: Kind::Map(entries),
            ..
        }) = read(&line)
        else {
            panic!("a flow sequence of plain words is read");
        };
        let Kind::Seq(items) = &entries[0].1.kind else {
            panic!("a sequence");
        };
        assert_eq!(items.len(), 50_000);
        assert_eq!(items[49_999].mark.column, 5 + 49_999 * 6);

        let keys: String = (0..20_000).map(|n| format!("k{n}: {n}\n")).collect();
        assert!(read(&keys).is_some());
        assert!(read(&format!("{keys}k7: 1\n")).is_none(), "a duplicate key");
    }

    /// The chunked check gives the byte-by-byte answer wherever a byte that
    /// needs its neighbours stands, across chunk boundaries too.
    #[test]
    fn characters_are_checked_alike_in_and_across_chunks() {
        let byte_by_byte = |bytes: &[u8]| (0..bytes.len()).all(|at| allowed_at(bytes, at));
        let specials: [&[u8]; 12] = [
            b"\t",
            b"\r",
            b"\r\n",
            b"\x7f",
            "\u{85}".as_bytes(),
            "\u{a0}".as_bytes(),
            "\u{2028}".as_bytes(),
            "\u{2014}".as_bytes(),
            "\u{feff}".as_bytes(),
            "\u{fffe}".as_bytes(),
            "\u{fb01}".as_bytes(),
            "ё".as_bytes(),
        ];
        for filler in ["a", "я"] {
            for special in specials {
                for at in 0..70 {
                    let mut text = filler.repeat(at).into_bytes();
                    text.extend_from_slice(special);
                    text.extend(filler.repeat(40).bytes());
                    assert_eq!(
                        allowed_characters(&text),
                        byte_by_byte(&text),
                        "{special:?} after {at} of {filler}"
                    );
                }
            }
        }
        assert!(allowed_characters("ключ: «значение» — да\r\n".as_bytes()));
        assert!(!allowed_characters(
            &[b'a'; 64].iter().chain(b"\t").copied().collect::<Vec<_>>()
        ));
    }

    /// Where a plain scalar ends, and which are left to the full parser, as
    /// first written: the value before ` #`, trimmed, refused when it holds
    /// `: ` or ends with `:`.
    #[test]
    fn plain_scalars_end_where_they_did() {
        let by_the_rule = |text: &str| {
            let end = text.find(" #").unwrap_or(text.len());
            let value = text[..end].trim_end_matches(' ');
            (!value.ends_with(':') && !value.contains(": ")).then_some(value.len())
        };
        for text in [
            "a",
            "a:b",
            "a: b",
            "a:",
            "a: # c",
            "a #c",
            "a # c",
            "a#b",
            "a:  ",
            "a :b",
            "a b:",
            "x: #",
            "http://x.ru/a#b",
            "ключ:значение",
            "a  # b: c",
            "a:#",
            "a #: b",
            "a  ",
        ] {
            assert_eq!(plain(text), by_the_rule(text), "{text:?}");
        }
    }
}
