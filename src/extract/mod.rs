//! Finding attributed statements in an article's text: paragraphs and page furniture
//! (`text`), quotation marks (`quotes`), cues and their content (`attribution`), and who the
//! speakers are (`speakers`).

mod attribution;
mod lexicon;
mod quotes;
mod speakers;
mod text;

pub use attribution::StatementKind;
use serde::Serialize;

impl StatementKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Partial => "partial",
            StatementKind::Indirect => "indirect",
        }
    }
}

impl Serialize for StatementKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One attributed statement. Offsets count code points into the article body, end exclusive.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    pub kind: StatementKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    /// The speaker is a person (not an organisation): only people's names are shortened
    /// ("Obama" for "Barack Obama").
    #[serde(skip)]
    pub speaker_is_person: bool,
    pub mention: Option<String>,
    pub mention_start: Option<usize>,
    pub mention_end: Option<usize>,
    pub role: Option<String>,
    pub cue: Option<String>,
    pub via: Option<String>,
    #[serde(skip)]
    pub venue: Option<String>,
    pub paragraph: usize,
}

/// Extracts every attributed statement of `body`, in the order they appear.
pub fn extract(body: &str) -> Vec<Statement> {
    let mut attributor = attribution::Attributor::new(body);
    let mut carried = false;
    for para in text::paragraphs(body) {
        if para.boilerplate {
            carried = false;
            continue;
        }
        let quotes = quotes::find(body, para.range, carried);
        carried = quotes.last().is_some_and(|q| q.open_at_end);
        let quoted: Vec<text::Range> = quotes.iter().map(|q| q.words).collect();
        let tokens = text::tokenize(body, para.range, &quoted);
        let sentences = text::sentences(body, para.range, &tokens);
        attributor.paragraph(para.index, &tokens, &sentences, &quotes);
    }
    let mut found = attributor.found;
    found.sort_by_key(|f| (f.words.start, f.words.end));
    found.dedup_by(|a, b| a.words == b.words && a.kind == b.kind);
    let chars = text::CharIndex::new(body);
    found
        .into_iter()
        .map(|f| Statement {
            kind: f.kind,
            text: body[f.words.start..f.words.end].to_string(),
            start: chars.chars(f.words.start),
            end: chars.chars(f.words.end),
            speaker: f.speaker,
            speaker_is_person: f.speaker_is_person,
            mention: f.mention.map(|m| body[m.start..m.end].to_string()),
            mention_start: f.mention.map(|m| chars.chars(m.start)),
            mention_end: f.mention.map(|m| chars.chars(m.end)),
            role: f.role,
            cue: f.cue,
            via: f.via,
            venue: f.venue,
            paragraph: f.paragraph,
        })
        .collect()
}
