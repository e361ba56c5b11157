//! Cues and the frames they make: a cue ("said", "according to", "was quoted as saying"), the
//! speaker's noun phrase, and where the frame's words lie in its sentence.

use super::lexicon::{
    is_calendar_word, is_statement_noun, Cue, AUXILIARIES, CUES, DETERMINERS, INTENTION_CUES,
    NOT_INFINITIVES, NP_STOP, OBJECT_CUES, ORG_NAME_WORDS, ORG_NOUNS, PERSON_NOUNS, PLAIN,
    PRONOUNS, STANCE_OBJECT_CUES, STATEMENT_NOUN_CUES, THAT_CLAUSE_CUES, VENUE_STARTS,
};
use super::phrases::{
    apposition, is_adverb, is_subject_like, np_backward, np_forward, sentence_subject, QUANTIFIERS,
};
use super::rule::Rule;
use super::speakers::Resolved;
use super::text::{Range, Token, TokenKind};

/// An attribution cue with the speaker it names.
#[derive(Debug, Clone)]
pub(super) struct Frame {
    pub(super) cue_start: usize, // token index
    pub(super) cue_end: usize,
    /// Token range of the speaker's noun phrase (may be empty).
    pub(super) np: (usize, usize),
    pub(super) role_np: Option<(usize, usize)>,
    /// The word the text names the speaker by when it is not `np`: a relative pronoun
    /// ("Sen. Rubio, who mused ..."), whose antecedent `np` is.
    pub(super) relative: Option<(usize, usize)>,
    pub(super) according: bool,
    pub(super) citing_via: Option<(usize, usize)>,
    /// Where the frame's words (speaker, cue, venue) begin and end, as token indices.
    pub(super) span: (usize, usize),
    pub(super) content: Option<Range>,
    pub(super) venue: Option<Range>,
    pub(super) speaker: Resolved,
    pub(super) via: Option<String>,
    /// The reported words after a mid-sentence attribution ("X, sources said, Y").
    pub(super) content_after: Option<Range>,
    /// A byline after a quotation: "“...” ― Adriana Rodarte".
    pub(super) byline: bool,
    /// A sentence that leads into a quotation without a cue ("McConnell delivered a blunt
    /// message: “...”"): it attributes the quotation, and reports nothing itself.
    pub(super) lead_in: bool,
    /// The construction that made this frame.
    pub(super) rule: Rule,
}

impl Frame {
    /// A frame whose cue is tokens `cue`, naming tokens `np`, its words spanning `span`; the
    /// rest is found later (speaker, content) or set by the caller (kind of frame).
    fn new(rule: Rule, cue: (usize, usize), np: (usize, usize), span: (usize, usize)) -> Frame {
        Frame {
            cue_start: cue.0,
            cue_end: cue.1,
            np,
            role_np: None,
            relative: None,
            according: false,
            citing_via: None,
            span,
            content: None,
            venue: None,
            speaker: Resolved::default(),
            via: None,
            content_after: None,
            byline: false,
            lead_in: false,
            rule,
        }
    }
}

pub(super) fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

pub(super) struct Sentence<'a> {
    pub(super) body: &'a str,
    pub(super) toks: &'a [Token],
    /// The paragraph's tokens in lowercase, one after another, computed once per paragraph...
    pub(super) lower: &'a str,
    /// ...and where each of this sentence's tokens starts in it (one more for the end).
    pub(super) lower_at: &'a [usize],
    /// A headline in title case: capitalised cue words count.
    pub(super) title_case: bool,
    /// The article's title or a headline within it: "Trump: I will win" attributes.
    pub(super) headline: bool,
}

impl<'a> Sentence<'a> {
    pub(super) fn w(&self, i: usize) -> &'a str {
        self.toks[i].text(self.body)
    }
    pub(super) fn lw(&self, i: usize) -> &'a str {
        &self.lower[self.lower_at[i]..self.lower_at[i + 1]]
    }
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.toks[i].kind == TokenKind::Word && !self.toks[i].quoted
    }
    pub(super) fn is_punct(&self, i: usize, set: &[&str]) -> bool {
        self.toks[i].kind == TokenKind::Punct && set.contains(&self.w(i))
    }
    /// A quotation mark (including each half of a '' mark).
    pub(super) fn is_mark(&self, i: usize) -> bool {
        self.is_punct(i, &["”", "\"", "“", "»", "«", "„", "'"])
    }
    pub(super) fn range(&self, a: usize, b: usize) -> Range {
        Range::new(self.toks[a].start, self.toks[b - 1].end)
    }
    pub(super) fn words_between(&self, a: usize, b: usize) -> usize {
        (a..b)
            .filter(|&i| self.toks[i].kind == TokenKind::Word)
            .count()
    }
}

fn match_cue(s: &Sentence, i: usize) -> Option<&'static Cue> {
    // A capitalised cue word is a name ("the United States") unless it opens the sentence.
    if i > 0 && !s.title_case && s.w(i).chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    cues_starting_with(s.lw(i))?.iter().copied().find(|c| {
        c.words
            .iter()
            .enumerate()
            .all(|(k, w)| i + k < s.toks.len() && s.is_word(i + k) && s.lw(i + k) == *w)
            && c.complement.is_none_or(|w| complement_holds(s, i, c, w))
            && (!c.object || object_at(s, i + c.words.len()))
    })
}

/// Whether a complement cue at token `i` has its complement `word` after it: a that-clause, or
/// an infinitive; an adjective of intention only after a copula ("Cruz is willing to debate",
/// not "the share willing to invest").
fn complement_holds(s: &Sentence, i: usize, c: &Cue, word: &str) -> bool {
    let after = i + c.words.len();
    if !(after < s.toks.len() && s.is_word(after) && s.lw(after) == word) {
        return false;
    }
    if word != "to" {
        return true;
    }
    let adjective =
        ["willing", "unwilling", "eager", "reluctant", "determined"].contains(&c.words[0]);
    let copula = (i.saturating_sub(3)..i).any(|k| {
        s.is_word(k)
            && [
                "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "seemed",
                "seems", "appears", "appeared", "am", "'s", "’s",
            ]
            .contains(&s.lw(k))
    });
    // "vendors wanting to sell": an -ing form right after a noun describes it.
    let reduced_relative = c.words[0].ends_with("ing")
        && i > 0
        && s.is_word(i - 1)
        && !AUXILIARIES.has(s.lw(i - 1))
        && !is_adverb(s.lw(i - 1));
    infinitive_at(s, after + 1) && (!adjective || copula) && !reduced_relative
}

/// Whether token `k` opens the object of a cue's preposition: a noun phrase or a clause
/// ("talked about the economy", "spoke about how ..."), not a verb, a particle or the sentence's
/// end ("the issue he talked about is ...", "what she spoke about.", "Beijing backed down").
fn object_at(s: &Sentence, k: usize) -> bool {
    k < s.toks.len()
        && (s.toks[k].quoted
            || s.is_word(k)
                && !AUXILIARIES.has(s.lw(k))
                && ![
                    "in",
                    "on",
                    "at",
                    "during",
                    "with",
                    "for",
                    "from",
                    "to",
                    "before",
                    "after",
                    "by",
                    "down",
                    "off",
                    "away",
                    "and",
                    "but",
                    "or",
                    "yesterday",
                    "today",
                    "tonight",
                    "earlier",
                    "later",
                ]
                .contains(&s.lw(k)))
}

/// Whether token `k` can open an infinitive's verb: "declined to comment", not "declined to
/// a low" or "declined to 3 percent".
fn infinitive_at(s: &Sentence, k: usize) -> bool {
    k < s.toks.len()
        && s.is_word(k)
        && s.w(k).starts_with(char::is_lowercase)
        && !DETERMINERS.has(s.lw(k))
        && !NOT_INFINITIVES.has(s.lw(k))
        && (!NP_STOP.has(s.lw(k)) || ["be", "do", "have"].contains(&s.lw(k)))
}

/// The cues that begin with `word`, longest first.
fn cues_starting_with(word: &str) -> Option<&'static Vec<&'static Cue>> {
    type Index = std::collections::HashMap<
        &'static str,
        Vec<&'static Cue>,
        std::hash::BuildHasherDefault<super::lexicon::Fnv>,
    >;
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut m: Index = Index::default();
            for c in CUES
                .iter()
                .chain(INTENTION_CUES)
                .chain(THAT_CLAUSE_CUES)
                .chain(OBJECT_CUES)
                .chain(STANCE_OBJECT_CUES)
                .chain(STATEMENT_NOUN_CUES)
            {
                m.entry(c.words[0]).or_default().push(c);
            }
            for v in m.values_mut() {
                v.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
            }
            m
        })
        .get(word)
}

/// Any verb in the place of a cue right after a quotation: "“...,” she quipped.",
/// "“...?” asked Sanders."
fn after_quote_verb(s: &Sentence, i: usize) -> Option<&'static Cue> {
    static ANY: Cue = Cue {
        words: &["*"],
        ..PLAIN
    };
    // "“...,” she went on.": only right after a quotation is "went on" a cue.
    static WENT_ON: Cue = Cue {
        words: &["went", "on"],
        ..PLAIN
    };
    let w = s.w(i);
    let went_on = w == "went" && i + 1 < s.toks.len() && s.is_word(i + 1) && s.w(i + 1) == "on";
    let (found, next) = if went_on {
        (&WENT_ON, i + 2)
    } else {
        (&ANY, i + 1)
    };
    let verb_like = went_on
        || w.chars().all(|c| c.is_lowercase() || c == '-')
            && (w.ends_with("ed")
                || w.ends_with("es")
                || ["wrote", "spoke", "sang", "put", "shot", "fired"].contains(&w))
            && !NP_STOP.has(w);
    if !verb_like {
        return None;
    }
    let after_quote = |k: usize| {
        k > 0
            && (s.toks[k - 1].quoted
                || s.is_mark(k - 1)
                || s.is_punct(k - 1, &[","]) && k > 1 && s.is_mark(k - 2))
    };
    let ends = next >= s.toks.len() || !s.is_word(next) || VENUE_STARTS.contains(&s.lw(next));
    // "“...,” VERB Name", "“...,” advises therapist Lena Oduya"
    if !went_on && after_quote(i) && name_after_description(s, i + 1) {
        return Some(&ANY);
    }
    // "“...,” Name VERB.": a quotation within the five words before.
    if !ends || !(i.saturating_sub(6)..i).any(|k| s.toks[k].quoted || s.is_mark(k)) {
        return None;
    }
    let np = np_backward(s, i);
    (ends && np.0 < np.1 && np.1 - np.0 <= 4 && after_quote(np.0) && is_subject_like(s, np))
        .then_some(found)
}

/// A name at token `k`, perhaps after up to three lowercase words that describe its bearer
/// ("therapist Lena Oduya", "the Texas senator Ted Cruz").
fn name_after_description(s: &Sentence, k: usize) -> bool {
    let capital =
        |j: usize| j < s.toks.len() && s.w(j).chars().next().is_some_and(char::is_uppercase);
    let described = |j: usize| {
        j < s.toks.len()
            && s.is_word(j)
            && s.w(j).starts_with(char::is_lowercase)
            && (!NP_STOP.has(s.lw(j)) || DETERMINERS.has(s.lw(j)))
    };
    (k..k + 4).find(|&j| !described(j)).is_some_and(capital)
}

/// Finds the cues of a sentence and the speakers they name. Each cue goes through the
/// constructions that may frame it, most precise first; sentences with no cue then try the
/// cue-less ones (bylines, headline colons, lead-ins).
pub(super) fn frames(s: &Sentence) -> Vec<Frame> {
    let mut out: Vec<Frame> = Vec::new();
    let mut stances: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < s.toks.len() {
        let Some(cue) = (if s.is_word(i) {
            match_cue(s, i).or_else(|| after_quote_verb(s, i))
        } else {
            None
        }) else {
            if let Some(f) = in_poll(s, i) {
                i = f.span.1;
                out.push(f);
                continue;
            }
            i += 1;
            continue;
        };
        let at = CueAt {
            start: i,
            end: i + cue.words.len(),
            cue,
        };
        let mut next = at.end;
        if let Some(f) = asked_question(s, &at, out.last()) {
            out.push(f);
        } else if !passive(s, &at) {
            if let Some(f) = frame_of_cue(s, &at, out.last()) {
                // "according to FEC reports": the source's words hold no cue of their own.
                if f.according {
                    next = next.max(f.span.1);
                }
                if f.rule == Rule::StanceObject {
                    stances.push(f);
                } else {
                    out.push(f);
                }
            }
        }
        i = next;
    }
    // A verb of stance is the weakest cue: beside another cue it names who holds a view inside
    // what is said ("has criticized her surrogates who support Sanders as “way off key.”").
    if out.is_empty() {
        out = stances;
    }
    out.extend(bylines(s));
    if out.is_empty() {
        out.extend(headline_colon(s));
    }
    if out.is_empty() {
        out.extend(lead_in(s));
    }
    out.sort_by_key(|f| f.span.0);
    out
}

/// The frame a cue makes, by the first construction that claims it. `prev` is the frame of the
/// sentence's previous cue.
fn frame_of_cue(s: &Sentence, at: &CueAt, prev: Option<&Frame>) -> Option<Frame> {
    if ["according", "citing"].contains(&at.first()) {
        return according_to(s, at);
    }
    if let Some(f) = statement_noun(s, at)
        .or_else(|| quoted_as_saying(s, at))
        .or_else(|| fronted_participle(s, at))
        .or_else(|| prepositional_participle(s, at))
        .or_else(|| participle(s, at, prev))
        .or_else(|| possessed_statement(s, at))
        .or_else(|| complement_cue(s, at))
        .or_else(|| subject_cue(s, at))
    {
        return Some(f);
    }
    if inverted_position(s, at) {
        inverted_cue(s, at)
    } else {
        conjoined_verb(s, at, prev)
    }
}

/// A cue found in a sentence: its tokens `start..end`.
struct CueAt {
    start: usize,
    end: usize,
    cue: &'static Cue,
}

impl CueAt {
    fn first(&self) -> &'static str {
        self.cue.words[0]
    }
    fn frame(&self, rule: Rule) -> Frame {
        Frame::new(
            rule,
            (self.start, self.end),
            (self.start, self.start),
            (self.start, self.end),
        )
    }
}

/// Passive "was told", "is said": no attribution by the subject. A complement cue after a
/// copula is an adjective ("is willing to").
fn passive(s: &Sentence, at: &CueAt) -> bool {
    let i = at.start;
    at.cue.complement.is_none()
        && i > 0
        && s.is_word(i - 1)
        && ["was", "were", "been", "being", "is", "be"].contains(&s.lw(i - 1))
        && at.cue.words.len() == 1
}

/// "Sanders was asked whether ...", "When asked whether ..., Vale said ...", "..., Vale said
/// when asked whether ...": the question put to someone is reported; the one asked is named,
/// as the asker rarely is. `prev` is the frame of the sentence's previous cue.
fn asked_question(s: &Sentence, at: &CueAt, prev: Option<&Frame>) -> Option<Frame> {
    let i = at.start;
    if at.first() != "asked" || at.cue.words.len() != 1 {
        return None;
    }
    let before = |w: &[&str]| i > 0 && s.is_word(i - 1) && w.contains(&s.lw(i - 1));
    let np = if before(&["was", "were"]) {
        np_backward(s, i - 1)
    } else if i > 1 && before(&["when"]) {
        // "“...,” Finch said when asked ...": the one who just spoke was asked.
        prev?.np
    } else if i == 0 || (i == 1 && before(&["when"])) {
        // The one asked is the subject after the fronted clause's comma, who answers with a
        // cue of their own ("..., Vale said"); "..., the mayor shook his head" is left alone.
        let comma = (at.end..s.toks.len()).find(|&k| s.is_punct(k, &[","]))?;
        let np = np_forward(s, comma + 1);
        if np.1 >= s.toks.len() || !s.is_word(np.1) || match_cue(s, np.1).is_none() {
            return None;
        }
        np
    } else {
        return None;
    };
    if np.0 == np.1 {
        return None;
    }
    Some(Frame {
        np,
        ..at.frame(Rule::AskedQuestion)
    })
}

/// "The plan will fail, according to the minister.", "..., citing officials."
fn according_to(s: &Sentence, at: &CueAt) -> Option<Frame> {
    let (i, cue_end) = (at.start, at.end);
    let according = at.first() == "according";
    let np = np_forward(s, cue_end);
    if np.0 == np.1 {
        return None;
    }
    let mut frame = Frame {
        according,
        np,
        span: (i, np.1),
        ..at.frame(if according {
            Rule::AccordingTo
        } else {
            Rule::Citing
        })
    };
    if !according && i >= 2 && s.is_punct(i - 1, &[","]) {
        let via = np_backward(s, i - 1);
        if via.0 < via.1 {
            frame.citing_via = Some(via);
            frame.span.0 = via.0;
        }
    }
    Some(frame)
}

/// "In a Des Moines Register poll last month, Cruz led", "Trump has a lead in the polls": the
/// poll or survey after "in" gives the findings, as "according to" does.
fn in_poll(s: &Sentence, i: usize) -> Option<Frame> {
    if !(s.is_word(i) && s.lw(i) == "in") {
        return None;
    }
    let head = (i + 1..(i + 9).min(s.toks.len()))
        .take_while(|&k| (s.is_word(k) && !s.toks[k].quoted) || s.is_punct(k, &["/", "-"]))
        .find(|&k| ["poll", "polls", "survey", "surveys"].contains(&s.lw(k)))?;
    let np = (i + 1, head + 1);
    // "in a poll last month", "in a survey released Thursday": when it was taken.
    let mut end = head + 1;
    while end < s.toks.len()
        && end < head + 5
        && s.is_word(end)
        && (is_calendar_word(s.lw(end))
            || [
                "last",
                "this",
                "week",
                "month",
                "year",
                "released",
                "conducted",
                "taken",
                "published",
            ]
            .contains(&s.lw(end)))
    {
        end += 1;
    }
    Some(Frame {
        according: true,
        ..Frame::new(Rule::InPoll, (i, i + 1), np, (i, end))
    })
}

/// Documents and messages whose content a participle gives.
const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "release",
    "email",
    "e-mail",
    "memo",
    "note",
    "post",
    "tweet",
    "message",
    "report",
    "op-ed",
    "editorial",
];

/// "The Harwick Group issued a statement saying it would ...", "Pell's office mailed donors a
/// letter late Tuesday saying ...": the subject of the sentence speaks, not the document.
fn statement_noun(s: &Sentence, at: &CueAt) -> Option<Frame> {
    let i = at.start;
    if !["saying", "stating", "warning", "arguing", "calling"].contains(&at.first()) {
        return None;
    }
    let noun = (i.saturating_sub(4)..i)
        .rev()
        .find(|&k| s.is_word(k) && STATEMENT_NOUNS.contains(&s.lw(k)))?;
    let np = sentence_subject(s, noun)?;
    Some(Frame {
        np,
        ..at.frame(Rule::StatementNoun)
    })
}

/// "The Courier quoted Lana Mott, its manager, as saying: ...": the one quoted speaks, the
/// one quoting relays.
fn quoted_as_saying(s: &Sentence, at: &CueAt) -> Option<Frame> {
    let i = at.start;
    if !(at.first() == "saying" && i >= 3 && s.is_word(i - 1) && s.lw(i - 1) == "as") {
        return None;
    }
    let quoted = (i.saturating_sub(14)..i - 1)
        .rev()
        .find(|&k| s.is_word(k) && s.lw(k) == "quoted")?;
    let np = np_forward(s, quoted + 1);
    if !(np.0 < np.1 && np.1 < i) {
        return None;
    }
    // "Lana Mott, its manager, as saying": the words between the commas are her role.
    let role = (np.1 + 1 < i - 1 && s.is_punct(np.1, &[","]) && s.is_punct(i - 2, &[","]))
        .then_some((np.1 + 1, i - 2));
    let via = np_backward(s, quoted);
    Some(Frame {
        np,
        role_np: role,
        citing_via: (via.0 < via.1).then_some(via),
        span: (quoted, at.end),
        ..at.frame(Rule::QuotedAsSaying)
    })
}

/// "Calling the mayor “a tireless ally,” Governor Ilse Marr praised the deal.": a cue that
/// opens its sentence in an -ing clause; the subject after the clause speaks.
fn fronted_participle(s: &Sentence, at: &CueAt) -> Option<Frame> {
    if !(at.start == 0 && at.first().ends_with("ing")) {
        return None;
    }
    let np = sentence_subject(s, s.toks.len())?;
    Some(Frame {
        np,
        ..at.frame(Rule::Participle)
    })
}

/// "Dunmore stirred the crowd by saying ...", "..., after warning that ...": an -ing cue after
/// a preposition; the sentence's subject speaks.
fn prepositional_participle(s: &Sentence, at: &CueAt) -> Option<Frame> {
    let i = at.start;
    let after_preposition = i > 1
        && s.is_word(i - 1)
        && ["by", "after", "before", "while", "when"].contains(&s.lw(i - 1));
    if !(at.first().ends_with("ing") && after_preposition) {
        return None;
    }
    let np = sentence_subject(s, i - 1)?;
    Some(Frame {
        np,
        span: (i - 1, at.end),
        ..at.frame(Rule::PrepositionalParticiple)
    })
}

/// "..., she said, adding that ...": the same speaker goes on; with no cue before, the
/// sentence's subject ("Clinton celebrated ..., saying ...").
fn participle(s: &Sentence, at: &CueAt, prev: Option<&Frame>) -> Option<Frame> {
    let i = at.start;
    if !(at.first().ends_with("ing") && i > 0 && s.is_punct(i - 1, &[","])) {
        return None;
    }
    let np = prev.map(|p| p.np).or_else(|| sentence_subject(s, i))?;
    Some(Frame {
        np,
        role_np: prev.and_then(|p| p.role_np),
        ..at.frame(Rule::Participle)
    })
}

/// Modal verbs: the bare verb after one is a verb, never a noun ("will say").
const MODALS: &[&str] = &[
    "will", "would", "could", "can", "might", "may", "should", "must", "did", "does", "do",
];

/// Risky cues that report speech after a modal ("he will say"); the others there tell what
/// happens or is felt ("people would show up", "voters may want").
const SPEECH_AFTER_MODAL: &[&str] = &[
    "say", "tell", "warn", "deny", "urge", "insist", "argue", "claim", "write", "conclude",
];

/// Prepositions whose object may stand between a subject and its cue ("a staffer in the
/// room wondered"); "of" is left out: "the head of Exxon" names Exxon.
const SUBJECT_PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "from", "during", "across", "around", "near", "inside", "outside",
];

/// Participles of getting hold of or questioning something, before "by" and their agent: "a
/// letter obtained by The Associated Press warns", "a witness interviewed by staff said". The
/// agent only holds or asks; the thing or person before the participle speaks. Participles of
/// making ("a survey conducted by Gallup found") are left out: their agent speaks.
const HOLDING_PARTICIPLES: &[&str] = &[
    "obtained",
    "seen",
    "reviewed",
    "acquired",
    "received",
    "interviewed",
    "questioned",
    "contacted",
    "reached",
    "captured",
    "viewed",
];

/// Verbs of beginning and going on that take an -ing cue: "he began talking about",
/// "she keeps saying". Their subject is the cue's.
const ASPECTUAL_VERBS: &[&str] = &[
    "began",
    "begin",
    "begins",
    "begun",
    "started",
    "start",
    "starts",
    "keeps",
    "keep",
    "kept",
    "continued",
    "continues",
    "continue",
];

/// "the past", "a rally": a common noun phrase after its determiner, in lowercase, that names
/// neither a person nor an organisation.
fn described_thing(s: &Sentence, np: (usize, usize)) -> bool {
    let head = s.lw(np.1 - 1);
    np.1 >= np.0 + 2
        && ["the", "a", "an", "his", "her", "their", "its"].contains(&s.w(np.0))
        && (np.0..np.1).all(|k| !s.w(k).starts_with(char::is_uppercase))
        && !PERSON_NOUNS.has(head)
        && !ORG_NOUNS.has(head)
        && !PRONOUNS.has(head)
}

/// Where the verb group of an -ing cue begins: before an aspectual verb ("began saying").
fn aspect_start(s: &Sentence, at: &CueAt) -> usize {
    let i = at.start;
    let aspectual = at.first().ends_with("ing")
        && i > 0
        && s.is_word(i - 1)
        && ASPECTUAL_VERBS.contains(&s.w(i - 1));
    if aspectual {
        i - 1
    } else {
        i
    }
}

/// Steps back from token `j` over auxiliaries, adverbs and days to where the subject ends.
fn skip_auxiliaries(s: &Sentence, mut j: usize) -> usize {
    loop {
        // Lowercase only: "Will wrote" names Will.
        let lower_word = |k: usize| s.is_word(k) && s.w(k).starts_with(char::is_lowercase);
        if j > 0 && lower_word(j - 1) && (AUXILIARIES.has(s.lw(j - 1)) || is_adverb(s.lw(j - 1))) {
            j -= 1;
        } else if j > 1
            && s.is_word(j - 1)
            && is_calendar_word(s.lw(j - 1))
            && s.is_word(j - 2)
            && !["on", "last", "this"].contains(&s.lw(j - 2))
            && !NP_STOP.has(s.lw(j - 2))
        {
            // "Clinton Tuesday said ..."
            j -= 1;
        } else if j > 1
            && s.is_word(j - 1)
            && is_calendar_word(s.lw(j - 1))
            && ["on", "last", "this"].contains(&s.lw(j - 2))
        {
            // "Two House committees on Monday asked ..."
            j -= 2;
        } else {
            break;
        }
    }
    j
}

/// "Smith said ...", "Jiang Jun, the office's spokesman, said ...", "26% say ...": a subject
/// before its cue, past auxiliaries, adverbs, days and party tags.
fn subject_cue(s: &Sentence, at: &CueAt) -> Option<Frame> {
    let (i, cue_end, cue, first) = (at.start, at.end, at.cue, at.first());
    let mut frame = at.frame(Rule::SubjectCue);
    let mut j = skip_auxiliaries(s, aspect_start(s, at));
    // A party tag or aside between name and cue: "Sen. Ted Cruz (R-Tex.) said",
    // "Sen. Jack Reed (D-R.I.), said".
    if j > 3 && s.is_punct(j - 1, &[","]) && s.is_punct(j - 2, &[")"]) {
        j -= 1;
    }
    if j > 2 && s.is_punct(j - 1, &[")"]) {
        if let Some(open) = (j.saturating_sub(10)..j - 1)
            .rev()
            .find(|&k| s.is_punct(k, &["("]))
        {
            j = open;
        }
    }
    let mut np = np_backward(s, j);
    // "a Democratic staffer in the room wondered", "Beck, who has in the past described": the
    // object of a preposition before the cue is no subject; the noun phrase before it is.
    if np.0 > 1 && s.is_word(np.0 - 1) && SUBJECT_PREPOSITIONS.contains(&s.w(np.0 - 1)) {
        let before = skip_auxiliaries(s, np.0 - 1);
        let outer = np_backward(s, before);
        if described_thing(s, np)
            && is_subject_like(s, outer)
            && !s.w(outer.0).starts_with(|c: char| c.is_ascii_digit())
        {
            (j, np) = (before, outer);
        }
    }
    if let Some(holder) = passive_modifier(s, np) {
        np = holder;
        frame.rule = Rule::PassiveModifier;
    }
    if np.0 < np.1 && (np.1 - np.0 == 1) && ["who", "which"].contains(&s.lw(np.0)) {
        frame.relative = Some(np);
        // "Chinese officials, who deny ...": the relative's antecedent.
        if let Some(name) = appositive_antecedent(s, np.0) {
            np = name;
        } else if np.0 >= 2 && s.is_punct(np.0 - 1, &[","]) {
            np = np_backward(s, np.0 - 1);
        } else if np.0 >= 1 && s.is_word(np.0 - 1) {
            // "teachers who said ...": the noun right before.
            np = np_backward(s, np.0);
        } else {
            np = (np.0, np.0);
        }
    }
    let mut set_off = false;
    // "..., said DeSantis, who ..." is inverted, not an apposition before the cue.
    let inverted_next = || {
        if addressee_follows(at) {
            return false;
        }
        let np = np_forward(s, cue_end);
        let ends = np.1 >= s.toks.len() || s.is_punct(np.1, &[".", "!", "?"]);
        let role_follows = np.1 + 1 < s.toks.len()
            && s.is_punct(np.1, &[","])
            && ["who", "a", "an", "the", "whose"].contains(&s.lw(np.1 + 1));
        np.0 < np.1
            && s.w(np.0).chars().next().is_some_and(char::is_uppercase)
            && (ends || role_follows)
    };
    if np.0 == np.1 && j > 0 && s.is_punct(j - 1, &[",", "—", "–"]) && !inverted_next() {
        // Apposition: "Jiang Jun, the office's spokesman, said", "Matthew Prince, chief
        // executive of CloudFlare, a San Francisco company, said".
        if let Some((name, role)) =
            apposition(s, j - 1).filter(|&(name, role)| !within_reported_words(s, name, role))
        {
            np = name;
            frame.role_np = (role.0 < role.1).then_some(role);
            frame.rule = Rule::Apposition;
            set_off = true;
        }
    }
    // "26% say": a share of people.
    if np.0 == np.1
        && j > 1
        && s.is_punct(j - 1, &["%"])
        && s.w(j - 2).chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        np = (j - 2, j - 1);
        set_off = true;
    }
    let then_that = cue_end < s.toks.len() && s.is_word(cue_end) && s.lw(cue_end) == "that";
    // "other large states like ...": a quantifier alone is no subject for a noun-like cue.
    let noun_like = cue.risky && cue.words.len() == 1 && first.ends_with('s') && first != "says";
    let adjectives_only = noun_like
        && (np.0..np.1).all(|k| {
            s.w(k).starts_with(char::is_lowercase)
                && !PERSON_NOUNS.has(s.lw(k))
                && !ORG_NOUNS.has(s.lw(k))
                && !PRONOUNS.has(s.lw(k))
        });
    // "he will say", "critics would argue": after a modal a risky cue is a verb.
    let after_modal = SPEECH_AFTER_MODAL.contains(&first)
        && i > 0
        && s.is_word(i - 1)
        && MODALS.contains(&s.w(i - 1))
        && np.0 < np.1
        && is_subject_like(s, np);
    // A subject set off by commas before the cue is a subject for sure.
    let risky_ok = !cue.risky
        || then_that
        || after_modal
        || set_off
        || (!adjectives_only && j == i && np.0 < np.1 && is_subject_like(s, np));
    // A lone determiner is no subject ("a proposed law").
    let np_has_noun = (np.0..np.1).any(|k| !DETERMINERS.has(s.lw(k)));
    if !(np.0 < np.1 && np_has_noun && risky_ok) {
        return None;
    }
    if frame.relative.is_some_and(|r| r == np) {
        frame.relative = None;
    }
    frame.np = np;
    frame.span = (np.0, cue_end);
    Some(frame)
}

/// "A letter obtained by The Associated Press warns ...": when the noun phrase before a cue
/// is the agent of a participle of getting hold of something, the noun phrase before the
/// participle is the subject.
fn passive_modifier(s: &Sentence, agent: (usize, usize)) -> Option<(usize, usize)> {
    let by = agent.0.checked_sub(1)?;
    let participle = by.checked_sub(1)?;
    if agent.0 == agent.1
        || !s.is_word(by)
        || s.lw(by) != "by"
        || !s.is_word(participle)
        || !HOLDING_PARTICIPLES.contains(&s.lw(participle))
    {
        return None;
    }
    let holder = np_backward(s, participle);
    (holder.0 < holder.1 && holder.1 == participle && is_subject_like(s, holder)).then_some(holder)
}

/// "Trump's claim that Mexico will pay", "her belief that the deal is fair": the possessor of
/// a noun of saying or believing holds its that-clause.
fn possessed_statement(s: &Sentence, at: &CueAt) -> Option<Frame> {
    let i = at.start;
    let then_that = at.end < s.toks.len() && s.is_word(at.end) && s.lw(at.end) == "that";
    if !(at.cue.words.len() == 1 && is_statement_noun(at.first()) && then_that) {
        return None;
    }
    let k = i.checked_sub(1).filter(|&k| s.is_word(k))?;
    let w = s.lw(k);
    let np = if ["his", "her", "their", "its"].contains(&w) {
        (k, i)
    } else if (w.ends_with("'s") || w.ends_with("’s")) && s.w(k).starts_with(char::is_uppercase) {
        // The run of capitalised words that ends in the possessive: "FBI Director James
        // Comey's", not "describing Mr. Obama's".
        let mut a = k;
        while a > 0 && s.is_word(a - 1) && s.w(a - 1).starts_with(char::is_uppercase) {
            a -= 1;
        }
        (a, i)
    } else {
        return None;
    };
    Some(Frame {
        np,
        span: (np.0, at.end),
        ..at.frame(Rule::PossessedStatement)
    })
}

/// "The company plans to release ...", "Sanders recognized that ...": a subject before a verb
/// of intention or knowing that counts only with its infinitive or that-clause.
fn complement_cue(s: &Sentence, at: &CueAt) -> Option<Frame> {
    // A noun of saying without its possessor names no one ("a belief that").
    if is_statement_noun(at.first()) && at.cue.complement.is_some() {
        return None;
    }
    let rule = match at.cue.complement {
        _ if STANCE_OBJECT_CUES.iter().any(|c| std::ptr::eq(c, at.cue)) => Rule::StanceObject,
        _ if at.cue.object => Rule::PrepositionalObject,
        Some("to") => Rule::Intention,
        Some(_) => Rule::ThatClause,
        None => return None,
    };
    // "too focused on his campaign", "a road sign warning of accidents": an adjective, or a
    // thing that speaks of nothing.
    let degree = at.start > 0
        && s.is_word(at.start - 1)
        && [
            "too", "so", "very", "more", "less", "most", "narrowly", "solely", "heavily",
        ]
        .contains(&s.lw(at.start - 1));
    if at.cue.object && degree {
        return None;
    }
    let mut f = subject_cue(s, at)?;
    if at.cue.object && f.relative.is_none() && !is_subject_like(s, f.np) {
        return None;
    }
    if f.rule == Rule::SubjectCue {
        f.rule = rule;
    }
    Some(f)
}

/// "Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse, wrote ...": a cue
/// in the words before the apposition's name makes the apposition part of that cue's reported
/// words, so it names no new speaker. A role after the name may hold a cue ("Ana Brisk, who
/// said ..., said"), and so may a name ("Talk show host Glenn Beck"): neither counts.
fn within_reported_words(s: &Sentence, name: (usize, usize), role: (usize, usize)) -> bool {
    role.0 < name.0 && (role.0..name.0).any(|k| s.is_word(k) && match_cue(s, k).is_some())
}

/// "Ana Brisk, a fellow at the Norwood Institute who calls ...": "who" after an organisation
/// or a thing in an apposition is the person the apposition describes.
fn appositive_antecedent(s: &Sentence, who: usize) -> Option<(usize, usize)> {
    let before = who.checked_sub(1).filter(|&k| s.is_word(k))?;
    let lw = s.lw(before);
    let thing = ORG_NOUNS.has(lw)
        || ORG_NAME_WORDS.has(lw)
        || s.w(before).starts_with(char::is_lowercase) && !PERSON_NOUNS.has(lw);
    if !thing {
        return None;
    }
    let comma = (who.saturating_sub(15)..who)
        .rev()
        .find(|&k| !s.is_word(k))
        .filter(|&k| s.is_punct(k, &[","]) && k + 1 < who)?;
    if !["a", "an", "the"].contains(&s.lw(comma + 1)) {
        return None;
    }
    let name = np_backward(s, comma);
    let named = name.0 < name.1 && s.w(name.1 - 1).starts_with(char::is_uppercase);
    named.then_some(name)
}

/// "told Channel 9": the name after this cue is whom the speaker told, never the speaker.
fn addressee_follows(at: &CueAt) -> bool {
    ["told", "tells", "tell"].contains(&at.first())
}

/// Whether a cue stands where an inverted one does: first in its sentence, or right after a
/// comma, dash or quotation ("..., said Jiang Jun").
fn inverted_position(s: &Sentence, at: &CueAt) -> bool {
    let i = at.start;
    !addressee_follows(at)
        && (!at.cue.risky
            || i > 0 && s.is_punct(i - 1, &[","]) && at.first().starts_with("say")
            || closes_quoted_clause(s, i))
        && (i == 0
            || s.is_punct(i - 1, &[",", "—", "–", "-"])
            || s.is_mark(i - 1)
            || s.toks[i - 1].quoted)
}

/// "“...,” read the statement": a cue right after a quotation that ends in a comma, question
/// or exclamation mark is a verb, even one that doubles as a noun.
fn closes_quoted_clause(s: &Sentence, i: usize) -> bool {
    i >= 2
        && s.is_mark(i - 1)
        && !s.toks[i - 1].quoted
        && (s.is_punct(i - 2, &[",", "?", "!"])
            || i >= 3 && s.is_mark(i - 2) && s.is_punct(i - 3, &[",", "?", "!"]))
}

/// "“...,” said Jane Smith, the campaign's spokeswoman.": the cue before its subject.
fn inverted_cue(s: &Sentence, at: &CueAt) -> Option<Frame> {
    let cue_end = at.end;
    let mut frame = at.frame(Rule::InvertedCue);
    let np = np_forward(s, cue_end);
    let named = (np.0..np.1).any(|k| {
        s.w(k)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    }) || ["the", "a", "an", "one", "another"]
        .contains(&s.lw(np.0.min(s.toks.len() - 1)))
        || super::lexicon::PERSON_NOUNS.has(s.lw(np.0.min(s.toks.len() - 1)))
        || counted_people(s, np);
    if !(np.0 < np.1 && named) {
        return None;
    }
    frame.rule = Rule::InvertedCue;
    frame.np = np;
    frame.span = (at.start, np.1);
    // A party tag after the name belongs to the frame: "said Dick Durbin (D-Ill.)".
    if np.1 < s.toks.len() && s.is_punct(np.1, &["("]) {
        if let Some(close) = (np.1..s.toks.len().min(np.1 + 10)).find(|&k| s.is_punct(k, &[")"])) {
            frame.span.1 = close + 1;
        }
    }
    if np.1 + 1 < s.toks.len() && s.is_punct(np.1, &[","]) && s.is_word(np.1 + 1) {
        // The apposition runs to the next comma or the end of the sentence.
        let end = (np.1 + 1..s.toks.len())
            .find(|&k| !s.is_word(k) && !s.is_punct(k, &["(", ")", "-", "'", "’"]))
            .unwrap_or(s.toks.len());
        let role = (np.1 + 1, end);
        let lw = s.lw(np.1 + 1);
        let described = !s.w(np.1 - 1).chars().next().is_some_and(char::is_uppercase);
        let then_named =
            s.w(np.1 + 1).chars().next().is_some_and(char::is_uppercase) && end - (np.1 + 1) <= 5;
        if described && then_named {
            // "said the company's chief executive, John J. Ferriola": the name speaks.
            frame.role_np = Some(np);
            frame.np = role;
            frame.span.1 = role.1;
        } else if ["the", "a", "an"].contains(&lw)
            || s.w(np.1 + 1).chars().next().is_some_and(char::is_lowercase)
        {
            frame.role_np = Some(role);
            frame.span.1 = role.1;
        }
    }
    Some(frame)
}

/// "several observers", "some Republicans", "many analysts": people counted, not named. Any
/// quantity that opens a subject counts them, and so do a few that open only a plural.
fn counted_people(s: &Sentence, np: (usize, usize)) -> bool {
    let counts = |w: &str| {
        QUANTIFIERS.contains(&w) || ["numerous", "various", "dozens", "other"].contains(&w)
    };
    np.1 >= np.0 + 2 && counts(s.lw(np.0)) && s.lw(np.1 - 1).ends_with('s')
}

/// "China denied the accusation and complained ...": the same subject, or the sentence's
/// subject when the first verb is no cue.
fn conjoined_verb(s: &Sentence, at: &CueAt, prev: Option<&Frame>) -> Option<Frame> {
    let i = aspect_start(s, at);
    if !(i > 0 && s.is_word(i - 1) && ["and", "but"].contains(&s.lw(i - 1))) {
        return None;
    }
    let (np, role_np) = match prev {
        Some(p) => (p.np, p.role_np),
        None => (sentence_subject(s, i)?, None),
    };
    Some(Frame {
        np,
        role_np,
        span: (i - 1, at.end),
        ..at.frame(Rule::ConjoinedVerb)
    })
}

/// "Rush Limbaugh: Hillary Asking Moderator To Fact Check Trump": in a headline, a name
/// before a colon says what follows it.
fn headline_colon(s: &Sentence) -> Option<Frame> {
    let colon = (1..s.toks.len().min(7)).find(|&k| s.is_punct(k, &[":"]))?;
    let named =
        (0..colon).all(|k| s.is_word(k) && s.w(k).chars().next().is_some_and(char::is_uppercase));
    let rule = if s.headline {
        Rule::HeadlineColon
    } else if transcript_label(s, colon) {
        Rule::TranscriptLabel
    } else {
        return None;
    };
    if !named || colon + 2 >= s.toks.len() {
        return None;
    }
    Some(Frame::new(
        rule,
        (colon, colon + 1),
        (0, colon),
        (0, colon + 1),
    ))
}

/// "JAKE TAPPER: Do you think ...": an interview transcript's speaker label, a name in capitals
/// before a colon (not a label such as "UPDATE:" or "WATCH:").
fn transcript_label(s: &Sentence, colon: usize) -> bool {
    // A line in capitals after the colon is a headline ("UN: PEACEKEEPERS PAYING ..."): what
    // a speaker says is written in ordinary case.
    let mut before_quote = (colon + 1..s.toks.len())
        .take_while(|&k| !s.toks[k].quoted && !s.is_mark(k))
        .filter(|&k| s.is_word(k))
        .take(8)
        .peekable();
    let ordinary_case_after = before_quote.peek().is_none()
        || before_quote.any(|k| s.w(k).chars().any(char::is_lowercase));
    colon <= 3
        && ordinary_case_after
        && (0..colon).all(|k| {
            let w = s.w(k);
            s.is_word(k)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| !c.is_lowercase())
        })
        && !(0..colon).any(|k| {
            [
                "update",
                "updated",
                "note",
                "watch",
                "read",
                "more",
                "breaking",
                "photo",
                "photos",
                "video",
                "editor's",
                "related",
                "email",
                "e-mail",
                "contact",
                "correction",
                "source",
                "q",
                "a",
            ]
            .contains(&s.lw(k))
        })
}

/// "“...” ― Adriana Rodarte": a dash and a name right after a quotation's closing mark.
fn bylines(s: &Sentence) -> Vec<Frame> {
    let mut out = Vec::new();
    for i in 1..s.toks.len() {
        if !(s.is_punct(i, &["―", "—", "–", "-"]) && s.is_mark(i - 1) && !s.toks[i - 1].quoted)
        {
            continue;
        }
        let mut a = i + 1;
        while a < s.toks.len() && s.is_punct(a, &["-", "—"]) {
            a += 1;
        }
        let mut b = a;
        while b < s.toks.len()
            && b < a + 6
            && s.is_word(b)
            && s.w(b).chars().next().is_some_and(char::is_uppercase)
        {
            b += 1;
        }
        let ends = b == s.toks.len() || !s.is_word(b);
        if b > a && ends {
            out.push(Frame {
                byline: true,
                lead_in: true,
                ..Frame::new(Rule::Byline, (i, i + 1), (a, b), (i, b))
            });
        }
    }
    out
}

/// "Senate Majority Leader Mitch McConnell delivered a blunt message to Trump: “...”": with no
/// cue in the sentence, a clause that ends in a colon or comma right before a quotation gives
/// it its subject as speaker.
fn lead_in(s: &Sentence) -> Option<Frame> {
    // The quotation's opening mark, or the end of a sentence that ends in a colon (the
    // quotation is the next paragraph).
    let n = s.toks.len();
    let mark = (0..n)
        .find(|&k| s.is_mark(k) && s.toks.get(k + 1).is_some_and(|t| t.quoted))
        .or_else(|| (n >= 3 && s.is_punct(n - 1, &[":"])).then_some(n))?;
    if mark < 3 || !s.is_punct(mark - 1, &[":", ","]) {
        return None;
    }
    // "Republican pollster Daron Shaw: “...”": a name right before the colon speaks.
    if s.is_punct(mark - 1, &[":"]) {
        let np = np_backward(s, mark - 1);
        let named = np.1 >= np.0 + 2
            && (np.0..np.1).all(|k| {
                s.w(k).chars().next().is_some_and(char::is_uppercase) || PERSON_NOUNS.has(s.lw(k))
            })
            && s.w(np.1 - 1).chars().next().is_some_and(char::is_uppercase);
        if named {
            let mut frame = Frame {
                lead_in: true,
                ..Frame::new(Rule::LeadIn, (mark - 1, mark), np, (np.0, mark))
            };
            if let Some(person) = roundup_name(s, np) {
                frame.role_np = Some(np);
                frame.np = person;
                frame.span.0 = person.0;
            }
            return Some(frame);
        }
    }
    let (a, b) = sentence_subject(s, mark)?;
    // Then more than the subject before the quotation.
    if b >= mark - 1 {
        return None;
    }
    Some(Frame {
        lead_in: true,
        ..Frame::new(Rule::LeadIn, (b, b + 1), (a, b), (a, mark - 1))
    })
}

/// "Rina Toller, Daily Ledger: “...”": in a round-up line the name before the outlet speaks.
fn roundup_name(s: &Sentence, outlet: (usize, usize)) -> Option<(usize, usize)> {
    let comma = outlet.0.checked_sub(1).filter(|&k| s.is_punct(k, &[","]))?;
    let name = (0, comma);
    let named = (1..=4).contains(&comma)
        && (0..comma).all(|k| s.is_word(k) && s.w(k).starts_with(char::is_uppercase));
    named.then_some(name)
}

/// "Mr. Trump tries to turn the interruptions to his advantage, shouting ''Get 'em out of
/// here''": a quotation in a sentence with no cue takes the sentence's subject as speaker.
pub(super) fn sentence_subject_of(s: &Sentence, quote_start: usize) -> Option<Frame> {
    let at = s.toks.partition_point(|t| t.start < quote_start);
    let (a, b) = sentence_subject(s, at)?;
    Some(Frame::new(
        Rule::SentenceSubject,
        (b, b + 1),
        (a, b),
        (a, b + 1),
    ))
}
