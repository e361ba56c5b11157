//! Attribution: each paragraph's sentences get their frames, speakers are resolved, and
//! quotations and reported words become statements. Quotations take the speaker of the frame
//! that governs them, or of a quotation nearby.

use super::content::{place_content, trim_content};
use super::frames::{frames, lower, sentence_subject_of, Frame, Sentence};
use super::lexicon::{DOCUMENT_NOUNS, ORG_NOUNS, TERM_MARKERS};
use super::phrases::np_forward;
use super::quotes::Quote;
use super::rule::Rule;
use super::speakers::Registry;
use super::text::{Range, Token, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementKind {
    Direct,
    Partial,
    Indirect,
}

/// A statement found in the text, offsets in bytes.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: StatementKind,
    pub words: Range,
    pub speaker: Option<String>,
    pub speaker_is_person: bool,
    pub mention: Option<Range>,
    pub role: Option<String>,
    pub cue: Option<String>,
    pub via: Option<String>,
    pub venue: Option<String>,
    pub paragraph: usize,
    pub rule: Rule,
}

/// Per-article extraction state carried from paragraph to paragraph.
pub struct Attributor<'a> {
    body: &'a str,
    pub registry: Registry,
    /// The speaker of the last direct quotation, for quotes that continue it.
    last_quote: Option<Found>,
    /// Unattributed or continuing quotations of the previous paragraph when it held nothing
    /// else: the next paragraph may name their speaker.
    awaiting_speaker: Vec<usize>,
    pub found: Vec<Found>,
}

impl<'a> Attributor<'a> {
    pub fn new(body: &'a str) -> Self {
        Attributor {
            body,
            registry: Registry::default(),
            last_quote: None,
            awaiting_speaker: Vec::new(),
            found: Vec::new(),
        }
    }

    /// Extracts the statements of one paragraph.
    pub fn paragraph(
        &mut self,
        index: usize,
        title_case: bool,
        tokens: &[Token],
        sentences: &[Range],
        quotes: &[Quote],
    ) {
        let body = self.body;
        self.registry.note_people(body, tokens, title_case);
        let continued = quotes.first().is_some_and(|q| q.continued);
        let mut lowered = String::with_capacity(
            tokens.last().map_or(0, |t| t.end) - tokens.first().map_or(0, |t| t.start),
        );
        let mut lower_at = Vec::with_capacity(tokens.len() + 1);
        for t in tokens {
            lower_at.push(lowered.len());
            let w = t.text(body);
            if w.is_ascii() {
                lowered.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                lowered.push_str(&w.to_lowercase());
            }
        }
        lower_at.push(lowered.len());
        // Quotes of this paragraph with no cue in their sentence, by sentence.
        let mut pending: Vec<(usize, &Quote)> = Vec::new();
        let mut attributed: Vec<(usize, Found)> = Vec::new(); // (sentence, template of a quote's speaker)
        let sentence_at = |r: Range| {
            let lo = tokens.partition_point(|t| t.start < r.start);
            let hi = tokens.partition_point(|t| t.start < r.end);
            Sentence {
                body,
                toks: &tokens[lo..hi],
                lower: &lowered,
                lower_at: &lower_at[lo..=hi],
                title_case,
                headline: title_case || index == 1,
            }
        };
        for (si, sent) in sentences.iter().enumerate() {
            let s = sentence_at(*sent);
            let mut fs = frames(&s);
            self.resolve_frames(&s, &mut fs);
            place_content(&s, &mut fs);
            self.org_opening_content(&s, &mut fs);
            if si == 0 {
                self.next_paragraph_cue(&s, &fs, quotes.is_empty());
            }
            // Quotes are in text order: find this sentence's by binary search, not by a scan
            // of the whole paragraph's (which made long paragraphs quadratic).
            let first = quotes.partition_point(|q| q.words.start < sent.start);
            let last = quotes.partition_point(|q| q.words.start < sent.end);
            let sent_quotes: Vec<&Quote> = quotes[first..last].iter().collect();
            let speaking: Vec<&Frame> = fs
                .iter()
                .filter(|f| !(f.according && fs.iter().any(|g| !g.according && g.np.0 < g.np.1)))
                .collect();
            // The frame that gave this sentence's last quotation its speaker.
            let mut quote_frame = None;
            for q in &sent_quotes {
                let Some(f) = nearest(&s, &speaking, q) else {
                    pending.push((si, q));
                    continue;
                };
                quote_frame = Some(f);
                let spoken = cue_right_after(&s, f, q);
                let Some(kind) = self.quote_kind_spoken(q, &s, true, spoken) else {
                    continue;
                };
                let st = self.statement(kind, q.words, f, &s, index);
                self.found.push(st);
            }
            // Quotations nearby continue the speaker of this sentence's quotation, not of a
            // later cue ("“It's over,” Finch said, though officials have not said so.").
            if let Some(f) = quote_frame.or_else(|| {
                speaking
                    .iter()
                    .rev()
                    .find(|f| f.speaker.name.is_some() || f.np.0 < f.np.1)
                    .copied()
            }) {
                attributed.push((
                    si,
                    self.statement(StatementKind::Direct, Range::new(0, 0), f, &s, index),
                ));
            }
            // A question asks; it reports nothing ("Have you found an error?").
            let question = s
                .toks
                .iter()
                .rev()
                .find(|t| {
                    !t.quoted
                        && t.kind == TokenKind::Punct
                        && !matches!(
                            s.body[t.start..t.end].chars().next(),
                            Some('"' | '”' | '’' | ')')
                        )
                })
                .is_some_and(|t| &body[t.start..t.end] == "?");
            for f in speaking
                .iter()
                .filter(|f| !(question || f.np.1 == f.np.0 + 1 && s.lw(f.np.0) == "you"))
            {
                for content in [f.content, f.content_after].into_iter().flatten() {
                    let outside: usize = s
                        .toks
                        .iter()
                        .filter(|t| {
                            t.kind == TokenKind::Word && !t.quoted && content.contains(t.start)
                        })
                        .count();
                    if outside >= 2 && f.speaker.name.is_some() || outside >= 3 {
                        let words = trim_content(body, content);
                        if words.len() > 0 {
                            let st = self.statement(StatementKind::Indirect, words, f, &s, index);
                            self.found.push(st);
                        }
                    }
                }
            }
        }
        for (si, q) in pending {
            // A quote without a cue takes the speaker of a quote nearby: earlier in the
            // paragraph, later in it, or the quote this paragraph continues.
            let template = attributed
                .iter()
                .rfind(|(s, _)| *s < si)
                .or_else(|| attributed.iter().find(|(s, _)| *s > si))
                .map(|(_, f)| (f.clone(), Rule::NearbyQuote))
                .or_else(|| {
                    if continued || si == 0 && starts_with_quote(tokens, q) {
                        self.last_quote.clone().map(|f| (f, Rule::ContinuedQuote))
                    } else {
                        None
                    }
                });
            let s = sentence_at(sentences[si]);
            // Ordered like sieves, most precise first: the quotation's own sentence's subject,
            // then a quotation nearby.
            if let Some(st) = self.by_sentence_subject(q, &s, index) {
                self.found.push(st);
                continue;
            }
            match template {
                Some((t, rule)) => {
                    let Some(kind) = self.quote_kind(q, &s, true) else {
                        continue;
                    };
                    let st = Found {
                        kind,
                        words: q.words,
                        paragraph: index,
                        rule,
                        ..t
                    };
                    self.found.push(st);
                }
                None => {
                    if let Some(kind) = self.quote_kind(q, &s, false) {
                        let st = Found {
                            kind,
                            words: q.words,
                            speaker: None,
                            speaker_is_person: false,
                            mention: None,
                            role: None,
                            cue: None,
                            via: None,
                            venue: None,
                            paragraph: index,
                            rule: Rule::Unattributed,
                        };
                        self.found.push(st);
                    }
                }
            }
        }
        self.awaiting_speaker = if quotation_only(body, tokens) {
            (0..self.found.len())
                .filter(|&i| self.found[i].paragraph == index)
                .filter(|&i| {
                    matches!(
                        self.found[i].rule,
                        Rule::Unattributed | Rule::ContinuedQuote
                    )
                })
                .collect()
        } else {
            Vec::new()
        };
        // Only the next paragraph may continue this one's quotation, or take its closing
        // attribution ("Schroeder wrote." or "He said:" before a paragraph of quotation).
        let closing = attributed
            .iter()
            .rev()
            .find(|(si, _)| *si + 1 == sentences.len())
            .map(|(_, f)| f.clone());
        self.last_quote = closing.or_else(|| {
            self.found
                .iter()
                .rev()
                .take_while(|f| f.paragraph == index)
                .find(|f| f.kind == StatementKind::Direct && f.speaker.is_some())
                .cloned()
        });
    }

    fn resolve_frames(&mut self, s: &Sentence, fs: &mut [Frame]) {
        let body = self.body;
        let via_of = |reg: &mut Registry, f: &Frame| {
            reg.resolve(body, &s.toks[f.np.0..f.np.1], s.toks[f.np.0].start)
                .name
        };
        // "according to X" alongside another cue makes X the relaying source.
        let mut sentence_via = None;
        if fs.iter().any(|f| !f.according && f.np.0 < f.np.1) {
            if let Some(f) = fs.iter().find(|f| f.according) {
                sentence_via = via_of(&mut self.registry, f);
            }
        }
        for f in fs.iter_mut() {
            if f.np.0 == f.np.1 || f.according && sentence_via.is_some() {
                continue;
            }
            let pos = s.toks[f.np.0].start;
            let np_tokens: Vec<Token> = s.toks[f.np.0..f.np.1]
                .iter()
                .copied()
                .filter(|t| t.kind == TokenKind::Word)
                .collect();
            let mut r = self.registry.resolve(body, &np_tokens, pos);
            if let Some((a, b)) = f.role_np {
                r.role = Some(s.range(a, b)).map(|x| body[x.start..x.end].to_string());
            }
            let mut via = None;
            if let Some((a, b)) = f.citing_via {
                let vt: Vec<Token> = s.toks[a..b].to_vec();
                via = self.registry.resolve(body, &vt, s.toks[a].start).name;
            }
            if !f.according {
                via = via.or_else(|| sentence_via.clone());
            }
            via = via.or_else(|| r.inherited_via.clone());
            if let Some(e) = r.entity {
                self.registry
                    .spoke(e, s.toks[f.cue_start].start, via.as_deref());
            }
            f.via = via.filter(|v| Some(v) != r.name.as_ref());
            f.speaker = r;
        }
    }

    /// "The bank is “reviewing the matter,” the company said.": a generic description of an
    /// organisation ("the company", "the firm") with no organisation before it to refer to is
    /// the organisation its reported words open with.
    fn org_opening_content(&mut self, s: &Sentence, fs: &mut [Frame]) {
        for f in fs.iter_mut() {
            let (a, b) = f.np;
            let generic = b == a + 2
                && s.lw(a) == "the"
                && ["company", "firm", "group", "organization", "organisation"]
                    .contains(&s.lw(a + 1));
            let Some(content) = f.content.filter(|_| generic && f.speaker.name.is_none()) else {
                continue;
            };
            let Some(k) = (0..a).find(|&k| s.toks[k].start == content.start) else {
                continue;
            };
            let np = np_forward(s, k);
            let head = np.1.checked_sub(1).map_or("", |h| s.lw(h));
            if s.lw(k) != "the"
                || np.1 - np.0 < 2
                || !ORG_NOUNS.has(head)
                || DOCUMENT_NOUNS.has(head)
            {
                continue;
            }
            let r = s.range(np.0, np.1);
            let name = lower(&s.body[r.start..r.end]);
            f.speaker = self.registry.described_org(&name);
        }
    }

    /// "“I expected to hate it.”" / "Jo Tarr, her lab partner, chimed in.": a first sentence
    /// with no quotation that is only a speaker and a cue (nothing reported) names the speaker
    /// of the previous paragraph's stand-alone quotations, even those that seemed to continue
    /// an earlier paragraph's speaker: a cue of their own is nearer than a guess.
    fn next_paragraph_cue(&mut self, s: &Sentence, fs: &[Frame], no_quotes: bool) {
        let awaiting = std::mem::take(&mut self.awaiting_speaker);
        let [f] = fs else { return };
        // "Jared Potts echoed:" leads into the quotation after it, not the one before.
        let leads_on = s
            .toks
            .last()
            .is_some_and(|t| t.kind == TokenKind::Punct && t.text(s.body) == ":");
        if awaiting.is_empty()
            || leads_on
            || !no_quotes
            || f.according
            || f.lead_in
            || f.speaker.name.is_none()
            || f.content.is_some()
            || f.content_after.is_some()
        {
            return;
        }
        for i in awaiting {
            let q = &self.found[i];
            let st = Found {
                rule: Rule::NextParagraphCue,
                ..self.statement(q.kind, q.words, f, s, q.paragraph)
            };
            self.found[i] = st;
        }
    }

    /// A quotation with no cue near it, attributed to its sentence's subject; only
    /// quotations that count without a speaker, so no new statement comes of it.
    fn by_sentence_subject(&mut self, q: &Quote, s: &Sentence, index: usize) -> Option<Found> {
        let kind = self.quote_kind(q, s, false)?;
        let mut frame = [sentence_subject_of(s, q.outer.start)?];
        self.resolve_frames(s, &mut frame);
        frame[0].speaker.name.as_ref()?;
        Some(self.statement(kind, q.words, &frame[0], s, index))
    }

    /// Direct, partial, or a term that is no statement (`None`).
    fn quote_kind(&self, q: &Quote, s: &Sentence, has_speaker: bool) -> Option<StatementKind> {
        self.quote_kind_spoken(q, s, has_speaker, false)
    }

    /// As `quote_kind`; `spoken` when its cue follows right after the quotation ("“That
    /// would be Hillary Clinton,” Borger said."): then words that look like a title are said.
    fn quote_kind_spoken(
        &self,
        q: &Quote,
        s: &Sentence,
        has_speaker: bool,
        spoken: bool,
    ) -> Option<StatementKind> {
        let text = &self.body[q.words.start..q.words.end];
        let words = text.split_whitespace().count();
        let first_alpha = text.chars().find(|c| c.is_alphanumeric()).unwrap_or('a');
        // Tokens are in text order: start from the quote's by binary search (a scan from the
        // sentence's end made a long sentence of quotations quadratic).
        let upto = s.toks.partition_point(|t| t.end <= q.outer.start);
        let before = s.toks[..upto]
            .iter()
            .rev()
            .find(|t| t.kind == TokenKind::Word)
            .map(|t| lower(t.text(self.body)));
        if words <= 4 && before.as_deref().is_some_and(|b| TERM_MARKERS.has(b)) {
            return None;
        }
        // A title in quotes ("The Walking Dead", "State of the Union") names something.
        let capitalised = text
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        // A title keeps its comma inside the marks ("on CNN's “Fareed Zakaria GPS,”"), so only
        // a stop ends a sentence here.
        let ends_sentence = text.trim_end().ends_with(['.', '!', '?']);
        let said = spoken && words >= 3;
        // Right after a preposition or a possessive a quotation in title case is a title even
        // with a stop inside its marks: "said on ABC's “This Week With George Stephanopoulos.”"
        let after_title_slot = upto > 0 && s.toks[upto - 1].kind == TokenKind::Word && {
            let w = lower(s.toks[upto - 1].text(self.body));
            w.ends_with("'s")
                || w.ends_with("’s")
                || ["on", "in", "at", "of", "from", "with", "by", "for", "about"]
                    .contains(&w.as_str())
        };
        let titled = !ends_sentence || after_title_slot;
        if capitalised * 10 >= words * 6 && titled && words <= 8 && !said {
            return None;
        }
        let sentence_like = first_alpha.is_uppercase() || first_alpha.is_ascii_digit();
        if !has_speaker {
            return (words >= 5 && sentence_like || words >= 8).then_some(StatementKind::Direct);
        }
        Some(if sentence_like {
            StatementKind::Direct
        } else {
            StatementKind::Partial
        })
    }

    fn statement(
        &self,
        kind: StatementKind,
        words: Range,
        f: &Frame,
        s: &Sentence,
        paragraph: usize,
    ) -> Found {
        let mention = f
            .relative
            .or((f.np.0 < f.np.1).then_some(f.np))
            .map(|(a, b)| s.range(a, b));
        let cue = s.range(f.cue_start, f.cue_end);
        Found {
            kind,
            words,
            speaker: f.speaker.name.clone(),
            speaker_is_person: f.speaker.entity.is_some_and(|e| self.registry.is_person(e)),
            mention,
            role: f.speaker.role.clone(),
            cue: Some(self.body[cue.start..cue.end].to_string()),
            via: f.via.clone(),
            venue: f
                .venue
                .map(|v| {
                    self.body[v.start..v.end]
                        .trim_matches(|c: char| c.is_whitespace() || ",.;:".contains(c))
                        .to_string()
                })
                .filter(|v| !v.is_empty()),
            paragraph,
            rule: f.rule,
        }
    }
}

/// A paragraph whose words are all inside quotation marks.
fn quotation_only(body: &str, tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.quoted)
        && tokens.iter().all(|t| {
            t.quoted
                || t.kind == TokenKind::Punct
                    && t.text(body)
                        .chars()
                        .all(|c| c.is_ascii_punctuation() || super::quotes::is_quote_mark(c))
        })
}

fn starts_with_quote(tokens: &[Token], q: &Quote) -> bool {
    tokens.first().is_some_and(|t| t.start == q.outer.start)
}

/// Whether the frame's words start right after the quotation's closing mark, its cue among
/// them: "“...,” Borger said.", "“...,” said Borger.".
fn cue_right_after(s: &Sentence, f: &Frame, q: &Quote) -> bool {
    let start = s.toks[f.span.0].start;
    let gap = s.body.get(q.outer.end..start).unwrap_or("x");
    start >= q.outer.end
        && gap.chars().all(|c| c.is_whitespace() || c == ',')
        && f.cue_start <= f.span.0 + 3
        && !f.lead_in
}

/// A frame whose cue ends in a colon ("Mr. Zahed said: “...”") governs what follows it only.
fn governs_only_after(s: &Sentence, f: &Frame, q: &Quote) -> bool {
    f.cue_end < s.toks.len()
        && s.is_punct(f.cue_end, &[":"])
        && q.outer.end <= s.toks[f.span.0].start
}

/// The frame whose words lie closest to the quote.
fn nearest<'f>(s: &Sentence, frames: &[&'f Frame], q: &Quote) -> Option<&'f Frame> {
    let usable = || {
        frames
            .iter()
            .filter(|f| f.np.0 < f.np.1 || f.speaker.name.is_some())
            .filter(|f| !governs_only_after(s, f, q))
    };
    // A byline right after the quotation names its speaker.
    let right_after = |f: &&&Frame| {
        f.byline && (q.outer.end..=q.outer.end + 4).contains(&s.toks[f.cue_start].start)
    };
    if let Some(f) = usable().find(right_after) {
        return Some(f);
    }
    // The frame whose reported words hold the quotation governs it.
    let holds =
        |r: &Option<Range>| r.is_some_and(|r| r.start <= q.words.start && q.words.end <= r.end);
    // A plan or belief reported inside another cue's words ("he said he intends to “...”")
    // yields the quotation to that cue.
    let reported_within = |f: &Frame| {
        matches!(
            f.rule,
            Rule::Intention | Rule::ThatClause | Rule::PrepositionalObject
        ) && frames.iter().any(|g| {
            g.content
                .is_some_and(|r| r.contains(s.toks[f.cue_start].start))
        })
    };
    if let Some(f) = usable()
        .filter(|f| holds(&f.content) || holds(&f.content_after))
        .min_by_key(|f| {
            (
                reported_within(f),
                f.content.map_or(usize::MAX, |r| r.len()),
            )
        })
    {
        return Some(f);
    }
    usable()
        .min_by_key(|f| {
            let a = s.toks[f.span.0].start;
            let b = s.toks[f.span.1 - 1].end;
            // Zero when they overlap.
            q.outer
                .start
                .saturating_sub(b)
                .max(a.saturating_sub(q.outer.end))
        })
        .copied()
}
