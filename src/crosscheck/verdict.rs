//! What a careful reader says of a group: each copy laid against the fullest one, every
//! divergence in plain words from the odd copy's side ("the Courier drops 'very'"), notes for
//! what is only left out, and the group's verdict, its most serious finding (conflict >
//! attribution > reworded > truncated > detail > agree).

use super::align::{diff, hunks, render, render_range, shared_positions, Hunk, Op};
use super::normalize::{
    is_function_word, is_negation, is_number, number_value, spelled_numbers, Word,
};
use super::speakers::{
    identified, named_apart, named_in_the_words, names_speaker, relation, speaks_for, Relation,
    Speaker,
};
use super::telling::{compare_roles, compare_venues, Telling};
use super::Info;
use crate::extract::lexicon::is_weekday;

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

    pub const ALL: [&'static str; 6] = [
        "conflict",
        "attribution",
        "reworded",
        "truncated",
        "detail",
        "agree",
    ];
}

#[derive(Debug, Clone)]
pub struct Assessment {
    pub verdict: Verdict,
    /// Divergences, most serious first.
    pub differences: Vec<String>,
    /// What one copy leaves out, and how reported speech is worded: no divergence.
    pub notes: Vec<String>,
    /// Per member: its words against the fullest copy (None for the fullest itself).
    pub diffs: Vec<Option<String>>,
    /// The speaker the group's copies give the utterance to.
    pub speaker: Option<Speaker>,
}

/// What is said of a copy: its outlet when known, else its file.
fn label(m: &Info) -> &str {
    m.outlet.as_deref().unwrap_or(&m.file)
}

fn quoted(ws: &[Word], idx: &[usize]) -> String {
    idx.iter()
        .map(|&i| ws[i].shown().trim_matches(|c: char| !c.is_alphanumeric()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Findings collected with their severity, each said once.
#[derive(Default)]
struct Findings {
    verdict: Option<Verdict>,
    list: Vec<(Verdict, String)>,
    notes: Vec<String>,
}

impl Findings {
    fn raise(&mut self, v: Verdict, text: String) {
        self.verdict = self.verdict.max(Some(v));
        if !self.list.iter().any(|(_, t)| *t == text) {
            self.list.push((v, text));
        }
    }

    fn note(&mut self, text: String) {
        if !self.notes.contains(&text) {
            self.notes.push(text);
        }
    }
}

/// Assesses a group whose first member is its fullest copy.
pub fn assess(members: &[&Info]) -> Assessment {
    let root = members[0];
    let speaker = group_speaker(members);
    let mut found = Findings::default();
    let mut diffs = vec![None; members.len()];
    // Copies whose speaker was read from the words they quote ("Comey said my answers ...").
    let mut reported_in_words = vec![false; members.len()];
    for (k, m) in members.iter().enumerate().skip(1) {
        let quotes = root.is_quote() && m.is_quote();
        let pair = (root.words_against(m), m.words_against(root));
        let ops = diff(pair.0, pair.1);
        diffs[k] = Some(render(pair.0, pair.1, &ops));
        compare_words(root, m, pair, &ops, quotes, &mut found, &diffs[k]);
        let start = shared_positions(&ops).next();
        reported_in_words[k] = start.is_some_and(|i| named_in_the_words(m, pair.0, i));
    }
    for (m, _) in members.iter().zip(&reported_in_words).filter(|(_, r)| !**r) {
        compare_speaker(m, &speaker, members, &mut found);
    }
    // Venues are laid against the first copy that states one: two copies that state theirs
    // may contradict each other while the fullest copy states none.
    let venues: Vec<Option<String>> = members.iter().map(|m| venue(m)).collect();
    let reference = venues.iter().position(Option::is_some).unwrap_or(0);
    for (k, m) in members.iter().enumerate().skip(1) {
        compare_telling(root, m, &mut found);
        if k != reference {
            let (a, b) = (members[reference], *m);
            compare_venue(a, &venues[reference], b, &venues[k], &mut found);
        }
    }
    let mut list = found.list;
    list.sort_by_key(|f| std::cmp::Reverse(f.0));
    Assessment {
        verdict: found.verdict.unwrap_or(Verdict::Agree),
        differences: list.into_iter().map(|(_, t)| t).collect(),
        notes: found.notes,
        diffs,
        speaker,
    }
}

/// The copy's words against the fullest copy's, hunk by hunk.
fn compare_words(
    root: &Info,
    m: &Info,
    (root_words, words): (&[Word], &[Word]),
    ops: &[Op],
    quotes: bool,
    found: &mut Findings,
    diff: &Option<String>,
) {
    let mut paraphrased = false;
    let moved = negations_balance(root_words, words, ops);
    for h in hunks(ops) {
        let (dropped, added) = (quoted(root_words, &h.dropped), quoted(words, &h.added));
        let dn: Vec<&str> = h
            .dropped
            .iter()
            .map(|&i| root_words[i].norm.as_str())
            .collect();
        let an: Vec<&str> = h.added.iter().map(|&j| words[j].norm.as_str()).collect();
        let context = context(root_words, words, ops, &h);
        let cut = h.at_edge && h.added.is_empty();
        let spelled = |ws: &[Word], idx: &[usize]| -> Vec<String> {
            let picked: Vec<&Word> = idx.iter().map(|&i| &ws[i]).collect();
            let mut out = spelled_numbers(&picked);
            out.retain(|w| w != "percent");
            out
        };
        if !cut && !dn.is_empty() && dn.concat() == an.concat() {
            // "non-sense" and "nonsense", "V.Putin" and "V. Putin": one word written apart.
            continue;
        }
        let (ds, as_) = (spelled(root_words, &h.dropped), spelled(words, &h.added));
        if !cut && ds == as_ {
            // "1:00" and "one", "70%" and "70 percent": the same words spelled otherwise.
            continue;
        }
        let values = |ws: &[String]| -> Vec<String> {
            ws.iter()
                .filter(|w| is_number(w))
                .map(|w| number_value(w))
                .collect()
        };
        let (dv, av) = (values(&ds), values(&as_));
        // Reported speech is a paraphrase: it moves a negation ("did not recommend that she
        // face charges", "should face no charges") and rewrites around numbers, so only a
        // number put in place of another, inside both copies, contradicts.
        let flip = if quotes && !negated_near(root_words, ops, &h) && !moved {
            negation_flip(&h, &dn, &an)
        } else {
            None
        };
        let numbers_only = |ws: &[String]| ws.iter().filter(|w| !is_number(w)).count();
        let other_number = other_number(&dv, &av)
            && (quotes || !h.at_edge && numbers_only(&ds) + numbers_only(&as_) <= 1);
        if let Some(adds) = flip {
            let what = if adds { "adds" } else { "drops" };
            found.raise(
                Verdict::Conflict,
                format!("{} {what} a negation: {context}", label(m)),
            );
        } else if other_number {
            let text = format!(
                "{} says '{added}' where {} says '{dropped}': {context}",
                label(m),
                label(root)
            );
            found.raise(Verdict::Conflict, text);
        } else if !quotes {
            paraphrased |= dn.iter().chain(&an).any(|w| !is_function_word(w));
        } else if cut {
            let text = format!("{} gives only part of it, without '{dropped}'", label(m));
            found.raise(Verdict::Truncated, text);
        } else {
            let what = match (h.dropped.is_empty(), h.added.is_empty()) {
                (false, true) => format!("drops '{dropped}'"),
                (true, false) => format!("adds '{added}'"),
                _ => format!("has '{added}' for '{dropped}'"),
            };
            found.raise(Verdict::Reworded, format!("{} {what}: {context}", label(m)));
        }
    }
    if paraphrased {
        // Reported speech is a paraphrase: its wording is shown, but it is no divergence.
        let text = format!(
            "{} words it differently: {}",
            label(m),
            diff.clone().unwrap_or_default()
        );
        found.note(text);
    }
}

/// Whether two statements, where they meet (from their first shared word to their last),
/// state another number or the other side of a negation: told by two sources, they are two
/// claims ("3.1 million" one week, "3.6 million" the next), not one claim mis-told.
pub fn tell_otherwise(a: &[Word], b: &[Word]) -> bool {
    let ops = diff(a, b);
    let mut same = ops.iter().filter_map(|op| match op {
        Op::Same(i, j) => Some((*i, *j)),
        _ => None,
    });
    let Some((i0, j0)) = same.next() else {
        return false;
    };
    let (i1, j1) = same.next_back().unwrap_or((i0, j0));
    let (a, b) = (&a[i0..=i1], &b[j0..=j1]);
    let numbers = |ws: &[Word]| -> Vec<String> {
        let picked: Vec<&Word> = ws.iter().collect();
        let mut out = spelled_numbers(&picked);
        out.retain(|w| is_number(w) && w != "percent");
        out.iter().map(|w| number_value(w)).collect()
    };
    other_number(&numbers(a), &numbers(b)) || negations(&norms(a)) != negations(&norms(b))
}

/// Whether a hunk puts another number in place of one: a number of the side with fewer that
/// the other lacks. A number dropped with its clause ("your AR-15, your AK-47" cut to "your
/// AR-15s") is no other number.
fn other_number(dropped: &[String], added: &[String]) -> bool {
    // A weekday is another name of a date ("on Friday" and "on April 24"): it contradicts
    // only another weekday.
    let weekday = |v: &String| is_weekday(v);
    let dated: [Vec<String>; 2] = if dropped.iter().any(weekday) != added.iter().any(weekday) {
        [dropped, added].map(|vs| vs.iter().filter(|v| !weekday(v)).cloned().collect())
    } else {
        [dropped.to_vec(), added.to_vec()]
    };
    let [dropped, added] = &dated;
    let (few, many) = if dropped.len() <= added.len() {
        (dropped, added)
    } else {
        (added, dropped)
    };
    !few.is_empty() && few.iter().any(|v| !many.contains(v))
}

/// Whether the copies say opposite things at the same place ("has" vs "has not"): a hunk
/// inside both copies whose negations differ and that holds little else. A negation lost with
/// a cut or a dropped clause is no contradiction. Some(true) when the copy adds the negation.
fn negation_flip(h: &Hunk, dropped: &[&str], added: &[&str]) -> Option<bool> {
    if h.at_edge {
        return None;
    }
    if let ([a], [b]) = (dropped, added) {
        if misspelt(a, b) {
            return None;
        }
    }
    let (nd, na) = (negations(dropped), negations(added));
    let other_words = dropped.len() + added.len() - nd - na;
    (nd != na && other_words <= 2).then_some(na > nd)
}

/// Whether one word is the other with a letter mistyped, dropped or added ("noting" for
/// "nothing"): a slip, not a negation turned over. A negation made by its "n" ("never" and
/// "ever", "none" and "one") is no slip.
fn misspelt(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let negating_n = long.strip_prefix('n') == Some(short);
    short.chars().count() >= 4 && !negating_n && one_letter_apart(short, long)
}

/// Whether two words differ by one letter changed, dropped or added.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let head = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 => head < short.len() && short[head + 1..] == long[head + 1..],
        1 => short[head..] == long[head + 1..],
        _ => false,
    }
}

/// How many negations words hold: "not just" and "not only" add, they do not deny, and
/// "or not" ("whether or not they pay", "like it or not") offers both sides. "non" is the
/// prefix written apart ("non-viable" is "not viable").
fn negations(ws: &[&str]) -> usize {
    (0..ws.len())
        .filter(|&k| {
            let adds = ws
                .get(k + 1)
                .is_some_and(|n| ["just", "only", "merely", "simply"].contains(n));
            let alternative = k > 0 && ws[k - 1] == "or";
            is_negation(ws[k]) && !(ws[k] == "not" && (adds || alternative)) || ws[k] == "non"
        })
        .count()
}

/// Whether a negation stands in the words the copies share just before a hunk, or just
/// after it: a negation the hunk adds or drops there repeats it ("not me or any" and "not
/// me, not any" say one thing; "I realized that not — it's not so easy"), it does not turn
/// it over.
fn negated_near(root_words: &[Word], ops: &[Op], h: &Hunk) -> bool {
    let negated = |i: usize| is_negation(&root_words[i].norm);
    let before = shared_positions(&ops[..h.op_index])
        .rev()
        .take(NEGATION_REACH);
    let after = shared_positions(&ops[h.op_index..]).take(NEGATION_REACH_AFTER);
    before.chain(after).any(negated)
}

/// How many shared words before a hunk a negation it repeats may stand.
const NEGATION_REACH: usize = 2;
/// ... and after it ("it's" is two words).
const NEGATION_REACH_AFTER: usize = 3;

/// Whether both copies hold as many negations where they meet, counting the fuller copy's
/// words from a few before the other begins: then a negation moved ("not even the president
/// is above the law" told as "the president is not above the law"), it was not turned over.
fn negations_balance(root_words: &[Word], words: &[Word], ops: &[Op]) -> bool {
    let same = ops.iter().filter_map(|op| match op {
        Op::Same(i, j) => Some((*i, *j)),
        _ => None,
    });
    let mut same = same.peekable();
    let Some(&(i0, j0)) = same.peek() else {
        return false;
    };
    let (i1, j1) = same.last().unwrap_or((i0, j0));
    let root_side = norms(&root_words[i0.saturating_sub(NEGATION_MOVE)..=i1]);
    let copy_side = norms(&words[j0.saturating_sub(NEGATION_MOVE)..=j1]);
    negations(&root_side) == negations(&copy_side)
}

fn norms(ws: &[Word]) -> Vec<&str> {
    ws.iter().map(|w| w.norm.as_str()).collect()
}

/// How far before the first shared word a moved negation may stand.
const NEGATION_MOVE: usize = 4;

/// The speaker the copies agree on: the fullest copy's when it names one, else the one most
/// copies name.
fn group_speaker(members: &[&Info]) -> Option<Speaker> {
    let named: Vec<&Speaker> = members
        .iter()
        .filter_map(|m| m.speaker.as_ref())
        .filter(|s| identified(&s.name))
        .collect();
    if let Some(s) = members[0].speaker.as_ref().filter(|s| identified(&s.name)) {
        return Some(s.clone());
    }
    let count = |s: &Speaker| named.iter().filter(|o| o.id == s.id).count();
    named
        .iter()
        .max_by(|a, b| count(a).cmp(&count(b)).then(b.name.cmp(&a.name)))
        .map(|s| (*s).clone())
        .or_else(|| members.iter().find_map(|m| m.speaker.clone()))
}

/// A copy that gives the utterance to someone else.
fn compare_speaker(m: &Info, speaker: &Option<Speaker>, members: &[&Info], found: &mut Findings) {
    if relation(&m.speaker, speaker) != Relation::Different {
        return;
    }
    let (Some(theirs), Some(ours)) = (&m.speaker, speaker) else {
        return;
    };
    // A copy that only describes its speaker ("a spokeswoman for Hillary Clinton") gives the
    // words to nobody in particular, whatever name extraction read into the description.
    if m.mention
        .as_deref()
        .is_some_and(|x| !identified(x) && !names_speaker(x, &theirs.name))
    {
        return;
    }
    // The copies that name the group's speaker, to say who gives it to whom. A different
    // speaker is a finding only when both copies name theirs themselves (the speaker found
    // through "he" or "the Republican" may be the wrong one), and by names of two people, or
    // when one is known to speak for the other.
    let holders: Vec<&Info> = members
        .iter()
        .filter(|o| o.speaker.as_ref().is_some_and(|s| s.id == ours.id))
        .copied()
        .collect();
    let Some(holder) = holders
        .iter()
        .find(|o| speaks_for(o, m).is_some() || speaks_for(m, o).is_some() || named_apart(m, o))
        .copied()
    else {
        return;
    };
    let mut text = format!(
        "{} gives it to {}, {} to {}",
        label(m),
        theirs.name,
        label(holder),
        ours.name
    );
    for (a, b) in [(holder, m), (m, holder)] {
        if let Some(how) = speaks_for(a, b) {
            text += &format!(" ({how})");
        }
    }
    found.raise(Verdict::Attribution, text);
}

/// Role of the teller: a contradiction is a detail, an omission a note.
fn compare_telling(root: &Info, m: &Info, found: &mut Findings) {
    let shown =
        |r: &Option<String>, none: &str| r.as_ref().map_or(none.to_string(), |r| format!("'{r}'"));
    let same_speaker = relation(&root.speaker, &m.speaker) == Relation::Same
        || root.speaker.is_none() && m.speaker.is_none();
    if same_speaker {
        let text = format!(
            "role: {} ({}) vs {} ({})",
            shown(&root.role, "no role"),
            label(root),
            shown(&m.role, "no role"),
            label(m)
        );
        match compare_roles(root.role.as_deref(), m.role.as_deref()) {
            Telling::Contradicts => found.raise(Verdict::Detail, format!("{text}: they differ")),
            Telling::Omitted => found.note(text),
            Telling::Same => {}
        }
    }
}

/// Where and to whom a copy says it was told: "told Bloomberg News" when extraction kept the
/// audience apart from its cue.
fn venue(m: &Info) -> Option<String> {
    let v = m.venue.as_ref()?;
    let told = m
        .cue
        .as_deref()
        .and_then(|c| c.split_whitespace().last())
        .is_some_and(|c| ["told", "tells", "tell"].contains(&c));
    let first = v.split_whitespace().next().unwrap_or("").to_lowercase();
    let placed = [
        "to", "with", "in", "on", "at", "during", "told", "after", "before",
    ];
    Some(if told && !placed.contains(&first.as_str()) {
        format!("told {v}")
    } else {
        v.clone()
    })
}

/// The venues of two copies: a contradiction is a detail, an omission a note.
fn compare_venue(
    a: &Info,
    va: &Option<String>,
    b: &Info,
    vb: &Option<String>,
    found: &mut Findings,
) {
    let shown = |r: &Option<String>| {
        r.as_ref()
            .map_or("nothing of it".into(), |r| format!("'{r}'"))
    };
    let text = format!(
        "telling: {} says {}, {} says {}",
        label(a),
        shown(va),
        label(b),
        shown(vb)
    );
    match compare_venues(va.as_deref(), vb.as_deref()) {
        Telling::Contradicts => found.raise(Verdict::Detail, text),
        Telling::Omitted => found.note(text),
        Telling::Same => {}
    }
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
    use super::super::tests::info;
    use super::*;

    fn verdict(a: &str, b: &str, kind: &str, sb: &str) -> Verdict {
        let x = info(1, 1, kind, a, Some("Ann Lee"));
        let y = info(2, 2, kind, b, Some(sb));
        assess(&[&x, &y]).verdict
    }

    #[test]
    fn verdicts() {
        let same = "Ann Lee";
        assert_eq!(
            verdict(
                "We have made it very clear",
                "We have made it clear",
                "direct",
                same
            ),
            Verdict::Reworded
        );
        assert_eq!(
            verdict(
                "five officers were charged today",
                "six officers were charged today",
                "direct",
                same
            ),
            Verdict::Conflict
        );
        assert_eq!(
            verdict(
                "China has opposed it strongly",
                "China has not opposed it strongly",
                "direct",
                same
            ),
            Verdict::Conflict
        );
        assert_eq!(
            verdict("one two three four five", "one two three", "direct", same),
            Verdict::Truncated
        );
        assert_eq!(
            verdict(
                "This is beyond reproach.",
                "this is beyond reproach",
                "direct",
                same
            ),
            Verdict::Agree
        );
        assert_eq!(
            verdict(
                "This is beyond reproach.",
                "this is beyond reproach",
                "direct",
                "Bo Park"
            ),
            Verdict::Attribution
        );
        assert_eq!(
            verdict(
                "This is beyond reproach.",
                "this is beyond reproach",
                "direct",
                "a senior aide"
            ),
            Verdict::Agree
        );
        assert_eq!(
            verdict(
                "the legislation relates to the affairs",
                "legislation relates to affairs",
                "indirect",
                same
            ),
            Verdict::Agree
        );
    }

    #[test]
    fn reported_speech_moving_a_negation_or_rewording_a_number_is_no_conflict() {
        let same = "Ann Lee";
        // PolNeAR: one outlet reports "did not recommend that she face charges", another
        // "should face no charges": one claim.
        assert_eq!(
            verdict(
                "Comey did not recommend that she face criminal charges over the server",
                "Comey said she should face no criminal charges over the server",
                "indirect",
                same
            ),
            Verdict::Agree
        );
        // A count told in other words around it is a paraphrase, not another count.
        assert_eq!(
            verdict(
                "about three quarters of Republican voters support a temporary ban",
                "65 percent of Republicans supported a temporary ban",
                "indirect",
                same
            ),
            Verdict::Agree
        );
        // One number put in place of another, inside both, is still a conflict.
        assert_eq!(
            verdict(
                "the company said it would cut 300 jobs at the plant this year",
                "the company said it would cut 500 jobs at the plant this year",
                "indirect",
                same
            ),
            Verdict::Conflict
        );
    }

    #[test]
    fn a_described_speaker_is_no_other_speaker_even_beside_a_spokesperson() {
        let text = "We will not stand by while families are torn apart this season";
        let mut named = info(1, 1, "direct", text, Some("Xochitl Hinojosa"));
        named.role = Some("a spokeswoman for Hillary Clinton's presidential campaign".into());
        let mut described = info(2, 2, "direct", text, Some("Hillary Clinton"));
        described.mention = Some("A spokeswoman for Hillary Clinton".into());
        assert_eq!(assess(&[&named, &described]).verdict, Verdict::Agree);
        // Named by the copy itself, the office and its spokeswoman are told apart.
        let by_name = info(3, 3, "direct", text, Some("Hillary Clinton"));
        let a = assess(&[&named, &by_name]);
        assert_eq!(a.verdict, Verdict::Attribution);
        assert!(
            a.differences[0].contains("its spokesperson"),
            "{:?}",
            a.differences
        );
    }

    #[test]
    fn an_office_named_with_its_article_and_its_press_secretary_are_told_apart() {
        let text = "The mayor welcomes the release of the three workers and thanks the council";
        let mut office = info(1, 1, "direct", text, Some("Town Hall"));
        office.mention = Some("the Town Hall".into());
        // The role stands in the mention, not apart from it.
        let mut aide = info(2, 2, "direct", &text[10..], Some("Ann Lee"));
        aide.mention = Some("Town Hall Press Secretary Ann Lee".into());
        assert!(super::super::copies::copies(&aide, &office).is_some());
        let a = assess(&[&office, &aide]);
        assert_eq!(a.verdict, Verdict::Attribution);
        assert!(
            a.differences[0].contains("Ann Lee is its spokesperson"),
            "{:?}",
            a.differences
        );
        // "the Republican" describes; it names nobody.
        let mut described = info(3, 3, "direct", text, Some("Bo Park"));
        described.mention = Some("the Republican".into());
        assert_eq!(assess(&[&office, &described]).verdict, Verdict::Agree);
    }

    #[test]
    fn or_not_and_a_non_prefix_turn_nothing_over() {
        let same = "Ann Lee";
        assert_eq!(
            verdict(
                "We will not argue over whether or not the town should pay its debts",
                "We will not argue over whether the town should pay its debts",
                "direct",
                same
            ),
            Verdict::Reworded
        );
        assert_eq!(
            verdict(
                "there may be a harvest that is not viable this year",
                "there may be a harvest that is non-viable this year",
                "direct",
                same
            ),
            Verdict::Reworded
        );
        // A "not" put in place of nothing still turns the words over.
        assert_eq!(
            verdict(
                "the town should pay its debts on time",
                "the town should not pay its debts on time",
                "direct",
                same
            ),
            Verdict::Conflict
        );
    }

    #[test]
    fn a_negation_lost_with_a_cut_or_a_clause_is_no_conflict() {
        let same = "Ann Lee";
        // Cut at the start: "did not" goes with the cut.
        assert_eq!(
            verdict(
                "I did not see the report before it was released",
                "see the report before it was released",
                "direct",
                same
            ),
            Verdict::Truncated
        );
        // A negation repeated or left unrepeated is a rewording.
        assert_eq!(
            verdict(
                "No president, not me or any of my predecessors, could have done it",
                "No president, not me, not any of my predecessors, could have done it",
                "direct",
                same
            ),
            Verdict::Reworded
        );
        // A dropped clause holding negations is a rewording.
        assert_eq!(
            verdict(
                "Nobody here, not me, not my staff, nobody, knew about the plan",
                "Nobody here knew about the plan",
                "direct",
                same
            ),
            Verdict::Reworded
        );
        // A negation moved, or repeated in a stutter, or "not just" dropped: no contradiction.
        assert_eq!(
            verdict(
                "Any other person would have been charged. And in this nation, not even the president is above the law.",
                "The president is not above the law.",
                "direct",
                same
            ),
            Verdict::Reworded
        );
        assert_eq!(
            verdict(
                "After listening for 10 minutes, I realized that not — it's not so easy",
                "After listening for 10 minutes, I realized it's not so easy",
                "direct",
                same
            ),
            Verdict::Reworded
        );
        assert_eq!(
            verdict(
                "anyone who comes after me, not just me, will find themselves in a bind",
                "anyone who comes after me will find themselves in a bind",
                "direct",
                same
            ),
            Verdict::Reworded
        );
        // A negation put in: a contradiction.
        assert_eq!(
            verdict(
                "The company has paid every tax it owes this year",
                "The company has not paid every tax it owes this year",
                "direct",
                same
            ),
            Verdict::Conflict
        );
        assert_eq!(
            verdict(
                "We did not know about it at all",
                "We didn't know about it at all",
                "direct",
                same
            ),
            Verdict::Agree
        );
    }

    #[test]
    fn another_speaker_counts_only_when_both_copies_name_theirs() {
        let x = info(1, 1, "direct", "This is beyond reproach", Some("Ann Lee"));
        let mut y = info(2, 2, "direct", "This is beyond reproach", Some("Bo Park"));
        assert_eq!(assess(&[&x, &y]).verdict, Verdict::Attribution);
        // "he said": the speaker was found through a pronoun.
        y.mention = Some("he".into());
        assert_eq!(assess(&[&x, &y]).verdict, Verdict::Agree);
        // "Park's claim", "according to Park": no verb of saying by a name.
        y.mention = Some("Park's".into());
        assert_eq!(assess(&[&x, &y]).verdict, Verdict::Agree);
        y.mention = Some("Park".into());
        y.cue = Some("according to".into());
        assert_eq!(assess(&[&x, &y]).verdict, Verdict::Agree);
        y.cue = Some("said".into());
        assert_eq!(assess(&[&x, &y]).verdict, Verdict::Attribution);
        // "Mr. Lee said" resolved to another Lee by extraction: the names written are one.
        y.mention = Some("Mr. Lee".into());
        y.speaker = Some(Speaker {
            id: 7,
            name: "Bo Lee".into(),
        });
        assert_eq!(assess(&[&x, &y]).verdict, Verdict::Agree);
    }

    #[test]
    fn a_speaker_read_from_the_quoted_words_is_no_other_speaker() {
        let full = "That is not what I heard Director Comey say. Director Comey said that my answers were truthful and consistent";
        let root = info(1, 1, "direct", full, Some("Hillary Clinton"));
        // "Clinton claimed that Mr. Comey said 'my answers were truthful ...'"
        let mut copy = info(
            2,
            2,
            "direct",
            "my answers were truthful and consistent",
            Some("James Comey"),
        );
        copy.mention = Some("Mr. Comey".into());
        assert_eq!(assess(&[&root, &copy]).verdict, Verdict::Truncated);
        // Someone the words do not name is another speaker.
        let other = info(
            3,
            3,
            "direct",
            "my answers were truthful and consistent",
            Some("Bo Park"),
        );
        assert_eq!(assess(&[&root, &other]).verdict, Verdict::Attribution);
    }

    #[test]
    fn a_day_or_decade_written_otherwise_is_no_other_number() {
        let v = |a: &str, b: &str| verdict(a, b, "direct", "Ann Lee");
        let held = |day: &str| format!("the vote will be held on {day} in the House");
        assert_eq!(v(&held("Friday"), &held("April 24")), Verdict::Reworded);
        assert_eq!(v(&held("Friday"), &held("Saturday")), Verdict::Conflict);
        assert_eq!(
            v(&held("Friday, April 24"), &held("April 25")),
            Verdict::Conflict
        );
        let since = |d: &str| format!("since the {d} we have fought this");
        assert_eq!(v(&since("'80s"), &since("1980s")), Verdict::Agree);
        assert_eq!(v(&since("1980s"), &since("1970s")), Verdict::Conflict);
        let after = |d: &str| format!("after {d} we were one nation");
        assert_eq!(v(&after("9/11"), &after("September 11")), Verdict::Agree);
        assert_eq!(
            v(&after("9/11"), &after("September 11, 2001,")),
            Verdict::Reworded
        );
        assert_eq!(v(&after("9/11"), &after("September 12")), Verdict::Conflict);
    }

    #[test]
    fn a_mistyped_word_is_no_negation_turned_over() {
        let v = |a: &str, b: &str| verdict(a, b, "direct", "Ann Lee");
        assert_eq!(
            v(
                "there is noting we can do about it now",
                "there is nothing we can do about it now"
            ),
            Verdict::Reworded
        );
        assert_eq!(
            v(
                "I have ever seen such a thing in my life",
                "I have never seen such a thing in my life"
            ),
            Verdict::Conflict
        );
    }

    #[test]
    fn a_number_spelled_otherwise_is_no_change() {
        let same = "Ann Lee";
        let v = |a: &str, b: &str| verdict(a, b, "direct", same);
        assert_eq!(
            v(
                "Biden would do well to read the Second Amendment and revisit it",
                "Biden would do well to read the 2nd Amendment and revisit it"
            ),
            Verdict::Agree
        );
        assert_eq!(
            v(
                "After 3 1/2 years of putting every issue before immigration",
                "After three-and-a-half years of putting every issue before immigration"
            ),
            Verdict::Agree
        );
        assert_eq!(
            v(
                "After 3 1/2 years of putting every issue before immigration",
                "After 4 1/2 years of putting every issue before immigration"
            ),
            Verdict::Conflict
        );
        assert_eq!(
            v(
                "it is 1:00 o'clock in the morning",
                "it is one o'clock in the morning"
            ),
            Verdict::Agree
        );
        assert_eq!(
            v(
                "polls show that 70% of voters agree",
                "polls show that 70 percent of voters agree"
            ),
            Verdict::Agree
        );
        assert_eq!(
            v(
                "over the last twenty years, I have paid a few",
                "over the last 20 years, I have paid a few"
            ),
            Verdict::Agree
        );
        assert_eq!(
            v(
                "and Mexico will pay for it, 100%. They don't know it",
                "and Mexico will pay for it, one hundred percent. They don't know it"
            ),
            Verdict::Agree
        );
        assert_eq!(
            v(
                "there were twenty five people in the room",
                "there were 25 people in the room"
            ),
            Verdict::Agree
        );
        assert_eq!(
            v(
                "there were twenty five people in the room",
                "there were 26 people in the room"
            ),
            Verdict::Conflict
        );
        // The same number with another word is a rewording, another number a conflict.
        assert_eq!(
            v(
                "we will take your AR-15s and more",
                "we will take your AR-15 and more"
            ),
            Verdict::Reworded
        );
        assert_eq!(
            v(
                "we found 33,000 emails in the files",
                "we found 30,000 emails in the files"
            ),
            Verdict::Conflict
        );
        assert_eq!(
            v(
                "Hell yes, we will take your AR-15, your AK-47",
                "Hell yes, we will take your AR-15s"
            ),
            Verdict::Reworded
        );
    }

    #[test]
    fn a_word_written_apart_or_together_is_no_change() {
        for (a, b) in [
            (
                "This Russian connection non-sense is merely an attempt to cover-up the mistakes",
                "This Russian connection nonsense is merely an attempt to cover up the mistakes",
            ),
            (
                "Great move on delay (by V.Putin)—I always knew he was very smart",
                "Great move on delay (by V. Putin) - I always knew he was very smart",
            ),
        ] {
            assert_eq!(
                verdict(a, b, "direct", "Ann Lee"),
                Verdict::Agree,
                "{a} / {b}"
            );
        }
        assert_eq!(
            verdict(
                "we will hold the line on taxes every year",
                "we will hold the line on tax every year",
                "direct",
                "Ann Lee"
            ),
            Verdict::Reworded
        );
    }

    #[test]
    fn spelling_is_no_number_change() {
        assert_eq!(
            verdict(
                "she teaches a fifth-grade class in town",
                "she teaches a fifth grade class in town",
                "direct",
                "Ann Lee"
            ),
            Verdict::Agree
        );
    }

    #[test]
    fn an_omitted_venue_is_a_note() {
        let mut x = info(1, 1, "direct", "This is beyond reproach", Some("Ann Lee"));
        let mut y = info(2, 2, "direct", "This is beyond reproach", Some("Ann Lee"));
        x.venue = Some("in an interview with Reuters on Monday".into());
        y.venue = Some("in a an interview".into());
        let a = assess(&[&x, &y]);
        assert_eq!(a.verdict, Verdict::Agree);
        assert_eq!(a.notes.len(), 1, "{:?}", a.notes);
        y.venue = Some("told reporters on Tuesday".into());
        assert_eq!(assess(&[&x, &y]).verdict, Verdict::Detail);
    }

    #[test]
    fn audiences_told_apart_from_the_cue_contradict_even_when_the_fullest_says_none() {
        let x = info(
            1,
            1,
            "direct",
            "We will turn him into Bill Cosby",
            Some("Steve Bannon"),
        );
        let mut y = info(
            2,
            2,
            "direct",
            "We will turn him into Bill Cosby",
            Some("Steve Bannon"),
        );
        let mut z = info(
            3,
            3,
            "direct",
            "We will turn him into Bill Cosby",
            Some("Steve Bannon"),
        );
        (y.cue, y.venue) = (Some("told".into()), Some("Trump staffers".into()));
        (z.cue, z.venue) = (Some("told".into()), Some("Bloomberg News this week".into()));
        assert_eq!(assess(&[&x, &y]).verdict, Verdict::Agree);
        assert_eq!(assess(&[&x, &y, &z]).verdict, Verdict::Detail);
        // "told him" names nobody.
        z.venue = Some("him".into());
        assert_eq!(assess(&[&x, &y, &z]).verdict, Verdict::Agree);
    }
}
