//! What a careful reader says of a group of copies: each difference in plain words, and the
//! group's verdict, its most serious finding (conflict > attribution > reworded > truncated >
//! detail > agree).

use super::align::{diff, hunks, render, render_range, Hunk, Op};
use super::normalize::{is_function_word, is_negation, is_number, stem, words, Word};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Agree,
    Detail,
    Truncated,
    Reworded,
    Attribution,
    Conflict,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Detail => "detail",
            Verdict::Truncated => "truncated",
            Verdict::Reworded => "reworded",
            Verdict::Attribution => "attribution",
            Verdict::Conflict => "conflict",
        }
    }
}

/// One copy in a group.
#[derive(Debug, Clone)]
pub struct Member {
    pub statement_id: i64,
    pub file: String,
    pub kind: String,
    pub text: String,
    pub speaker_id: Option<i64>,
    pub speaker: Option<String>,
    pub role: Option<String>,
    pub venue: Option<String>,
    /// Any role the article gives this speaker elsewhere ("Jiang" is "the Internet office's
    /// spokesman" two paragraphs up), to tell a spokesperson from the office.
    pub known_role: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Assessment {
    pub verdict: Verdict,
    pub findings: Vec<String>,
    /// Per member: its words against the fullest copy (None for the fullest itself).
    pub diffs: Vec<Option<String>>,
    /// The speaker all copies agree on, if they do.
    pub speaker_id: Option<i64>,
}

fn quoted(ws: &[Word], idx: &[usize]) -> String {
    idx.iter()
        .map(|&i| ws[i].text.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect::<Vec<_>>()
        .join(" ")
}

fn norm_opt(s: &Option<String>) -> Option<String> {
    s.as_ref().map(|s| {
        words(s)
            .into_iter()
            .map(|w| w.norm)
            .filter(|w| !["the", "a", "an", "in"].contains(&w.as_str()))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

pub fn assess(members: &[Member]) -> Assessment {
    let ws: Vec<Vec<Word>> = members.iter().map(|m| words(&m.text)).collect();
    let full = (0..members.len())
        .max_by_key(|&i| (ws[i].len(), std::cmp::Reverse(i)))
        .unwrap_or(0);
    let quotes = members.iter().all(|m| m.kind != "indirect");
    let mut verdict = Verdict::Agree;
    let mut findings = Vec::new();
    let mut diffs = vec![None; members.len()];
    let mut raise = |v: Verdict, text: String, findings: &mut Vec<String>| {
        verdict = verdict.max(v);
        if !findings.contains(&text) {
            findings.push(text);
        }
    };
    let f = &members[full];
    for (k, m) in members.iter().enumerate() {
        if k == full {
            continue;
        }
        let ops = diff(&ws[full], &ws[k]);
        diffs[k] = Some(render(&ws[full], &ws[k], &ops));
        let mut reworded_paraphrase = false;
        for h in hunks(&ops) {
            let (dropped, added) = (quoted(&ws[full], &h.dropped), quoted(&ws[k], &h.added));
            let norms = |side: &[usize], w: &[Word]| {
                side.iter().map(|&i| w[i].norm.clone()).collect::<Vec<_>>()
            };
            let (dn, an) = (norms(&h.dropped, &ws[full]), norms(&h.added, &ws[k]));
            let context = context(&ws[full], &ws[k], &ops, &h);
            let negation = dn.iter().chain(&an).any(|w| is_negation(w));
            let number = dn.iter().chain(&an).any(|w| is_number(w));
            let cut = h.at_edge && h.added.is_empty();
            if negation && !(cut && h.dropped.len() > 3) {
                raise(
                    Verdict::Conflict,
                    format!(
                        "{} {} a negation: {context}",
                        m.file,
                        if an.iter().any(|w| is_negation(w)) {
                            "adds"
                        } else {
                            "drops"
                        }
                    ),
                    &mut findings,
                );
            } else if number && !h.dropped.is_empty() && !h.added.is_empty() {
                raise(
                    Verdict::Conflict,
                    format!(
                        "{} says '{added}' where {} says '{dropped}': {context}",
                        m.file, f.file
                    ),
                    &mut findings,
                );
            } else if cut {
                if quotes {
                    raise(
                        Verdict::Truncated,
                        format!("{} gives only part of it, without '{dropped}'", m.file),
                        &mut findings,
                    );
                }
            } else if quotes {
                let what = match (h.dropped.is_empty(), h.added.is_empty()) {
                    (false, true) => format!("drops '{dropped}'"),
                    (true, false) => format!("adds '{added}'"),
                    _ => format!("has '{added}' for '{dropped}'"),
                };
                raise(
                    Verdict::Reworded,
                    format!("{} {what}: {context}", m.file),
                    &mut findings,
                );
            } else if dn.iter().chain(&an).any(|w| !is_function_word(w)) {
                reworded_paraphrase = true;
            }
        }
        if reworded_paraphrase {
            // Reported speech is a paraphrase: its wording is shown, but it is no finding against it.
            let text = format!(
                "{} words it differently: {}",
                m.file,
                diffs[k].clone().unwrap_or_default()
            );
            raise(Verdict::Agree, text, &mut findings);
        }
        if let (Some(a), Some(b)) = (f.speaker_id, m.speaker_id) {
            if a != b {
                let text = attribution(f, m);
                raise(Verdict::Attribution, text, &mut findings);
            }
        }
        // Same words, told differently: by someone described otherwise, or elsewhere.
        let shown = |r: &Option<String>, none: &str| {
            r.as_ref().map_or(none.to_string(), |r| format!("'{r}'"))
        };
        if norm_opt(&f.role) != norm_opt(&m.role) && f.speaker_id == m.speaker_id {
            let text = format!(
                "role differs: {} ({}) vs {} ({})",
                shown(&f.role, "no role"),
                f.file,
                shown(&m.role, "no role"),
                m.file
            );
            raise(Verdict::Detail, text, &mut findings);
        }
        if norm_opt(&f.venue) != norm_opt(&m.venue) {
            let text = format!(
                "telling differs: {} says {}, {} says {}",
                f.file,
                shown(&f.venue, "nothing"),
                m.file,
                shown(&m.venue, "nothing")
            );
            raise(Verdict::Detail, text, &mut findings);
        }
    }
    let first = members[full].speaker_id;
    let speaker_id = members
        .iter()
        .all(|m| m.speaker_id.is_none() || m.speaker_id == first)
        .then_some(first)
        .flatten();
    Assessment {
        verdict,
        findings,
        diffs,
        speaker_id,
    }
}

/// "X attributes it to A, Y to B", and when one is the other's spokesperson or member, says so.
fn attribution(f: &Member, m: &Member) -> String {
    let name = |x: &Member| {
        x.speaker
            .clone()
            .unwrap_or_else(|| "someone unnamed".into())
    };
    let mut text = format!(
        "{} attributes it to {}, {} to {}",
        f.file,
        name(f),
        m.file,
        name(m)
    );
    for (a, b) in [(f, m), (m, f)] {
        // b speaks for a when b's role names a ("the Internet office's spokesman").
        let (Some(role), Some(org)) = (b.role.as_ref().or(b.known_role.as_ref()), &a.speaker)
        else {
            continue;
        };
        let role_words: Vec<String> = words(role).into_iter().map(|w| w.norm).collect();
        let role_stems: Vec<String> = role_words
            .iter()
            .map(|w| stem(w.trim_end_matches('s')))
            .collect();
        let names_org = words(org)
            .iter()
            .any(|w| w.norm.len() >= 4 && role_stems.contains(&stem(&w.norm)));
        let speaks_for = role_words.iter().any(|w| {
            w.starts_with("spokes")
                || ["member", "official", "officer", "head", "chief", "director"]
                    .contains(&w.as_str())
        });
        if names_org && speaks_for {
            text += &format!(
                " ({} is {}: {})",
                name(b),
                if role_words.iter().any(|w| w.starts_with("spokes")) {
                    "its spokesperson"
                } else {
                    "its member"
                },
                role
            );
        }
    }
    text
}

/// A few words around a hunk, rendered with its marks.
fn context(full: &[Word], other: &[Word], ops: &[Op], h: &Hunk) -> String {
    let len = h.dropped.len() + h.added.len();
    let from = h.op_index.saturating_sub(4);
    let to = (h.op_index + len + 4).min(ops.len());
    render_range(full, other, ops, from, to)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(file: &str, kind: &str, text: &str, speaker: i64) -> Member {
        Member {
            statement_id: 0,
            file: file.into(),
            kind: kind.into(),
            text: text.into(),
            speaker_id: Some(speaker),
            speaker: Some(format!("S{speaker}")),
            role: None,
            venue: None,
            known_role: None,
        }
    }

    #[test]
    fn verdicts() {
        let v = |a: &str, b: &str, kind: &str, s2: i64| {
            assess(&[member("a", kind, a, 1), member("b", kind, b, s2)]).verdict
        };
        assert_eq!(
            v(
                "We have made it very clear",
                "We have made it clear",
                "direct",
                1
            ),
            Verdict::Reworded
        );
        assert_eq!(
            v(
                "five officers were charged today",
                "six officers were charged today",
                "direct",
                1
            ),
            Verdict::Conflict
        );
        assert_eq!(
            v(
                "China has opposed it strongly",
                "China has not opposed it strongly",
                "direct",
                1
            ),
            Verdict::Conflict
        );
        assert_eq!(
            v("one two three four five", "one two three", "direct", 1),
            Verdict::Truncated
        );
        assert_eq!(
            v(
                "This is beyond reproach.",
                "this is beyond reproach",
                "direct",
                1
            ),
            Verdict::Agree
        );
        assert_eq!(
            v(
                "This is beyond reproach.",
                "this is beyond reproach",
                "direct",
                2
            ),
            Verdict::Attribution
        );
        assert_eq!(
            v(
                "the legislation relates to the affairs",
                "legislation relates to affairs",
                "indirect",
                1
            ),
            Verdict::Agree
        );
    }
}
