//! A bound on how deeply a page's elements nest, found before parsing: the HTML parser and the
//! extractor recurse once per level, so a page of 100,000 nested `<div>`s would overflow the
//! stack and abort the whole run instead of failing one input.

/// Elements that never hold others, so never deepen the nesting.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The deepest nesting of start tags over end tags. It counts an element left open (`<p>` without
/// `</p>`) as still open, so it is at least the depth the parser builds.
pub fn nesting_bound(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|&b| b == b'<') {
        let start = at + offset + 1;
        at = start;
        match bytes.get(start) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(b) if b.is_ascii_alphabetic() => {
                let name_end = bytes[start..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .map_or(bytes.len(), |n| start + n);
                let name = html[start..name_end].to_ascii_lowercase();
                let tag_end = bytes[name_end..].iter().position(|&b| b == b'>');
                let self_closing =
                    tag_end.is_some_and(|n| n > 0 && bytes[name_end + n - 1] == b'/');
                if !VOID.contains(&name.as_str()) && !self_closing {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            }
            _ => {}
        }
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_open_elements() {
        assert_eq!(
            nesting_bound("<html><body><p>a<br>b<img src=x/></p><p>c</p></body></html>"),
            3
        );
        assert_eq!(nesting_bound("<ul><li>one<li>two<li>three</ul>"), 4);
        assert_eq!(
            nesting_bound("<div><x-y/><DIV><div>deep</div></DIV></div>"),
            3
        );
        assert_eq!(nesting_bound("a < b and c<d> 1</"), 1);
        assert_eq!(nesting_bound(&"<div>".repeat(1000)), 1000);
        assert_eq!(nesting_bound(""), 0);
    }
}
