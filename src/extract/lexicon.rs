//! Word lists the extraction rules consult. Kept in one place so that tuning the rules on new
//! text means editing data, not code.

/// Attribution cues, lowercase word sequences. `risky` cues double as nouns or adjectives
/// ("the alleged ties", "the Xinhua report") and count only right after their subject or
/// before "that".
pub struct Cue {
    pub words: &'static [&'static str],
    pub risky: bool,
}

macro_rules! cues {
    ($($risky:literal [$($w:literal)+])*) => { &[$(Cue { words: &[$($w),+], risky: $risky }),*] };
}

pub const CUES: &[Cue] = cues! {
    false ["was" "quoted" "as" "saying"] false ["is" "quoted" "as" "saying"]
    false ["were" "quoted" "as" "saying"] false ["quoted" "as" "saying"]
    false ["went" "on" "to" "state"] false ["went" "on" "to" "say"] false ["goes" "on" "to" "say"]
    false ["according" "to"]
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
    false ["answered"] false ["pressed"] false ["posted"] true ["reads"] false ["quipped"]
    false ["joked"] false ["shouted"] false ["declined"] false ["observed"] false ["mused"]
    false ["wondered"] false ["retorted"] false ["lamented"] false ["cautioned"] false ["agreed"]
    false ["found"] false ["finds"] false ["showed"] false ["shows"] false ["estimated"]
    false ["estimates"] false ["predicts"] false ["thought"] true ["felt"] false ["feels"]
    false ["knows"] false ["knew"] false ["expects"] false ["expected"] false ["wants"]
    false ["insisting"] false ["noting"] false ["explaining"] false ["acknowledging"]
    false ["suggesting"] false ["stressing"] false ["calling"]
    false ["announcing"] false ["warning"] false ["arguing"] false ["claiming"]
};

/// Words that may stand between a subject and its cue ("Obama has also said").
pub const AUXILIARIES: &[&str] = &[
    "also", "has", "have", "had", "was", "were", "is", "are", "later", "then", "further", "again",
    "repeatedly", "continually", "previously", "earlier", "recently", "once", "reportedly",
    "publicly", "privately", "quickly", "would", "will", "did", "does", "do", "just", "first",
    "separately", "flatly", "strongly", "firmly", "already", "often", "frequently", "explicitly",
    "specifically", "bluntly", "openly", "angrily", "simply", "herself", "himself", "themselves",
    "itself", "long", "subsequently", "initially", "last", "week", "month", "year", "yesterday",
    "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Words that end a noun phrase when read backwards from a cue.
pub const NP_STOP: &[&str] = &[
    "that", "which", "whom", "whose", "and", "or", "but", "because", "while", "when", "where",
    "after", "before", "since", "as", "if", "than", "so", "to", "in", "on", "at", "from", "by",
    "with", "for", "of", "about", "into", "over", "under", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "will", "would", "can", "could", "should", "may",
    "might", "must", "not", "also", "yet", "what", "how", "why", "though", "although", "once",
    "until", "unless", "whether", "during", "amid", "against", "through", "without", "even",
    "this", "these", "those", "there", "here", "then", "now", "said", "says", "told", "do",
    "does", "did", "being", "just", "still", "only", "all", "both", "either", "neither", "who",
    "via", "per", "like", "up", "out", "back", "off", "last", "ago", "earlier", "later",
];

pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "who"];

pub const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "its", "his", "her", "their", "our"];

/// Words that, right before a short quotation, make it a name or term, not a statement.
pub const TERM_MARKERS: &[&str] = &[
    "a", "an", "new", "so-called", "called", "dubbed", "termed", "upcoming", "named", "titled",
    "word", "phrase", "term", "slogan", "label", "nicknamed", "branded",
];

/// Heads of descriptions of people ("the spokesman", "a senior official").
pub const PERSON_NOUNS: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "official", "officer", "secretary", "minister",
    "director", "chief", "head", "chairman", "chairwoman", "chair", "leader", "adviser",
    "advisor", "aide", "ambassador", "analyst", "candidate", "nominee", "lawyer", "attorney",
    "senator", "governor", "mayor", "member", "manager", "founder", "executive", "professor",
    "researcher", "expert", "reporter", "editor", "correspondent", "economist", "strategist",
    "pollster", "consultant", "source", "representative", "staffer", "deputy", "envoy",
    "commander", "judge", "prosecutor", "investigator", "agent", "contractor", "owner",
    "partner", "author", "writer", "activist", "voter", "supporter", "surrogate", "operative",
    "coordinator", "president", "congressman", "congresswoman", "lawmaker", "legislator",
    "diplomat", "scientist", "doctor", "physician", "witness", "resident", "friend", "woman",
    "man", "person", "veteran", "student", "teacher", "worker", "father", "mother", "son",
    "daughter", "wife", "husband", "ceo", "chancellor", "premier", "general", "sheriff",
    "detective", "campaigner", "organizer", "host", "anchor", "commentator", "columnist",
    "pundit", "historian", "observer", "critic", "insider", "negotiator", "planner",
    "speaker", "nominee", "challenger", "incumbent", "delegate", "donor", "fan", "player",
    "coach", "publisher", "producer", "actor", "spokespeople", "officials", "sources",
    "analysts", "experts", "critics", "observers", "aides", "advisers", "advisors", "lawmakers",
    "researchers", "scientists", "residents", "witnesses", "people", "voters", "supporters",
    "leaders", "members", "authorities", "police", "investigators", "prosecutors", "economists",
    "strategists", "democrats", "republicans", "insiders", "diplomats", "staffers", "others",
];

/// Heads of descriptions of organisations ("the group", "the committee").
pub const ORG_NOUNS: &[&str] = &[
    "group", "committee", "panel", "office", "agency", "ministry", "department", "government",
    "administration", "company", "firm", "organization", "organisation", "campaign", "party",
    "council", "commission", "court", "board", "union", "association", "coalition", "report",
    "study", "poll", "survey", "statement", "newspaper", "network", "website", "team",
    "bureau", "service", "institute", "foundation", "bank", "fund", "corporation", "paper",
    "outlet", "magazine", "site", "memo", "document", "filing", "lawsuit", "complaint", "letter",
    "article", "analysis", "cabinet", "congress", "senate", "parliament", "regime", "state",
    "military", "army", "embassy", "consulate", "house", "center", "centre", "chamber",
];

/// Words that make a capitalised name an organisation.
pub const ORG_NAME_WORDS: &[&str] = &[
    "office", "agency", "ministry", "department", "house", "chamber", "committee", "commission",
    "council", "party", "association", "institute", "university", "college", "foundation",
    "corp", "corp.", "inc", "inc.", "co.", "company", "group", "bank", "fund", "times", "post",
    "journal", "news", "press", "network", "service", "administration", "bureau", "court",
    "senate", "congress", "parliament", "assembly", "union", "federation", "league", "coalition",
    "center", "centre", "organization", "organisation", "campaign", "board", "authority",
    "police", "army", "navy", "force", "forces", "guard", "airlines", "technologies", "ltd",
    "ltd.", "llc", "report", "tribune", "herald", "gazette", "magazine", "daily", "reuters",
    "xinhua", "pentagon", "kremlin", "pac", "fbi", "cia", "nsa", "government", "state", "states",
    "cabinet", "media", "broadcasting", "television", "radio", "channel", "institution",
    "society", "club", "team", "commerce", "industry", "council", "secretariat", "alliance",
    "cnn", "nbc", "abc", "cbs", "msnbc", "ap", "afp", "bbc", "reuters", "npr", "pbs", "fox",
    "polls", "poll", "survey", "project", "trust", "watch", "international", "partners",
    "holdings", "systems", "motors", "labs", "microsoft", "google", "apple", "facebook",
    "twitter", "amazon", "department", "school", "hospital", "church", "lab", "laboratory",
];

/// Countries and capitals that stand for their governments ("Beijing said").
pub const PLACES: &[&str] = &[
    "china", "united states", "u.s.", "us", "america", "russia", "britain", "u.k.", "uk",
    "japan", "india", "iran", "iraq", "syria", "israel", "france", "germany", "canada", "mexico",
    "australia", "taiwan", "north korea", "south korea", "ukraine", "turkey", "europe", "egypt",
    "pakistan", "afghanistan", "saudi arabia", "beijing", "washington", "moscow", "london",
    "tokyo", "paris", "berlin", "tehran", "cuba", "brazil", "italy", "spain", "greece",
    "european union", "eu", "nato", "un", "u.n.", "libya", "yemen", "qatar", "jordan", "lebanon",
    "hong kong", "new zealand", "vietnam", "philippines", "indonesia", "venezuela", "nigeria",
    "kenya", "south africa", "poland", "sweden", "norway", "new york", "california", "texas",
    "florida", "ohio", "virginia", "pennsylvania", "iowa", "nevada", "arizona", "michigan",
    "wisconsin", "colorado", "georgia", "carolina", "north carolina", "new hampshire",
];

/// Demonym to country, so "the Chinese government" and "China's government" are one speaker.
pub const DEMONYMS: &[(&str, &str)] = &[
    ("chinese", "China"), ("american", "United States"), ("u.s.", "United States"),
    ("us", "United States"), ("russian", "Russia"), ("british", "United Kingdom"),
    ("japanese", "Japan"), ("iranian", "Iran"), ("indian", "India"), ("french", "France"),
    ("german", "Germany"), ("israeli", "Israel"), ("syrian", "Syria"), ("iraqi", "Iraq"),
    ("mexican", "Mexico"), ("canadian", "Canada"), ("turkish", "Turkey"),
    ("ukrainian", "Ukraine"), ("saudi", "Saudi Arabia"), ("pakistani", "Pakistan"),
    ("afghan", "Afghanistan"), ("australian", "Australia"), ("china", "China"),
    ("united states", "United States"), ("the united states", "United States"),
];

/// Titles that precede a person's name and are not part of it.
pub const TITLES: &[&str] = &[
    "president", "mr.", "mrs.", "ms.", "dr.", "sen.", "senator", "gov.", "governor", "rep.",
    "representative", "secretary", "minister", "prime", "vice", "premier", "chancellor", "judge",
    "gen.", "general", "former", "chairman", "chairwoman", "mayor", "king", "queen", "prince",
    "pope", "sir", "lord", "lady", "dame", "rev.", "reverend", "sheriff", "speaker", "leader",
    "candidate", "nominee", "attorney", "lt.", "col.", "sgt.", "capt.", "adm.", "gov",
    "presidential", "republican", "democratic", "democrat", "gop", "chief", "justice",
    "commissioner", "director", "ambassador", "state", "foreign", "defense", "first", "u.s.",
    "congressman", "congresswoman", "sen", "rep", "mr", "mrs", "ms", "dr", "elect",
    "president-elect", "then-candidate", "then-president", "former", "acting", "deputy",
];

pub const FEMALE_MARKERS: &[&str] = &[
    "she", "spokeswoman", "chairwoman", "congresswoman", "ms.", "mrs.", "ms", "mrs", "madam",
    "woman", "mother", "daughter", "wife", "queen", "lady", "businesswoman", "actress",
    "hillary", "chelsea", "huma", "kellyanne", "melania", "ivanka", "nancy", "michelle",
    "elizabeth", "sarah", "carly", "condoleezza", "hope", "katrina", "donna", "debbie",
    "jennifer", "mary", "susan", "karen", "lisa", "laura", "amy", "anna", "rebecca", "rachel",
    "megyn", "jill", "loretta", "samantha", "janet", "theresa", "angela", "marine", "nikki",
    "dana", "maria", "emily", "julia", "kate", "katie", "jane", "ann", "anne", "linda",
];

pub const MALE_MARKERS: &[&str] = &[
    "he", "spokesman", "chairman", "congressman", "mr.", "mr", "man", "father", "son",
    "husband", "king", "businessman", "donald", "bill", "barack", "mike", "tim", "bernie",
    "john", "paul", "ted", "marco", "jeb", "chris", "ben", "george", "joe", "rudy", "newt",
    "reince", "james", "robert", "michael", "david", "richard", "thomas", "mark", "steve",
    "steven", "jim", "eric", "corey", "jason", "sean", "brian", "kevin", "vladimir", "xi",
];

/// Paragraph openings that mark page furniture, not article text.
pub const BOILERPLATE_STARTS: &[&str] = &[
    "tags ", "more about", "join the", "sign up", "subscribe", "follow us", "show comments",
    "leave a reply", "your email address", "error:", "fact check", "please ", "read more",
    "read the rest", "click here", "photo:", "image:", "view more", "view results",
    "view related", "ads by google", "copyright", "all rights reserved", "share this",
    "related:", "related stories", "have your say", "comments are open", "you can comment",
    "new to commenting", "make text:", "contact us", "membership is free", "for all your",
    "having problems", "* required", "the winnipeg free press does not",
    "this will only be used", "sponsored", "recommended", "watch:", "listen:", "video:",
    "photos:", "caption:",
];

/// Whole paragraphs that are page furniture (compared lowercase, trimmed).
pub const BOILERPLATE_LINES: &[&str] = &[
    "or", "yes", "no", "print", "email", "share", "tweet", "cancel", "menu", "featured",
    "slideshows", "advertisement", "[]", "comments", "related",
];

/// Phrases that mark page furniture wherever they stand in a paragraph.
pub const BOILERPLATE_PHRASES: &[&str] = &[
    "newsletter", "privacy policy", "terms and conditions", "terms of use", "sign up to",
    "email address", "e-edition", "comment on most stories", "submitting your comment",
    "required fields", "all rights reserved", "cookie", "subscribers only",
];
