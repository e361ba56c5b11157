//! Word-level alignment of two copies of a statement (longest common subsequence over
//! normalised words) and its wdiff-style rendering: "We have made it [-very-] clear".

use super::normalize::Word;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Word i of the fuller copy equals word j of the other.
    Same(usize, usize),
    /// Word i of the fuller copy is missing from the other.
    Dropped(usize),
    /// Word j of the other copy is not in the fuller one.
    Added(usize),
}

/// Statements longer than this are compared on their first words only; copies of one
/// utterance rarely run longer, and it keeps the quadratic table small.
const MAX_WORDS: usize = 400;

pub fn diff(full: &[Word], other: &[Word]) -> Vec<Op> {
    let a = &full[..full.len().min(MAX_WORDS)];
    let b = &other[..other.len().min(MAX_WORDS)];
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: common subsequence length of a[i..] and b[j..].
    let mut lcs = vec![0u16; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if a[i].norm == b[j].norm {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::with_capacity(n.max(m));
    while i < n || j < m {
        if i < n && j < m && a[i].norm == b[j].norm {
            ops.push(Op::Same(i, j));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)]) {
            ops.push(Op::Added(j));
            j += 1;
        } else {
            ops.push(Op::Dropped(i));
            i += 1;
        }
    }
    ops
}

/// A run of differences between two runs of equal words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hunk {
    pub dropped: Vec<usize>,
    pub added: Vec<usize>,
    /// The hunk touches the start or the end of the comparison (a cut, not a change).
    pub at_edge: bool,
    /// Index in the ops where the hunk starts, for context.
    pub op_index: usize,
}

/// The hunk being built, or a new one starting at op `k`.
fn open_hunk(current: &mut Option<Hunk>, k: usize) -> &mut Hunk {
    current.get_or_insert_with(|| Hunk {
        at_edge: k == 0,
        op_index: k,
        ..Hunk::default()
    })
}

pub fn hunks(ops: &[Op]) -> Vec<Hunk> {
    let mut out = Vec::new();
    let mut current: Option<Hunk> = None;
    for (k, op) in ops.iter().enumerate() {
        match op {
            Op::Same(..) => {
                if let Some(h) = current.take() {
                    out.push(h);
                }
            }
            Op::Dropped(i) => open_hunk(&mut current, k).dropped.push(*i),
            Op::Added(j) => open_hunk(&mut current, k).added.push(*j),
        }
    }
    if let Some(mut h) = current {
        h.at_edge = true;
        out.push(h);
    }
    out
}

/// The fuller copy's words with what the other copy drops as [-word-] and adds as {+word+}.
pub fn render(full: &[Word], other: &[Word], ops: &[Op]) -> String {
    render_range(full, other, ops, 0, ops.len())
}

/// Like `render`, for ops[from..to].
pub fn render_range(full: &[Word], other: &[Word], ops: &[Op], from: usize, to: usize) -> String {
    let mut out: Vec<String> = Vec::new();
    for op in &ops[from..to] {
        out.push(match op {
            Op::Same(i, _) => full[*i].text.clone(),
            Op::Dropped(i) => format!("[-{}-]", full[*i].text),
            Op::Added(j) => format!("{{+{}+}}", other[*j].text),
        });
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::normalize::words;
    use super::*;

    #[test]
    fn a_dropped_word_is_marked() {
        let full = words("We have made it very clear to them");
        let other = words("We have made it clear to them");
        let ops = diff(&full, &other);
        assert_eq!(
            render(&full, &other, &ops),
            "We have made it [-very-] clear to them"
        );
        let h = hunks(&ops);
        assert_eq!(h.len(), 1);
        assert!(!h[0].at_edge);
    }

    #[test]
    fn punctuation_and_spelling_are_not_differences() {
        let full = words("could stifle U.S. tech business in China,");
        let other = words("could stifle US tech business in China");
        assert!(hunks(&diff(&full, &other)).is_empty());
    }

    #[test]
    fn a_cut_copy_differs_only_at_the_edge() {
        let full = words("one two three four five");
        let other = words("one two three");
        let h = hunks(&diff(&full, &other));
        assert_eq!(h.len(), 1);
        assert!(h[0].at_edge);
    }
}
