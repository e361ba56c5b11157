//! Word-level alignment of two copies of a statement and its wdiff-style rendering: "We have
//! made it [-very-] clear". The shorter copy is placed where it really sits in the fuller one
//! (words the fuller copy has before or after it cost nothing: that is a cut), so a tail copy
//! aligns with the tail, not with scattered words of the whole.

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

/// Edit operations that turn `full` into `other`, with `other` placed inside `full` at the
/// least cost (a changed word costs 1, a dropped or added word 1, a cut before or after 0).
pub fn diff(full: &[Word], other: &[Word]) -> Vec<Op> {
    let a = &full[..full.len().min(MAX_WORDS)];
    let b = &other[..other.len().min(MAX_WORDS)];
    let (n, m) = (a.len(), b.len());
    // cost[i][j]: aligning b[..j] so that it ends at a[..i], leading words of a free.
    let width = m + 1;
    let mut cost = vec![0u16; (n + 1) * width];
    let at = |i: usize, j: usize| i * width + j;
    for j in 0..=m {
        cost[at(0, j)] = j as u16;
    }
    for i in 1..=n {
        for j in 1..=m {
            let same = a[i - 1].norm == b[j - 1].norm;
            let diagonal = cost[at(i - 1, j - 1)] + u16::from(!same);
            cost[at(i, j)] = diagonal
                .min(cost[at(i - 1, j)] + 1)
                .min(cost[at(i, j - 1)] + 1);
        }
    }
    // Trailing words of a are free too: end where the whole of b costs least, and of equal
    // costs the furthest end ("do know" against "do not know" drops "not", it does not put
    // "know" for "not" and cut the rest).
    let end = (0..=n).rev().min_by_key(|&i| cost[at(i, m)]).unwrap_or(0);
    let mut ops: Vec<Op> = (end..n).rev().map(Op::Dropped).collect();
    let (mut i, mut j) = (end, m);
    while j > 0 {
        let here = cost[at(i, j)];
        if i > 0 && a[i - 1].norm == b[j - 1].norm && here == cost[at(i - 1, j - 1)] {
            ops.push(Op::Same(i - 1, j - 1));
            i -= 1;
            j -= 1;
        } else if i > 0 && here == cost[at(i - 1, j - 1)] + 1 {
            ops.push(Op::Added(j - 1));
            ops.push(Op::Dropped(i - 1));
            i -= 1;
            j -= 1;
        } else if i > 0 && here == cost[at(i - 1, j)] + 1 {
            ops.push(Op::Dropped(i - 1));
            i -= 1;
        } else {
            ops.push(Op::Added(j - 1));
            j -= 1;
        }
    }
    ops.extend((0..i).rev().map(Op::Dropped));
    ops.reverse();
    ops
}

/// How the other copy sits in the fuller one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Overlap {
    /// Words the two copies share, in order.
    pub shared: usize,
    /// Words of the fuller copy from the first shared word to the last.
    pub span: usize,
}

impl Overlap {
    /// Whether at least `min` of the span's words are shared: the copy sits unbroken enough.
    pub fn is_dense(&self, min: f64) -> bool {
        self.span > 0 && self.shared as f64 >= min * self.span as f64
    }
}

/// Where the shared words stand in the fuller copy, in order.
pub fn shared_positions(ops: &[Op]) -> impl DoubleEndedIterator<Item = usize> + '_ {
    ops.iter().filter_map(|op| match op {
        Op::Same(i, _) => Some(*i),
        _ => None,
    })
}

pub fn overlap(ops: &[Op]) -> Overlap {
    let same: Vec<usize> = shared_positions(ops).collect();
    Overlap {
        shared: same.len(),
        span: match (same.first(), same.last()) {
            (Some(f), Some(l)) => l - f + 1,
            _ => 0,
        },
    }
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
    // A contraction's second part has no text of its own: shown with its first part when
    // both copies have it, else as the word it stands for ("didn't" for "did": [-not-]).
    let mut out: Vec<String> = Vec::new();
    for op in &ops[from..to] {
        match op {
            Op::Same(i, _) if full[*i].text.is_empty() => {}
            Op::Same(i, _) => out.push(full[*i].text.clone()),
            Op::Dropped(i) => out.push(format!("[-{}-]", full[*i].shown())),
            Op::Added(j) => out.push(format!("{{+{}+}}", other[*j].shown())),
        }
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
    fn a_tail_copy_aligns_with_the_tail() {
        let full = words("I will fight for you every day and I will win for you");
        let other = words("I will win for you!");
        let ops = diff(&full, &other);
        let h = hunks(&ops);
        assert_eq!(h.len(), 1, "{}", render(&full, &other, &ops));
        assert!(h[0].at_edge && h[0].added.is_empty());
        assert_eq!(overlap(&ops), Overlap { shared: 5, span: 5 });
    }

    #[test]
    fn a_contraction_is_shown_once() {
        let full = words("We’ve said we don't know");
        let other = words("We have said we do know");
        let ops = diff(&full, &other);
        assert_eq!(
            render(&full, &other, &ops),
            "We’ve said we don't [-not-] know"
        );
    }

    #[test]
    fn a_changed_word_is_dropped_and_added() {
        let full = words("five officers were charged");
        let other = words("six officers were charged");
        let ops = diff(&full, &other);
        assert_eq!(
            render(&full, &other, &ops),
            "[-five-] {+six+} officers were charged"
        );
        let h = hunks(&ops);
        assert_eq!(h.len(), 1);
        assert_eq!((h[0].dropped.len(), h[0].added.len()), (1, 1));
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
