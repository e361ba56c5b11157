//! The named constructions that attribute a statement. Each statement records the one that
//! found it, so figures can be read per construction (`claimdb eval --by-rule`) and a wrong
//! attribution points at the rule to fix.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// "The plan will fail, according to the minister."
    AccordingTo,
    /// "..., citing officials."
    Citing,
    /// "In a Register poll last month, Cruz led by 10 points.": a poll or survey gives its
    /// findings, as "according to" does.
    InPoll,
    /// "The group issued a statement saying ...": the subject of a document's participle.
    StatementNoun,
    /// "Smith said ...", "the group warned that ...": a subject right before its cue.
    SubjectCue,
    /// "The company plans to release ...", "Smith declined to comment": a subject before a verb
    /// of intention that counts only with its infinitive.
    Intention,
    /// "Trump talked about the economy", "Sanders railed against Wall Street": a subject before
    /// a verb of speaking whose prepositional object names what was said.
    PrepositionalObject,
    /// "Sanders supported the bill", "most voters oppose the plan": a subject before a verb of
    /// stance whose direct object is the position held.
    StanceObject,
    /// "Trump's claim that ...", "her belief that ...": the possessor of a noun of saying.
    PossessedStatement,
    /// "Sanders recognized that ...": a subject before a verb of knowing or believing that
    /// counts only with its that-clause.
    ThatClause,
    /// "A letter obtained by The Associated Press warns ...": the subject before a participle
    /// of getting hold of it, not the participle's agent.
    PassiveModifier,
    /// "Jiang Jun, the office's spokesman, said ...": a subject set off by an apposition.
    Apposition,
    /// "Sanders was asked whether ...", "When asked whether ..., Vale said ...": a question
    /// put to someone (PolNeAR counts questions as attributions).
    AskedQuestion,
    /// "“...,” said Jane Smith.": the cue before its subject.
    InvertedCue,
    /// "..., she said, adding that ...", "Clinton celebrated ..., saying ...": an -ing clause
    /// whose subject is the previous cue's or the sentence's.
    Participle,
    /// "Dunmore stirred the crowd by saying ...": an -ing cue after a preposition, whose
    /// subject is the sentence's.
    PrepositionalParticiple,
    /// "The Courier quoted Lana Mott, its manager, as saying ...": the one quoted speaks.
    QuotedAsSaying,
    /// "China denied the accusation and complained ...": a second verb of the same subject.
    ConjoinedVerb,
    /// "“...” ― Adriana Rodarte".
    Byline,
    /// "Thanks for your service. — Ana Brisk (@GovBrisk) July 14, 2018": an embedded tweet
    /// and its signature.
    TweetSignature,
    /// "Rush Limbaugh: Hillary ..." in a headline.
    HeadlineColon,
    /// "JAKE TAPPER: Do you think ...": a transcript's speaker label in capitals.
    TranscriptLabel,
    /// "McConnell delivered a blunt message: “...”": a clause leading into a quotation.
    LeadIn,
    /// "Mr. Trump tries ..., shouting ''Get 'em out''": the subject of a quotation's sentence
    /// when no cue is there.
    SentenceSubject,
    /// A quotation with no cue of its own, next to an attributed sentence of its paragraph.
    NearbyQuote,
    /// A quotation that continues the previous paragraph's speaker.
    ContinuedQuote,
    /// A paragraph of quotation alone, then a paragraph that only names who said it:
    /// "“I expected to hate it.”" / "Jo Tarr, her lab partner, chimed in."
    NextParagraphCue,
    /// A quotation nobody is named for.
    Unattributed,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::AccordingTo => "according-to",
            Rule::Citing => "citing",
            Rule::InPoll => "in-poll",
            Rule::StatementNoun => "statement-noun",
            Rule::SubjectCue => "subject-cue",
            Rule::Intention => "intention",
            Rule::ThatClause => "that-clause",
            Rule::PossessedStatement => "possessed-statement",
            Rule::PrepositionalObject => "prepositional-object",
            Rule::StanceObject => "stance-object",
            Rule::PassiveModifier => "passive-modifier",
            Rule::Apposition => "apposition",
            Rule::AskedQuestion => "asked-question",
            Rule::InvertedCue => "inverted-cue",
            Rule::Participle => "participle",
            Rule::PrepositionalParticiple => "prepositional-participle",
            Rule::QuotedAsSaying => "quoted-as-saying",
            Rule::ConjoinedVerb => "conjoined-verb",
            Rule::Byline => "byline",
            Rule::TweetSignature => "tweet-signature",
            Rule::HeadlineColon => "headline-colon",
            Rule::TranscriptLabel => "transcript-label",
            Rule::LeadIn => "lead-in",
            Rule::SentenceSubject => "sentence-subject",
            Rule::NearbyQuote => "nearby-quote",
            Rule::ContinuedQuote => "continued-quote",
            Rule::NextParagraphCue => "next-paragraph-cue",
            Rule::Unattributed => "unattributed",
        }
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
