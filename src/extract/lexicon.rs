//! Word lists the extraction rules consult. Kept in one place so that tuning the rules on new
//! text means editing data, not code.

use std::collections::HashSet;
use std::sync::OnceLock;

/// FNV-1a: word lists are looked up for every token, and SipHash's protection against
/// crafted keys buys nothing for a fixed list of words.
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastSet = HashSet<&'static str, std::hash::BuildHasherDefault<Fnv>>;

/// A word list with constant-time lookup, built on first use.
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FastSet>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` (already lowercase) is in the list.
    pub fn has(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// Attribution cues, lowercase word sequences. `risky` cues double as nouns or adjectives
/// ("the alleged ties", "the Xinhua report") and count only right after their subject or
/// before "that".
pub struct Cue {
    pub words: &'static [&'static str],
    pub risky: bool,
    /// The word that must follow for the cue to count ("plans" only in "plans to ...",
    /// "realized" only in "realized that ..."), or None.
    pub complement: Option<&'static str>,
    /// The cue ends in a preposition whose object is what was said ("talked about the
    /// economy"): it counts only when a noun phrase or clause follows.
    pub object: bool,
}

/// A cue with no condition on what follows it: the fields the lists below leave as they are.
pub const PLAIN: Cue = Cue {
    words: &[],
    risky: false,
    complement: None,
    object: false,
};

macro_rules! cues {
    ($($risky:literal [$($w:literal)+])*) => {
        &[$(Cue { words: &[$($w),+], risky: $risky, ..PLAIN }),*]
    };
}

/// Cues alike but for their words: `like` gives the other fields.
macro_rules! cues_like {
    ($like:expr; $([$($w:literal)+])*) => {
        &[$(Cue { words: &[$($w),+], ..$like }),*]
    };
}

pub const CUES: &[Cue] = cues! {
    false ["was" "quoted" "as" "saying"] false ["is" "quoted" "as" "saying"]
    false ["were" "quoted" "as" "saying"] false ["quoted" "as" "saying"]
    false ["went" "on" "to" "state"] false ["went" "on" "to" "say"] false ["went" "on" "about"] false ["goes" "on" "to" "say"]
    false ["according" "to"] false ["puts" "it"] false ["put" "it"]
    false ["called" "for"] false ["calls" "for"] false ["call" "for"]
    false ["pointed" "to"] false ["points" "to"] false ["pointed" "out"] false ["points" "out"]
    false ["said"] false ["says"] true ["say"] false ["saying"]
    false ["told"] false ["tells"] true ["tell"]
    false ["added"] false ["adds"] false ["adding"]
    false ["stated"] true ["states"]
    false ["announced"] false ["announces"]
    false ["warned"] false ["warns"] true ["warn"]
    false ["denied"] false ["denies"] true ["deny"]
    false ["urged"] false ["urges"] true ["urge"]
    false ["complained"] false ["complains"]
    true ["accused"] false ["accuses"]
    false ["claimed"] true ["claims"] true ["claim"]
    false ["insisted"] false ["insists"] true ["insist"]
    false ["noted"] true ["notes"]
    false ["argued"] false ["argues"] true ["argue"]
    false ["hoped"] true ["hopes"]
    false ["explained"] false ["explains"]
    false ["acknowledged"] false ["acknowledges"]
    false ["admitted"] false ["admits"]
    false ["asserted"] false ["asserts"]
    false ["declared"] false ["declares"]
    false ["emphasized"] false ["emphasised"] false ["stressed"]
    false ["predicted"] false ["predicts"]
    false ["promised"] false ["vowed"] false ["vows"]
    false ["replied"] false ["responded"] false ["remarked"]
    false ["revealed"] false ["suggested"] true ["suggests"]
    false ["testified"] false ["confirmed"] false ["confirms"]
    false ["concluded"] false ["advised"] false ["signaled"] false ["signalled"]
    true ["reported"] true ["reports"] false ["wrote"] false ["writes"]
    false ["tweeted"] false ["asked"]
    false ["believes"] true ["believe"] true ["believed"] false ["thinks"] true ["think"]
    false ["cited"] false ["citing"] true ["alleged"] false ["alleges"]
    false ["contended"] false ["maintained"] false ["recalled"] false ["appealed"]
    false ["countered"] false ["conceded"] false ["boasted"] false ["continued"]
    false ["answered"] false ["pressed"] false ["posted"] true ["reads"] true ["read"] false ["quipped"]
    false ["joked"] false ["shouted"] false ["observed"] false ["mused"]
    false ["wondered"] false ["retorted"] false ["lamented"] false ["cautioned"] false ["agreed"]
    false ["found"] false ["finds"] false ["showed"] false ["shows"] false ["estimated"]
    false ["estimates"]  false ["thought"] true ["felt"] false ["feels"]
    false ["knows"] false ["knew"] false ["expects"] false ["expected"] false ["wants"]
    false ["insisting"] false ["noting"] false ["explaining"] false ["acknowledging"]
    false ["suggesting"] false ["stressing"] false ["calling"] false ["declaring"] false ["telling"]
    false ["described"] false ["describes"] true ["called"] true ["calls"] false ["criticized"]
    false ["criticised"] false ["praised"] false ["defended"] true ["proposed"] true ["dismissed"]
    false ["pledged"] false ["indicated"] false ["blamed"] false ["slammed"] false ["blasted"]
    true ["questioned"] false ["mocked"] true ["rejected"] false ["condemned"] false ["touted"]
    true ["show"] true ["suggest"] true ["want"] true ["know"] true ["hope"] true ["fear"]
    true ["feared"] true ["fears"] false ["worried"] false ["worries"] false ["predicting"]
    false ["stating"] false ["promising"] false ["asking"] false ["denouncing"] false ["urging"]
    false ["accusing"] false ["vowing"] false ["conceding"] false ["admitting"]
    false ["announcing"] false ["warning"] false ["arguing"] false ["claiming"]
    false ["fumed"] false ["fumes"] false ["sighed"] false ["yelled"] false ["emailed"]
    false ["e-mailed"] false ["texted"] false ["assured"] false ["assures"] false ["demanded"]
    true ["demands"] false ["branded"] false ["derided"] false ["echoed"] false ["proclaimed"]
    false ["proclaims"] false ["concludes"] false ["exclaimed"] false ["scoffed"]
    false ["snapped"] false ["groused"] false ["grumbled"] false ["chimed" "in"]
    false ["writing"] false ["tweeting"] false ["shouting"] false ["boasting"]
    false ["expressed"] false ["expresses"] false ["expressing"] false ["reminded"]
    false ["reminds"] false ["mentioned"] false ["mentions"] false ["implied"] false ["implies"]
    false ["reiterated"] false ["reiterates"] false ["repeated"] false ["threatened"]
    false ["threatens"] false ["threatening"] false ["endorsed"] false ["endorses"]
    false ["recommended"] false ["recommends"]
    false ["describing"] false ["hinted"] false ["speculated"]
    false ["recounted"] false ["disputed"] false ["objected"] false ["referred" "to"]
    false ["refers" "to"] false ["referring" "to"] false ["criticizing"] false ["questioning"]
    false ["mocking"] false ["praising"] false ["blaming"] false ["defending"]
    true ["write"] true ["conclude"] false ["shot" "back"] false ["fired" "back"]
    false ["hit" "back"] false ["pushed" "back"]
    false ["contends"] false ["contending"] false ["mocks"] false ["vented"] false ["vents"]
    false ["characterized"] false ["characterizes"] false ["characterizing"]
    false ["responds"] false ["replies"] false ["cites"] false ["recalls"] false ["recalling"]
    false ["remarks"] false ["remarking"] false ["counters"] false ["countering"]
    false ["concedes"] false ["pleaded"] false ["pleads"] false ["laments"] false ["lamenting"]
    false ["observes"] false ["observing"] false ["wonders"] false ["wondering"] false ["jokes"]
    false ["joking"] false ["quips"] false ["quipping"] false ["decried"] false ["decries"]
    false ["decrying"] false ["bemoaned"] false ["bemoans"] false ["hailed"] false ["hails"]
    false ["hailing"] false ["touts"] false ["touting"] false ["pledges"] false ["pledging"]
    false ["opined"] false ["opines"] false ["chanted"] false ["chanting"] false ["emailing"]
    false ["slams"] false ["slamming"] false ["blasts"] false ["blasting"] false ["praises"]
    false ["blames"] false ["alleging"] false ["reveals"] false ["revealing"] false ["hints"]
    false ["hinting"] false ["assailed"] false ["assails"] false ["reminding"] false ["asks"]
};

/// Verbs and adjectives of intention, cues only before an infinitive: "the company plans to
/// release the book", "Smith declined to comment", "Cruz is willing to debate"; and verbs of
/// appearance, a view the subject gives ("Trump appears to favor a wall", as PolNeAR marks
/// them). Alone they report nothing ("sales declined", "the plans", "it seems so").
pub const INTENTION_CUES: &[Cue] = cues_like! { Cue { complement: Some("to"), ..PLAIN };
    ["plans"] ["plan"] ["planned"] ["planning"] ["intends"] ["intend"] ["intended"]
    ["intending"] ["decided"] ["decides"] ["decide"] ["declined"] ["declines"] ["decline"]
    ["declining"] ["refused"] ["refuses"] ["refuse"] ["refusing"] ["wanted"] ["wanting"]
    ["hoping"] ["seeks"] ["seek"] ["sought"] ["seeking"] ["aims"] ["aim"] ["aimed"] ["aiming"]
    ["offered"] ["offers"] ["offering"] ["vow"] ["promise"] ["promises"] ["pledge"]
    ["proposes"] ["prefer"] ["prefers"] ["preferred"] ["would" "like"] ["willing"]
    ["unwilling"] ["eager"] ["reluctant"] ["determined"] ["threaten"] ["agree"] ["agrees"]
    ["appears"] ["appeared"] ["appear"] ["seems"] ["seemed"] ["seem"]
};

/// Verbs of speaking with a prepositional object that names what was said: "Trump talked
/// about the stock market", "Sanders railed against Wall Street", "Obama commented on the
/// ruling". Alone they report nothing ("she spoke for an hour").
pub const OBJECT_CUES: &[Cue] = cues_like! { Cue { object: true, ..PLAIN };
    ["talked" "about"] ["talks" "about"] ["talk" "about"] ["talking" "about"]
    ["talked" "of"] ["talks" "of"] ["talking" "of"]
    ["spoke" "about"] ["speaks" "about"] ["speak" "about"] ["speaking" "about"]
    ["spoke" "of"] ["speaks" "of"] ["speaking" "of"]
    ["spoke" "out" "against"] ["speaks" "out" "against"] ["speaking" "out" "against"]
    ["spoke" "out" "about"] ["speaks" "out" "about"] ["speaking" "out" "about"]
    ["spoke" "out" "on"] ["spoke" "out" "for"] ["speak" "out" "against"]
    ["commented" "on"] ["comments" "on"] ["comment" "on"] ["commenting" "on"]
    ["railed" "against"] ["rails" "against"] ["railing" "against"] ["rail" "against"]
    ["lashed" "out" "at"] ["lashes" "out" "at"] ["lashing" "out" "at"] ["lash" "out" "at"]
    ["lashed" "out" "against"] ["apologized" "for"] ["apologizes" "for"]
    ["apologizing" "for"] ["apologised" "for"] ["apologise" "for"] ["apologize" "for"]
    ["advocated" "for"] ["advocates" "for"] ["advocating" "for"]
    ["pressed" "for"] ["pressing" "for"]
    ["weighed" "in" "on"] ["weighs" "in" "on"] ["weighing" "in" "on"]
    ["elaborated" "on"] ["elaborates" "on"] ["reflected" "on"] ["reflects" "on"]
    ["reflecting" "on"] ["opened" "up" "about"] ["opens" "up" "about"]
    ["bragged" "about"] ["brags" "about"] ["bragging" "about"] ["boasted" "about"]
    ["joked" "about"] ["jokes" "about"] ["joking" "about"] ["complained" "about"]
    ["complains" "about"] ["complaining" "about"] ["tweeted" "about"] ["wrote" "about"]
    ["writes" "about"] ["writing" "about"] ["testified" "about"] ["testified" "on"]
    ["warned" "of"] ["warned" "about"] ["warns" "of"]
    ["warns" "about"] ["warning" "of"] ["warning" "about"] ["warned" "against"]
    ["voiced" "concern" "about"] ["voiced" "concerns" "about"] ["voiced" "support" "for"]
    ["expressed" "support" "for"] ["expressed" "concern" "about"] ["expressed" "concerns" "about"]
    ["called" "on"] ["calls" "on"]
    ["calling" "on"]
};

/// Verbs of stance whose direct object is the position the subject holds: "Sanders supported
/// the bill", "most voters oppose the plan", "Obama discussed the deal". Like `OBJECT_CUES`
/// they count only when a noun phrase or clause follows ("the plan he supported was ..."). A
/// static, so that the rule can tell its cues by address.
pub static STANCE_OBJECT_CUES: &[Cue] = cues_like! { Cue { object: true, ..PLAIN };
    ["support"] ["supports"] ["supported"] ["backs"] ["backed"]
    ["oppose"] ["opposes"] ["opposed"] ["favor"] ["favors"] ["favored"] ["favour"]
    ["favours"] ["favoured"] ["discussed"] ["discusses"] ["discuss"]
};

/// Words after "to" that show it is a preposition, not an infinitive's mark: "declined to
/// below 50 per cent", "offered to his rivals".
#[rustfmt::skip]
pub static NOT_INFINITIVES: WordSet = WordSet::new(&[
    "his", "her", "their", "its", "our", "my", "your", "him", "them", "me", "us", "below",
    "above", "around", "near", "nearly", "almost", "roughly", "about", "record", "new", "zero",
    "less", "more", "fewer", "between", "within", "toward", "towards", "anyone", "everyone",
    "someone", "nobody", "nothing", "something", "everything", "anything", "whoever",
]);

/// Verbs and adjectives of knowing, believing and showing, cues only before a that-clause:
/// "Sanders recognized that ...", "POLITICO has learned that ...", "she is confident that ...".
pub const THAT_CLAUSE_CUES: &[Cue] = cues_like! { Cue { complement: Some("that"), ..PLAIN };
    ["acknowledge"] ["agree"] ["agrees"] ["recognize"] ["recognizes"] ["recognized"]
    ["recognise"] ["recognises"] ["recognised"] ["realize"] ["realizes"] ["realized"]
    ["realise"] ["realised"] ["suspect"] ["suspects"] ["suspected"] ["fearing"] ["learned"]
    ["learnt"] ["imagined"] ["assume"] ["assumes"] ["assumed"] ["noticed"] ["demonstrated"]
    ["demonstrates"] ["convinced"] ["confident"] ["doubt"] ["doubts"] ["doubted"]
    ["understand"] ["understands"] ["understood"] ["discovered"] ["forecast"] ["ruled"]
    ["announce"] ["assert"] ["emphasize"] ["emphasizes"] ["emphasizing"] ["made" "clear"]
    ["made" "it" "clear"] ["makes" "clear"] ["makes" "it" "clear"] ["made" "the" "point"]
    ["made" "the" "case"] ["makes" "the" "case"] ["pointing" "out"] ["point" "out"]
    ["guaranteed"] ["guarantees"] ["concluding"]
    ["informed"] ["reasoned"] ["figured"] ["declare"]
};

/// Nouns of saying and believing, cues before their that-clause only after a possessive:
/// "Trump's claim that Mexico will pay", "her belief that the deal is fair". Alone ("a belief
/// that") they name no one.
pub const STATEMENT_NOUN_CUES: &[Cue] = cues_like! { Cue { complement: Some("that"), ..PLAIN };
    ["belief"] ["assertion"] ["argument"] ["contention"] ["insistence"] ["suggestion"]
    ["assurance"] ["assurances"] ["allegation"] ["allegations"] ["accusation"] ["prediction"]
    ["promise"] ["pledge"] ["view"] ["warning"] ["statement"] ["admission"] ["announcement"]
    ["complaint"] ["charge"] ["conclusion"] ["hope"] ["fear"] ["concern"] ["vow"]
    ["suspicion"] ["insinuation"] ["declaration"] ["recollection"] ["boast"] ["remark"]
    ["comments"] ["comment"] ["position"] ["explanation"] ["response"] ["reply"] ["theory"]
};

/// Whether `word` is one of those nouns, or "claim", a cue already as a verb.
pub fn is_statement_noun(word: &str) -> bool {
    matches!(word, "claim" | "claims") || STATEMENT_NOUN_CUES.iter().any(|c| c.words == [word])
}

/// Days, and the words that stand for one: a time, never a speaker. The seven weekdays come
/// first (`is_weekday`).
#[rustfmt::skip]
pub const DAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight",
];

/// Months: a time, never a speaker (though "May" is also a name).
#[rustfmt::skip]
pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

/// A weekday (lowercase).
pub fn is_weekday(w: &str) -> bool {
    DAYS[..7].contains(&w)
}

/// A day or a month (lowercase).
pub fn is_calendar_word(w: &str) -> bool {
    DAYS.contains(&w) || MONTHS.contains(&w)
}

/// Words that open a venue or time after a cue ("in an interview", "on Monday").
#[rustfmt::skip]
pub const VENUE_STARTS: &[&str] = &[
    "in", "on", "at", "during", "via", "from", "before", "after", "late", "earlier", "last",
    "this", "when", "while", "through", "over", "recently", "previously", "later", "told",
    "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "as", "afterward", "afterwards", "repeatedly", "then",
];

/// Words that open an adverbial clause or phrase ("as Obama protests", "amid complaints",
/// "though officials have not said so"): right after a cue they tell when or why it was said,
/// never what.
#[rustfmt::skip]
pub static ADVERBIAL_OPENERS: WordSet = WordSet::new(&[
    "as", "amid", "amidst", "though", "although", "despite", "because", "whereas", "while",
    "since", "unless", "until", "once",
]);

/// Cues that characterise someone or something, whose "as ..." is what was said ("described
/// the plan as a mirage", "refers to it as a firewall").
#[rustfmt::skip]
pub static CHARACTERISING_CUES: WordSet = WordSet::new(&[
    "described", "describes", "describing", "criticized", "criticised", "criticizing",
    "criticising", "referred", "refers", "referring", "blasted", "branded", "derided", "dismissed",
    "praised", "praising", "mocked", "mocking", "slammed", "condemned", "denounced", "denouncing",
    "touted", "hailed", "cited", "citing", "portrayed", "characterized", "characterised",
    "painted", "labeled", "labelled", "defended", "defending", "rejected",
]);

/// Words that may stand between a subject and its cue ("Obama has also said").
#[rustfmt::skip]
pub static AUXILIARIES: WordSet = WordSet::new(&[
    "here", "there", "now", "too", "still", "instead", "nonetheless", "meanwhile", "also", "has",
    "have", "had", "was", "were", "is", "are", "later", "then", "further", "again", "repeatedly",
    "continually", "previously", "earlier", "recently", "once", "reportedly", "publicly",
    "privately", "quickly", "would", "will", "did", "does", "do", "just", "first", "separately",
    "flatly", "strongly", "firmly", "already", "often", "frequently", "explicitly", "specifically",
    "bluntly", "openly", "angrily", "simply", "herself", "himself", "themselves", "itself", "long",
    "subsequently", "initially", "last", "week", "month", "year", "yesterday", "today", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/// Words that end a noun phrase when read backwards from a cue.
#[rustfmt::skip]
pub static NP_STOP: WordSet = WordSet::new(&[
    "that", "which", "whom", "whose", "and", "or", "but", "because", "while", "when", "where",
    "after", "before", "since", "as", "if", "than", "so", "to", "in", "on", "at", "from", "by",
    "with", "for", "of", "about", "into", "over", "under", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "will", "would", "can", "could", "should", "may",
    "might", "must", "not", "also", "yet", "what", "how", "why", "though", "although", "once",
    "until", "unless", "whether", "during", "amid", "against", "through", "without", "even",
    "this", "these", "those", "there", "here", "then", "now", "said", "says", "told", "do", "does",
    "did", "just", "still", "only", "all", "both", "either", "neither", "who", "via", "per",
    "like", "up", "out", "back", "off", "last", "ago", "earlier", "later",
]);

pub static PRONOUNS: WordSet = WordSet::new(&["he", "she", "they", "it", "we", "i", "you", "who"]);

#[rustfmt::skip]
pub static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "this", "that", "its", "his", "her", "their", "our",
]);

/// Words that, right before a short quotation, make it a name or term, not a statement.
#[rustfmt::skip]
pub static TERM_MARKERS: WordSet = WordSet::new(&[
    "a", "an", "new", "so-called", "called", "dubbed", "termed", "upcoming", "named", "titled",
    "word", "phrase", "term", "slogan", "label", "nicknamed", "branded",
]);

/// Heads of descriptions of people ("the spokesman", "a senior official").
#[rustfmt::skip]
pub static PERSON_NOUNS: WordSet = WordSet::new(&[
    "spokesman", "spokeswoman", "spokesperson", "official", "officer", "secretary", "minister",
    "director", "chief", "head", "chairman", "chairwoman", "chair", "leader", "adviser", "advisor",
    "aide", "ambassador", "analyst", "candidate", "nominee", "lawyer", "attorney", "senator",
    "governor", "mayor", "member", "manager", "founder", "executive", "professor", "researcher",
    "expert", "reporter", "editor", "correspondent", "economist", "strategist", "pollster",
    "consultant", "source", "representative", "staffer", "deputy", "envoy", "commander", "judge",
    "prosecutor", "investigator", "agent", "contractor", "owner", "partner", "author", "writer",
    "activist", "voter", "supporter", "surrogate", "operative", "coordinator", "president",
    "congressman", "congresswoman", "lawmaker", "legislator", "diplomat", "scientist", "doctor",
    "physician", "witness", "resident", "friend", "woman", "man", "person", "veteran", "student",
    "teacher", "worker", "father", "mother", "son", "daughter", "wife", "husband", "ceo",
    "chancellor", "premier", "general", "sheriff", "detective", "campaigner", "organizer", "host",
    "anchor", "commentator", "columnist", "pundit", "historian", "observer", "critic", "insider",
    "negotiator", "planner", "speaker", "challenger", "incumbent", "delegate", "donor", "fan",
    "player", "coach", "publisher", "producer", "actor", "spokespeople", "officials", "sources",
    "analysts", "experts", "critics", "observers", "aides", "advisers", "advisors", "lawmakers",
    "researchers", "scientists", "residents", "witnesses", "people", "voters", "supporters",
    "leaders", "members", "authorities", "police", "investigators", "prosecutors", "economists",
    "strategists", "democrats", "republicans", "insiders", "diplomats", "staffers", "others",
    "allies", "studies", "data", "figures", "numbers", "results", "statistics", "records",
    "documents", "emails", "friends", "colleagues", "relatives", "neighbors", "students",
    "parents", "teachers", "doctors", "lawyers", "officers", "conservatives", "liberals",
    "progressives", "activists", "participants", "delegates", "donors", "pollsters", "polls",
    "surveys", "americans", "protesters", "demonstrators", "fans", "staff", "family",
]);

/// Heads of descriptions of organisations ("the group", "the committee").
#[rustfmt::skip]
pub static ORG_NOUNS: WordSet = WordSet::new(&[
    "group", "committee", "panel", "office", "agency", "ministry", "department", "government",
    "administration", "company", "firm", "organization", "organisation", "campaign", "party",
    "council", "commission", "court", "board", "union", "association", "coalition", "report",
    "study", "poll", "survey", "statement", "newspaper", "network", "website", "team", "bureau",
    "service", "institute", "foundation", "bank", "fund", "corporation", "paper", "outlet",
    "magazine", "site", "memo", "document", "filing", "lawsuit", "complaint", "letter", "article",
    "analysis", "cabinet", "congress", "senate", "parliament", "regime", "state", "military",
    "army", "embassy", "consulate", "house", "center", "centre", "chamber",
]);

/// Organisation nouns that name a document, not a body that speaks.
#[rustfmt::skip]
pub static DOCUMENT_NOUNS: WordSet = WordSet::new(&[
    "report", "study", "poll", "survey", "statement", "memo", "document", "filing", "lawsuit",
    "complaint", "letter", "article", "analysis", "paper",
]);

/// Words that make a capitalised name an organisation.
#[rustfmt::skip]
pub static ORG_NAME_WORDS: WordSet = WordSet::new(&[
    "office", "agency", "ministry", "department", "house", "chamber", "committee", "commission",
    "council", "party", "association", "institute", "university", "college", "foundation", "corp",
    "corp.", "inc", "inc.", "co.", "company", "group", "bank", "fund", "times", "post", "journal",
    "news", "press", "network", "service", "administration", "bureau", "court", "senate",
    "congress", "parliament", "assembly", "union", "federation", "league", "coalition", "center",
    "centre", "organization", "organisation", "campaign", "board", "authority", "police", "army",
    "navy", "force", "forces", "guard", "airlines", "technologies", "ltd", "ltd.", "llc", "report",
    "tribune", "herald", "gazette", "magazine", "daily", "reuters", "xinhua", "pentagon",
    "kremlin", "pac", "fbi", "cia", "nsa", "government", "state", "states", "cabinet", "media",
    "broadcasting", "television", "radio", "channel", "institution", "society", "club", "team",
    "commerce", "industry", "secretariat", "alliance", "cnn", "nbc", "abc", "cbs", "msnbc", "ap",
    "afp", "bbc", "npr", "pbs", "fox", "polls", "poll", "survey", "project", "trust", "watch",
    "international", "partners", "holdings", "systems", "motors", "labs", "microsoft", "google",
    "apple", "facebook", "twitter", "amazon", "school", "hospital", "church", "lab", "laboratory",
    "act", "amendment", "bill", "law", "grants", "program", "plan", "street", "avenue", "park",
    "tower", "hall", "airport", "stadium", "museum", "river", "county", "city", "island", "valley",
    "square", "bridge", "road", "day", "week", "war", "prize", "award", "movement",
]);

/// Countries and capitals that stand for their governments ("Beijing said").
#[rustfmt::skip]
pub static PLACES: WordSet = WordSet::new(&[
    "china", "united states", "u.s.", "us", "america", "russia", "britain", "u.k.", "uk", "japan",
    "india", "iran", "iraq", "syria", "israel", "france", "germany", "canada", "mexico",
    "australia", "taiwan", "north korea", "south korea", "ukraine", "turkey", "europe", "egypt",
    "pakistan", "afghanistan", "saudi arabia", "beijing", "washington", "moscow", "london",
    "tokyo", "paris", "berlin", "tehran", "cuba", "brazil", "italy", "spain", "greece",
    "european union", "eu", "nato", "un", "u.n.", "libya", "yemen", "qatar", "jordan", "lebanon",
    "hong kong", "new zealand", "vietnam", "philippines", "indonesia", "venezuela", "nigeria",
    "kenya", "south africa", "poland", "sweden", "norway", "new york", "california", "texas",
    "florida", "ohio", "virginia", "pennsylvania", "iowa", "nevada", "arizona", "michigan",
    "wisconsin", "colorado", "georgia", "carolina", "north carolina", "new hampshire",
]);

/// Demonym to country, so "the Chinese government" and "China's government" are one speaker.
#[rustfmt::skip]
pub const DEMONYMS: &[(&str, &str)] = &[
    ("chinese", "China"), ("american", "United States"), ("u.s.", "United States"),
    ("us", "United States"), ("russian", "Russia"), ("british", "United Kingdom"),
    ("japanese", "Japan"), ("iranian", "Iran"), ("indian", "India"), ("french", "France"),
    ("german", "Germany"), ("israeli", "Israel"), ("syrian", "Syria"), ("iraqi", "Iraq"),
    ("mexican", "Mexico"), ("canadian", "Canada"), ("turkish", "Turkey"), ("ukrainian", "Ukraine"),
    ("saudi", "Saudi Arabia"), ("pakistani", "Pakistan"), ("afghan", "Afghanistan"),
    ("australian", "Australia"), ("china", "China"), ("united states", "United States"),
    ("the united states", "United States"),
];

/// Titles that precede a person's name and are not part of it.
#[rustfmt::skip]
pub static TITLES: WordSet = WordSet::new(&[
    "president", "mr.", "mrs.", "ms.", "dr.", "sen.", "senator", "gov.", "governor", "rep.",
    "representative", "secretary", "minister", "prime", "vice", "premier", "chancellor", "judge",
    "gen.", "general", "former", "chairman", "chairwoman", "mayor", "king", "queen", "prince",
    "pope", "sir", "lord", "lady", "dame", "rev.", "reverend", "sheriff", "speaker", "leader",
    "candidate", "nominee", "attorney", "lt.", "col.", "sgt.", "capt.", "adm.", "gov",
    "presidential", "republican", "democratic", "democrat", "gop", "chief", "justice",
    "commissioner", "director", "ambassador", "state", "foreign", "defense", "first", "u.s.",
    "congressman", "congresswoman", "sen", "rep", "mr", "mrs", "ms", "dr", "elect",
    "president-elect", "then-candidate", "then-president", "acting", "deputy",
]);

#[rustfmt::skip]
pub static FEMALE_MARKERS: WordSet = WordSet::new(&[
    "she", "spokeswoman", "chairwoman", "congresswoman", "ms.", "mrs.", "ms", "mrs", "madam",
    "woman", "mother", "daughter", "wife", "queen", "lady", "businesswoman", "actress", "hillary",
    "chelsea", "huma", "kellyanne", "melania", "ivanka", "nancy", "michelle", "elizabeth", "sarah",
    "carly", "condoleezza", "hope", "katrina", "donna", "debbie", "jennifer", "mary", "susan",
    "karen", "lisa", "laura", "amy", "anna", "rebecca", "rachel", "megyn", "jill", "loretta",
    "samantha", "janet", "theresa", "angela", "marine", "nikki", "dana", "maria", "emily", "julia",
    "kate", "katie", "jane", "ann", "anne", "linda", "barbara", "betsy", "catherine", "kathleen",
    "kristen", "claire", "diane", "dianne", "tammy", "patty", "kirsten", "heidi", "ruth", "sonia",
    "elena", "carla", "cheryl", "jessica", "stephanie", "nicole", "ashley", "heather", "melissa",
    "michele", "rosa", "alicia", "tulsi", "joni", "marsha", "lynn", "sheila", "wendy", "valerie",
    "christine", "gretchen", "sharon", "suzanne", "ellen", "erin", "lauren", "meghan", "molly",
    "natalie", "olivia", "paula", "sally", "tina", "vicki", "oprah", "condi", "hilary",
    "madeleine", "kamala", "gina", "liz", "maggie", "jeanne", "jeanine", "kayleigh", "ivana",
    "tiffany", "omarosa", "grandmother", "sister", "girl",
]);

#[rustfmt::skip]
pub static MALE_MARKERS: WordSet = WordSet::new(&[
    "he", "spokesman", "chairman", "congressman", "mr.", "mr", "man", "father", "son", "husband",
    "king", "businessman", "donald", "bill", "barack", "mike", "tim", "bernie", "john", "paul",
    "ted", "marco", "jeb", "chris", "ben", "george", "joe", "rudy", "newt", "reince", "james",
    "robert", "michael", "david", "richard", "thomas", "mark", "steve", "steven", "jim", "eric",
    "corey", "jason", "sean", "brian", "kevin", "vladimir", "xi", "lindsey", "rand", "mitch",
    "harry", "rick", "scott", "bob", "tom", "dan", "dave", "jeff", "jerry", "larry", "gary",
    "frank", "greg", "matt", "andrew", "anthony", "charles", "chuck", "doug", "ed", "gregory",
    "jack", "jake", "jonathan", "josh", "justin", "keith", "ken", "kenneth", "luis", "martin",
    "nick", "patrick", "peter", "phil", "ray", "roger", "ron", "ronald", "ryan", "sam", "stephen",
    "terry", "tony", "walter", "william", "jared", "jimmy", "al", "howard", "henry", "carl",
    "brother", "boy", "grandfather", "uncle", "nephew", "hugh", "lester", "tucker", "bret", "jay",
]);

/// Paragraph openings that mark page furniture, not article text.
#[rustfmt::skip]
pub const BOILERPLATE_STARTS: &[&str] = &[
    "tags ", "more about", "join the", "sign up", "subscribe", "follow us", "show comments",
    "leave a reply", "your email address", "error:", "fact check", "please ", "read more",
    "read the rest", "click here", "photo:", "image:", "view more", "view results", "view related",
    "ads by google", "copyright", "all rights reserved", "share this", "related:",
    "related stories", "have your say", "comments are open", "you can comment",
    "new to commenting", "make text:", "contact us", "membership is free", "for all your",
    "having problems", "* required", "the winnipeg free press does not", "this will only be used",
    "sponsored", "recommended", "watch:", "listen:", "video:", "photos:", "caption:",
    // Wire photo captions: "FILE PHOTO: Senator Ted Cruz speaks ...", "FILE - In this ...".
    "file photo:", "file photo -", "file photo –", "file - in this", "file – in this",
];

/// Whole paragraphs that are page furniture (compared lowercase, trimmed).
#[rustfmt::skip]
pub const BOILERPLATE_LINES: &[&str] = &[
    "or", "yes", "no", "print", "email", "share", "tweet", "cancel", "menu", "featured",
    "slideshows", "advertisement", "[]", "comments", "related",
];

/// Phrases that mark page furniture wherever they stand in a paragraph.
#[rustfmt::skip]
pub const BOILERPLATE_PHRASES: &[&str] = &[
    "newsletter", "privacy policy", "terms and conditions", "terms of use", "sign up to",
    "email address", "e-edition", "comment on most stories", "submitting your comment",
    "required fields", "all rights reserved", "cookie policy", "uses cookies", "use of cookies",
    "subscribers only",
];
