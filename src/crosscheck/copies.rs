//! When one statement is a copy of another's utterance, and which of two copies is the fuller.
//!
//! A group is an utterance: its fullest copy (the root) and every statement that copies the
//! root itself. Nothing joins a group through another member, so a shared stock phrase cannot
//! chain unrelated quotes together.

use std::cmp::Ordering;

use super::align::{diff, overlap, shared_positions, Overlap};
use super::normalize::{common, quotation_inside, quotations_within, words, Word};
use super::speakers::{
    identified, may_be_apart, named_apart, named_by_copy, relation, speaks_for, Relation,
};
use super::stock::all_stock;
use super::summary::Summary;
use super::verdict::tell_otherwise;
use super::Info;

/// A fragment shorter than this never joins a group: "I don't think" is said by everyone.
pub(super) const MIN_SHARED_WORDS: usize = 5;
/// A quotation copies another when this share of its words stand in the other, in order.
pub(super) const MIN_COVERAGE: f64 = 0.8;
/// ... and those words are not scattered: shared words per word of the span they cover.
const MIN_DENSITY: f64 = 0.75;
/// Copies given to different speakers are one utterance only when each covers the other nearly
/// whole: the copy inside the fullest copy, and most of the fullest copy in the copy (another
/// outlet may add a clause). A slogan inside someone else's speech is not a copy of it.
const MIN_COVERAGE_OTHER_SPEAKER: f64 = 0.9;
const MIN_ROOT_COVERAGE_OTHER_SPEAKER: f64 = 0.7;
/// When only one of the copies names its speaker itself (the other's was found through "he" or
/// "the company", which extraction may resolve wrongly), a part of the other copy is still a
/// copy when it is whole inside it and long enough not to be a stock phrase.
const MIN_SHARED_WORDS_ONE_NAMED: usize = 8;
/// Words two copies give to two named people, neither speaking for the other, are one
/// utterance only when they share at least this many: shorter sentences are said by many.
const MIN_SHARED_WORDS_TWO_NAMES: usize = 10;
/// ... and a reworded copy is one when it shares this many words in order, nearly unbroken:
/// a sentence that long is no stock phrase, whoever "he" was taken to be. A line modelled on
/// another ("The way to stop discrimination on the basis of race is to speak openly ...")
/// replaces a run of words instead.
const MIN_SHARED_WORDS_ONE_NAMED_REWORDED: usize = 15;
const MIN_DENSITY_REWORDED: f64 = 0.9;
/// Reported speech is a paraphrase: it copies another when this share of the content stems
/// of each appear in the other, and at least this many: claims about one topic share a few
/// of its words ("hacked ... emails", "increase access to higher education", "Make America
/// Great Again"), and four are a topic, not one claim.
pub(super) const MIN_STEM_COVERAGE: f64 = 0.5;
pub(super) const MIN_SHARED_STEMS: usize = 5;
/// Outlets carry an utterance while it is news. Words found again in an article published more
/// than this many days apart, which the copies give to two people (each naming its own, or one
/// naming and the other describing: "a senior Republican operative"), are a phrase said again
/// ("I've never seen anything like this"), not an old line quoted again: that keeps its
/// speaker's name, or loses it (an unknown speaker says nothing).
const MAX_DAYS_APART_NOT_SAME_SPEAKER: i64 = 365;

/// How well `copy` matches the `root` it copies: better matches win when a statement copies
/// several roots.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    pub relation: Relation,
    /// Share of the copy's words found in the root.
    pub coverage: f64,
    /// Share of the root's words found in the copy.
    pub root_coverage: f64,
}

impl Match {
    /// Orders matches: the same speaker first, then the copy more fully inside, then the root
    /// more fully covered.
    pub fn cmp(&self, other: &Match) -> Ordering {
        (self.relation.rank())
            .cmp(&other.relation.rank())
            .then(self.coverage.total_cmp(&other.coverage))
            .then(self.root_coverage.total_cmp(&other.root_coverage))
    }
}

/// Whether `copy` copies the utterance whose fullest known copy is `root`.
pub fn copies(copy: &Info, root: &Info) -> Option<Match> {
    // The tests on hashes first, the ones the index runs on its summaries: which kinds compare
    // (quotations word by word, reported speech by content, within one article only a part
    // of a fuller quotation), and whether enough words or stems are shared at all.
    if !Summary::may_copy(&copy.summary, &root.summary) {
        return None;
    }
    let as_quotes = copy.is_quote() && root.is_quote();
    if !as_quotes && days_apart(copy, root) > Some(MAX_DAYS_APART_REPORTED) {
        return None;
    }
    // The candidate index offers a root only to a copy sharing this many keys with it: a copy
    // is never one that the index could not have found.
    if common(&copy.keys, &root.keys) < keys_needed(copy) {
        return None;
    }
    // Whether the shared words stand nearly unbroken in the root: a word changed here and
    // there, not a run of words replaced.
    let mut unbroken = false;
    // Whether the shared words stand in the root as one run, nothing between them.
    let mut one_run = false;
    let (shared, coverage, root_coverage) = if as_quotes {
        let o = overlap(&diff(&root.words, &copy.words));
        let dense = o.is_dense(MIN_DENSITY);
        unbroken = o.is_dense(MIN_DENSITY_REWORDED);
        let across = shared_across_ellipses(copy, root);
        let shared = if holds_copy(&o, copy) {
            o.shared.max(across.unwrap_or(0))
        } else {
            across.or(dense.then_some(o.shared))?
        };
        // Words a copy leaves out behind its own ellipsis ("protests ... rooted in an internet
        // video") do not break its run.
        one_run = o.span == o.shared || across.is_some();
        (
            shared,
            shared as f64 / copy.words.len() as f64,
            shared as f64 / root.words.len() as f64,
        )
    } else {
        let (mine, theirs) = (&copy.summary.stem_bag, &root.summary.stem_bag);
        let shared = common(mine, theirs);
        (
            shared + MIN_SHARED_WORDS,
            shared as f64 / mine.len() as f64,
            shared as f64 / theirs.len() as f64,
        )
    };
    let at_least = if as_quotes {
        coverage >= MIN_COVERAGE
    } else {
        coverage >= MIN_STEM_COVERAGE && root_coverage >= MIN_STEM_COVERAGE
    };
    if shared < MIN_SHARED_WORDS || !at_least {
        return None;
    }
    // A few words alike are said by many ("I don't believe in firewalls" and "I do not believe
    // in my lifetime ...", "It's a big deal" and "It's not a big deal for me"): a copy this
    // short is a fragment of the root only when it stands there whole, in one run.
    if as_quotes
        && shared < MIN_SHARED_WORDS_ONE_NAMED
        && !(one_run && coverage >= MIN_COVERAGE_OTHER_SPEAKER)
    {
        return None;
    }
    // Speakers are compared only now: most candidates fail on their words, more cheaply.
    let relation = relation(&copy.speaker, &root.speaker);
    // A reported claim told by another source with another figure, or turned the other way,
    // is another claim: a copy that loses its speaker keeps its figures. So is a short line
    // that another source turns over ("the press is not the enemy of the people"): it answers.
    let answers = if as_quotes {
        shared < MIN_SHARED_WORDS_TWO_NAMES
    } else {
        true
    };
    // A short line whose every three words in a row many people say ("a step in the right
    // direction", "the right thing to do", "That's not the case") is a stock phrase: one
    // utterance with the root only when both give it to one speaker. A line quoted again keeps
    // words few say ("the era of big government is over", "What difference, at this point,
    // does it make?"), whoever the copies name.
    if as_quotes
        && shared < MIN_SHARED_WORDS_TWO_NAMES
        && relation != Relation::Same
        && all_stock(&copy.words)
    {
        return None;
    }
    let days = days_apart(copy, root);
    // An unnamed source's figure told again within days is the same figure mis-told; a week
    // on, or on a day not known, it may be a new figure.
    let other_source = relation == Relation::Different
        || relation == Relation::Unknown && days.is_none_or(|d| d > MAX_DAYS_SAME_FIGURE);
    if answers && other_source && tell_otherwise(root.words_against(copy), copy.words_against(root))
    {
        return None;
    }
    if relation != Relation::Same
        && days > Some(MAX_DAYS_APART_NOT_SAME_SPEAKER)
        && given_to_two_people(copy, root)
    {
        return None;
    }
    // An office and its spokesperson are different speakers, but one may speak for the other;
    // two speakers that neither copy names itself may be extraction's mistake.
    let strangers = relation == Relation::Different
        && may_be_apart(copy, root)
        && speaks_for(copy, root).is_none()
        && speaks_for(root, copy).is_none();
    // A short sentence under two people's names is a phrase each of them said ("This is the
    // new normal", "Help is on the way"), however whole it stands in the other.
    if as_quotes && strangers && named_apart(copy, root) && shared < MIN_SHARED_WORDS_TWO_NAMES {
        return None;
    }
    let enough = shared >= MIN_SHARED_WORDS
        && if as_quotes {
            let near_whole = coverage >= MIN_COVERAGE_OTHER_SPEAKER;
            !strangers && coverage >= MIN_COVERAGE
                || near_whole && root_coverage >= MIN_ROOT_COVERAGE_OTHER_SPEAKER
                || !named_apart(copy, root)
                    && (near_whole && shared >= MIN_SHARED_WORDS_ONE_NAMED
                        || unbroken && shared >= MIN_SHARED_WORDS_ONE_NAMED_REWORDED)
        } else {
            // Reported speech has no cut copies: both tell the same claim, at like length.
            let wanted = if strangers {
                MIN_COVERAGE_OTHER_SPEAKER
            } else {
                MIN_STEM_COVERAGE
            };
            coverage >= wanted && root_coverage >= wanted
        };
    (enough && !(as_quotes && quotes_a_quotation_within(copy, root))).then_some(Match {
        relation,
        coverage,
        root_coverage,
    })
}

/// Reported speech is told again, with new figures, in later stories ("has killed more than
/// 70,000 Americans", ten days on "88,000"; a jobs report each month): the same words told
/// this far apart are two claims. Quotations are carried for years, so they are not.
const MAX_DAYS_APART_REPORTED: i64 = 7;

/// Days within which an unnamed source's other figure is the same figure mis-told.
const MAX_DAYS_SAME_FIGURE: i64 = 2;

/// Days between the two copies' articles, when both dates are known.
fn days_apart(a: &Info, b: &Info) -> Option<i64> {
    let span = a.published?.until(b.published?).ok()?;
    Some(i64::from(span.get_days()).abs())
}

/// A description that brings in someone new ("one Trump voter", "a senior Republican
/// operative"), unlike one that points back to someone named before ("the Republican").
const INDEFINITE: &[&str] = &[
    "a", "an", "one", "another", "some", "several", "two", "three", "many",
];

/// Whether the copies themselves give the words to two people: each names its own, or one
/// names its speaker and the other brings in someone new by a description ("one Trump voter"),
/// not by a pronoun, a description pointing back ("the Republican", which may be the named one)
/// nor one naming the named speaker ("one of Trump's campaign promises" may be Trump's own).
fn given_to_two_people(a: &Info, b: &Info) -> bool {
    let describes_another = |m: &Info, named: &Info| {
        let surname = named
            .speaker
            .as_ref()
            .and_then(|s| words(&s.name).pop())
            .map(|w| w.norm);
        m.mention.as_deref().is_some_and(|x| {
            let first = x.split_whitespace().next().unwrap_or("").to_lowercase();
            INDEFINITE.contains(&first.as_str())
                && !identified(x)
                && !words(x).iter().any(|w| {
                    // "Trump" or "Trump's" ("trumps" as compared).
                    surname.as_ref().is_some_and(|s| {
                        w.norm.strip_suffix('s').unwrap_or(&w.norm) == s || w.norm == *s
                    })
                })
        })
    };
    named_apart(a, b)
        || named_by_copy(a) && describes_another(b, a)
        || named_by_copy(b) && describes_another(a, b)
}

/// Whether the words an alignment shares sit densely and make most of `copy`: the aligned
/// words hold it in one piece.
fn holds_copy(o: &Overlap, copy: &Info) -> bool {
    o.is_dense(MIN_DENSITY) && o.shared as f64 >= MIN_COVERAGE * copy.words.len() as f64
}

/// Whether `copy`'s words are a quotation that `root` itself quotes (a statement that cites
/// "his pledge that ‘If you like your plan, you can keep it’"): they copy whoever said those
/// words, not `root`'s speaker.
fn quotes_a_quotation_within(copy: &Info, root: &Info) -> bool {
    if root.is_reported() {
        // Reported speech is compared by the quotation it holds, which is its words on record.
        return false;
    }
    quotations_within(&root.text).any(|inner| {
        let inner = words(inner);
        if inner.len() >= root.words.len() {
            return false;
        }
        let o = overlap(&diff(&inner, &copy.words));
        holds_copy(&o, copy)
    })
}

/// How many index keys a statement must share with a statement it copies: most of a
/// quotation's word pairs survive in its utterance (a changed word costs two); reported speech
/// (quoting or not) is reworded freely, but a copy of the same claim keeps two pairs of its
/// content words (one pair alone, "Trump campaign", is shared by thousands of claims).
pub fn keys_needed(copy: &Info) -> usize {
    keys_needed_of(copy.keys.len(), copy.is_reported())
}

/// Every copy shares at least this many index keys with what it copies (and a statement with
/// fewer keys is never indexed): one shared word pair is every other statement's lot.
pub const MIN_SHARED_KEYS: usize = 2;

/// `keys_needed` of a statement with `keys` keys, reported speech or not.
pub fn keys_needed_of(keys: usize, reported: bool) -> usize {
    if reported {
        MIN_SHARED_KEYS
    } else {
        (keys / 2).max(MIN_SHARED_KEYS)
    }
}

/// Words a copy that marks dropped words with an ellipsis ("their best … They're bringing
/// drugs") shares with the root, each run between ellipses aligned on its own, densely, and
/// the runs in the root's order; None when the copy has no ellipsis or a run does not fit.
fn shared_across_ellipses(copy: &Info, root: &Info) -> Option<usize> {
    let quoted = if copy.is_reported() {
        quotation_inside(&copy.text)?
    } else {
        &copy.text
    };
    // Every candidate a quotation meets comes here: most have no ellipsis to split on.
    if !quoted.contains(['…']) && !quoted.contains("...") && !quoted.contains(". . .") {
        return None;
    }
    let runs: Vec<Vec<Word>> = quoted
        .split(['…'])
        .flat_map(|part| part.split("..."))
        .flat_map(|part| part.split(". . ."))
        .map(words)
        .filter(|run| !run.is_empty())
        .collect();
    if runs.len() < 2 {
        return None;
    }
    let mut shared = 0;
    let mut after = 0;
    for run in &runs {
        let ops = diff(&root.words[after..], run);
        let o = overlap(&ops);
        if !o.is_dense(MIN_DENSITY) {
            return None;
        }
        let last = shared_positions(&ops).next_back()?;
        after += last + 1;
        shared += o.shared;
    }
    Some(shared)
}

/// The part of `Info::order_key` after the words: the article's identity, then the statement's
/// start inverted, so that of two equal copies in one article the earlier ranks fuller and
/// stands for the article (where it introduces the quote, usually with its speaker).
pub fn tie_key(article_key: &str, start: i64) -> String {
    format!("\u{0}{article_key}\u{0}{:010}", 9_999_999_999 - start)
}

/// Which of two statements is the fuller copy: more words first; ties broken by their words,
/// their article's identity and then the earlier place in it, never by ids, so the result does
/// not depend on the order in which articles arrived.
pub fn fuller(a: &Info, b: &Info) -> Ordering {
    a.words
        .len()
        .cmp(&b.words.len())
        .then_with(|| a.order_key.cmp(&b.order_key))
}

#[cfg(test)]
mod tests {
    use super::super::tests::info;
    use super::*;

    #[test]
    fn a_fragment_of_five_words_copies_its_utterance() {
        let root = info(
            1,
            1,
            "direct",
            "A storm like this country has never seen before, believe me",
            Some("Trump"),
        );
        let copy = info(
            2,
            2,
            "direct",
            "a storm like this country has never seen",
            Some("Trump"),
        );
        assert!(copies(&copy, &root).is_some());
        let short = info(3, 3, "direct", "I don't think", Some("Trump"));
        assert!(copies(&short, &root).is_none());
    }

    #[test]
    fn a_reported_claim_with_another_figure_from_another_source_is_another_claim() {
        // The first copies on one day, the others a week on.
        let day = |id: i64| {
            if [1, 5, 8].contains(&id) {
                "2020-04-29"
            } else {
                "2020-05-06"
            }
        };
        let dated = |mut i: Info| {
            i.published = Some(day(i.id).parse().unwrap());
            i
        };
        let told = |id: i64, text: &str, speaker: Option<&str>| {
            dated(info(id, id, "indirect", text, speaker))
        };
        let root = told(
            1,
            "the virus has infected more than 3.1 million people worldwide and killed over 200,000",
            Some("Ann Lee"),
        );
        let other =
            "the virus has infected more than 3.6 million people worldwide and killed over 200,000";
        assert!(copies(&told(2, other, None), &root).is_none());
        assert!(copies(&told(3, other, Some("Bo Park")), &root).is_none());
        // Under one speaker it is one claim told with two figures: a conflict to show.
        assert!(copies(&told(4, other, Some("Ann Lee")), &root).is_some());
        let enemy = told(
            5,
            "the free press is the enemy of the American people",
            Some("Ann Lee"),
        );
        let not_enemy = "the free press is not the enemy of the American people";
        assert!(copies(&told(6, not_enemy, None), &enemy).is_none());
        assert!(copies(&told(7, not_enemy, Some("Ann Lee")), &enemy).is_some());
        // A short quoted line turned over by someone else answers it.
        let quoted = |id: i64, text: &str, speaker: Option<&str>| {
            dated(info(id, id, "direct", text, speaker))
        };
        let line = quoted(
            8,
            "the press is the enemy of the American people",
            Some("Ann Lee"),
        );
        let answer = "the press is not the enemy of the American people";
        assert!(copies(&quoted(9, answer, None), &line).is_none());
        assert!(copies(&quoted(10, answer, Some("Ann Lee")), &line).is_some());
        // Within days, an unnamed source's other figure is the figure mis-told.
        let mut same_day = told(11, other, None);
        same_day.published = root.published;
        assert!(copies(&same_day, &root).is_some());
    }

    #[test]
    fn words_said_again_years_later_copy_only_under_the_same_speaker() {
        let dated = |id: i64, text: &str, speaker: Option<&str>, day: &str| {
            let mut i = info(id, id, "direct", text, speaker);
            i.published = Some(day.parse().unwrap());
            i
        };
        let root = dated(
            1,
            "I have never seen a storm like this in my life",
            Some("Ann Lee"),
            "2016-09-19",
        );
        let later = |speaker, day| dated(2, "I have never seen a storm like this", speaker, day);
        let described = |day| {
            let mut d = later(None, day);
            d.mention = Some("a senior Republican operative".into());
            d
        };
        assert!(copies(&later(Some("Bo Park"), "2020-03-09"), &root).is_none());
        assert!(copies(&described("2020-03-09"), &root).is_none());
        // The same person, an unknown speaker, or within the year: an old line quoted again.
        assert!(copies(&later(Some("Ann Lee"), "2020-03-09"), &root).is_some());
        assert!(copies(&later(None, "2020-03-09"), &root).is_some());
        assert!(copies(&described("2016-10-01"), &root).is_some());
        // Within the year, seven words under another name are still a phrase each said.
        assert!(copies(&later(Some("Bo Park"), "2016-10-01"), &root).is_none());
        let theirs = |day| {
            let mut d = later(None, day);
            d.mention = Some("one of Lee's campaign promises".into());
            d
        };
        assert!(copies(&theirs("2020-03-09"), &root).is_some());
        let back = |day| {
            let mut d = later(None, day);
            d.mention = Some("The veteran".into());
            d
        };
        assert!(copies(&back("2020-03-09"), &root).is_some());
    }

    #[test]
    fn reported_claims_sharing_a_topic_are_two_claims() {
        let told = |id: i64, text: &str| info(id, id, "indirect", text, None);
        let law = told(
            1,
            "to reduce college costs and increase access to higher education",
        );
        let scholarship = told(
            2,
            "the New Mexico Opportunity Scholarship will increase access to higher education",
        );
        assert!(copies(&scholarship, &law).is_none() && copies(&law, &scholarship).is_none());
        let again = told(
            3,
            "to cut college costs and increase access to higher education",
        );
        assert!(copies(&again, &law).is_some());
    }

    #[test]
    fn a_name_or_a_title_is_no_copy() {
        let root = info(1, 1, "direct", "The administration has made responding to the genocide committed by the so-called Islamic State of Iraq and Syria a top priority", Some("Ann Lee"));
        let name = info(2, 2, "direct", "Islamic State of Iraq and Syria.", None);
        assert!(copies(&name, &root).is_none());
        // Reported speech that quotes only a show's title is compared by its content.
        let told = |id: i64, text: &str| info(id, id, "indirect", text, None);
        let a = told(3, "anchor of CNN's \"The Lead with Jake Tapper,\" that Obama shared with the executives that reforms will be announced in January");
        let b = told(4, "\"The Lead with Jake Tapper\" that the teenager was walking with the aid of a nurse when he went to see the youngster");
        assert!(copies(&b, &a).is_none() && copies(&a, &b).is_none());
    }

    #[test]
    fn words_a_statement_quotes_inside_itself_are_no_copy_of_it() {
        let statement = info(1, 1, "direct", "Maybe he will address the families who lost their coverage despite his pledge that ‘If you like your health care plan, you can keep it.’ Whatever the case, we will not relent", Some("Diane Black"));
        let pledge = info(
            2,
            2,
            "direct",
            "If you like your health care plan, you can keep it",
            None,
        );
        assert!(copies(&pledge, &statement).is_none());
        let part = info(
            3,
            3,
            "direct",
            "Maybe he will address the families who lost their coverage",
            None,
        );
        assert!(copies(&part, &statement).is_some());
    }

    #[test]
    fn a_short_sentence_under_two_names_is_no_copy() {
        let root = info(1, 1, "direct", "Help is on the way", Some("Ann Lee"));
        let other = info(2, 2, "direct", "Help is on the way.", Some("Bo Park"));
        assert!(copies(&other, &root).is_none());
        let same = info(3, 3, "direct", "Help is on the way.", Some("Ann Lee"));
        assert!(copies(&same, &root).is_some());
        // Ten words and more under another name still copy (the verdict says attribution).
        let long = "Help is on the way for every family in this state";
        let root = info(4, 4, "direct", long, Some("Ann Lee"));
        let other = info(5, 5, "direct", long, Some("Bo Park"));
        assert!(copies(&other, &root).is_some());
    }

    #[test]
    fn a_stock_phrase_copies_only_under_one_speaker() {
        // Every three words in a row said by many: a phrase each source said.
        let root = info(1, 1, "partial", "a step in the right direction", None);
        let named = info(
            2,
            2,
            "partial",
            "a step in the right direction.",
            Some("Ann Lee"),
        );
        assert!(copies(&named, &root).is_none());
        let root = info(
            3,
            3,
            "partial",
            "a step in the right direction",
            Some("Ann Lee"),
        );
        assert!(copies(&named, &root).is_some());
        // A line quoted again keeps words few people say, whoever the copies name.
        let root = info(4, 4, "direct", "the era of big government is over", None);
        let named = info(
            5,
            5,
            "partial",
            "the era of big government is over",
            Some("Bo Park"),
        );
        assert!(copies(&named, &root).is_some());
    }

    #[test]
    fn a_slogan_in_someone_elses_speech_is_no_copy() {
        let speech = info(1, 1, "direct", "We will build a future that works for every family, not just the few at the top, and we start today", Some("Ann Lee"));
        let slogan = info(
            2,
            2,
            "direct",
            "a future that works for every family, not just the few at the top",
            Some("Bo Park"),
        );
        assert!(copies(&slogan, &speech).is_none());
        let same_speaker = info(
            3,
            3,
            "direct",
            "a future that works for every family, not just the few at the top",
            Some("Ann Lee"),
        );
        assert!(copies(&same_speaker, &speech).is_some());
    }

    #[test]
    fn a_few_words_alike_are_no_copy_unless_they_stand_whole_in_one_run() {
        let speech = info(
            4,
            4,
            "direct",
            "I do not believe in my lifetime anybody has run for this job who was better qualified",
            Some("Hillary Clinton"),
        );
        let mut aide = info(
            5,
            5,
            "direct",
            "I don't believe in firewalls",
            Some("Marlon Marshall"),
        );
        aide.known_role = Some("Clinton's director of state campaigns".into());
        assert!(copies(&aide, &speech).is_none());
        let claim = info(
            8,
            8,
            "direct",
            "It's not a big deal for me, and I can do it",
            Some("Ann Lee"),
        );
        let other = info(9, 9, "direct", "It's a big deal", Some("Ann Lee"));
        assert!(copies(&other, &claim).is_none());
        // A spokeswoman carries a few of her office's words whole.
        let office = info(
            6,
            6,
            "direct",
            "The group will fully cooperate with the inquiry and has nothing to hide",
            Some("Harwick Group"),
        );
        let mut part = info(
            7,
            7,
            "direct",
            "will fully cooperate with the inquiry",
            Some("Jo Lind"),
        );
        part.role = Some("a spokeswoman for the Harwick Group".into());
        assert!(copies(&part, &office).is_some());
    }

    #[test]
    fn a_short_copy_may_leave_words_out_behind_its_own_ellipsis() {
        let email = info(1, 1, "direct", "To underscore that these protests are rooted in an internet video and not a broader failure", Some("Ben Rhodes"));
        let marked = info(
            2,
            2,
            "direct",
            "protests ... rooted in an internet video",
            Some("Ben Rhodes"),
        );
        assert!(copies(&marked, &email).is_some());
        let unmarked = info(
            3,
            3,
            "direct",
            "protests rooted in an internet video",
            Some("Ben Rhodes"),
        );
        assert!(copies(&unmarked, &email).is_none());
    }

    #[test]
    fn reported_speech_told_days_apart_is_two_claims() {
        let text = "the virus has killed more than 70,000 Americans and crippled the economy";
        let mut first = info(1, 1, "indirect", text, Some("Johns Hopkins University"));
        let mut later = info(2, 2, "indirect", text, Some("Johns Hopkins University"));
        first.published = "2020-05-06".parse().ok();
        later.published = "2020-05-08".parse().ok();
        assert!(copies(&later, &first).is_some());
        later.published = "2020-05-16".parse().ok();
        assert!(copies(&later, &first).is_none());
        // Quotations are carried for years.
        let mut quote = info(3, 3, "direct", text, Some("Johns Hopkins University"));
        let mut again = info(4, 4, "direct", text, Some("Johns Hopkins University"));
        quote.published = "2020-05-06".parse().ok();
        again.published = "2022-05-06".parse().ok();
        assert!(copies(&again, &quote).is_some());
    }

    #[test]
    fn a_speaker_found_through_a_pronoun_does_not_keep_a_long_part_out() {
        let tweet = "When a country is losing many billions of dollars on trade with virtually every country it does business with, trade wars are good, and easy to win";
        let root = info(1, 1, "direct", tweet, Some("Donald Trump"));
        // Extraction gave the part to the man the article spoke of before ("he posted").
        let mut part = info(
            2,
            2,
            "direct",
            "Trade wars are good and easy to win",
            Some("Tim Phillips"),
        );
        part.mention = Some("he".into());
        assert!(copies(&part, &root).is_some());
        // A stock phrase stays out: too short to be more than a phrase.
        let short = info(
            4,
            4,
            "direct",
            "The stakes could not be higher",
            Some("Ann Lee"),
        );
        let mut other = info(
            5,
            5,
            "direct",
            "He is a threat to our values. The stakes could not be higher for all of us",
            Some("Bo Park"),
        );
        other.mention = Some("he".into());
        assert!(copies(&short, &other).is_none());
        // Each copy naming its own speaker: two people, as before.
        let named = info(
            6,
            6,
            "direct",
            "Trade wars are good and easy to win",
            Some("Tim Phillips"),
        );
        assert!(copies(&named, &root).is_none());
    }

    #[test]
    fn a_long_reworded_copy_under_a_pronoun_speaker_copies() {
        let root = info(1, 1, "direct", "No president, not me or any of my predecessors, could have repaired all the damage in just four years. But conditions are improving, and if you renew the contract you will feel it", Some("Paul Ryan"));
        let mut root = root;
        root.mention = Some("he".into());
        let copy = info(2, 2, "direct", "No president, not me, not any of my predecessors, could have repaired all of the damage he found in just four years", Some("Bill Clinton"));
        assert!(copies(&copy, &root).is_some());
        // A line modelled on another replaces a run of its words: another utterance.
        let mut retort = info(3, 3, "direct", "The way to stop discrimination on the basis of race is to speak openly and candidly on the subject of race, and to apply the Constitution with eyes open", Some("Sonia Sotomayor"));
        retort.mention = Some("she".into());
        let line = info(4, 4, "direct", "The way to stop discrimination on the basis of race is to stop discriminating on the basis of race", Some("John Roberts"));
        assert!(copies(&line, &retort).is_none());
        // Each naming its own speaker: two people.
        root.mention = Some("Paul Ryan".into());
        assert!(copies(&copy, &root).is_none());
    }

    #[test]
    fn scattered_words_are_no_copy() {
        let root = info(
            1,
            1,
            "direct",
            "we will not back down and we will not stop and this fight is ours to win",
            None,
        );
        let copy = info(2, 2, "direct", "we will win this fight", None);
        assert!(copies(&copy, &root).is_none());
    }

    #[test]
    fn a_copy_that_marks_dropped_words_with_an_ellipsis_copies_the_whole() {
        let root = info(1, 1, "direct", "When Mexico sends its people, they are not sending their best. They are not sending you. They are sending people that have lots of problems, and they are bringing those problems with them. They are bringing drugs. They are bringing crime. They are rapists.", Some("Trump"));
        let copy = info(2, 2, "direct", "When Mexico sends its people, they are not sending their best … They are bringing drugs. They are bringing crime. They are rapists.", Some("Trump"));
        assert!(copies(&copy, &root).is_some());
        let out_of_order = info(3, 3, "direct", "They are bringing drugs. They are bringing crime. They are rapists … When Mexico sends its people, they are not sending their best.", Some("Trump"));
        assert!(copies(&out_of_order, &root).is_none());
    }

    #[test]
    fn a_fragment_copies_a_fuller_quotation_of_its_own_article() {
        let a = info(1, 1, "direct", "one two three four five six seven", None);
        let b = info(2, 1, "direct", "two three four five six", None);
        assert!(copies(&b, &a).is_some());
        let reported = info(
            3,
            1,
            "indirect",
            "he said \"two three four five six\"",
            None,
        );
        assert!(
            copies(&reported, &a).is_some(),
            "a part of a longer quotation"
        );
        let whole = info(
            5,
            1,
            "indirect",
            "he said \"one two three four five six seven\"",
            None,
        );
        assert!(
            copies(&whole, &a).is_none(),
            "the same quotation, also found by content"
        );
        let elsewhere = info(
            4,
            2,
            "indirect",
            "he said \"two three four five six\"",
            None,
        );
        assert!(copies(&elsewhere, &a).is_some());
    }
}
