//! Who a noun phrase names: a person or organisation with its role split out, or a pronoun
//! or description ("she", "the spokesman", "The group") resolved to an earlier speaker of the
//! same article. One `Registry` per article keeps the entities seen so far.

use std::collections::HashMap;

type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

use super::lexicon::*;
use super::text::Token;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Org,
}

#[derive(Debug, Clone)]
struct Entity {
    name: String,
    kind: Kind,
    female: Option<bool>,
    role: Option<String>,
    /// The relaying source of this entity's last statement ("via Xinhua").
    via: Option<String>,
    /// Where it was last named or last spoke.
    last_seen: usize,
    /// The offices of the titles it was named with, and whether as a former holder
    /// (("senator", false) for "Sen. Ann Pike"), so "the senator" can refer to it.
    offices: Vec<(&'static str, bool)>,
}

/// The outcome of resolving a mention.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub name: Option<String>,
    pub role: Option<String>,
    pub entity: Option<usize>,
    /// Set when the mention was a pronoun or description: the antecedent's relaying source.
    pub inherited_via: Option<String>,
}

#[derive(Default)]
pub struct Registry {
    entities: Vec<Entity>,
    by_name: FastMap<String, usize>,
    /// First and last words of people's names ("Obama", "Hua"), and first words of
    /// organisations named by one word and generic ones ("Xinhua" News Agency).
    by_short: FastMap<String, Vec<usize>>,
    /// (byte position, entity): where people were named, for pronouns.
    person_mentions: Vec<(usize, usize)>,
    /// Those of them that open a sentence or clause, or speak: pronouns prefer subjects.
    subjects: Vec<(usize, usize)>,
    /// (byte position, entity): who spoke where, for "it", "the group", "the spokesman".
    speakers: Vec<(usize, usize)>,
    /// (byte position, entity): people named with the title "President" and no other
    /// country's demonym, for "POTUS".
    presidents: Vec<(usize, usize)>,
}

fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

fn in_list(list: &WordSet, w: &str) -> bool {
    if w.chars().all(|c| c.is_lowercase() || !c.is_alphabetic()) {
        list.has(w)
    } else {
        list.has(&lower(w))
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix("s'"))
        .unwrap_or(w)
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s")
}

/// A capitalised word that may be part of a name.
fn is_cap(w: &str) -> bool {
    let first = w.chars().next().unwrap_or(' ');
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    let w = strip_possessive(w);
    // The function words in those lists are short.
    if w.len() > 9 {
        return true;
    }
    let l = lower(w);
    // "Will Doyle": a first name that is also a function word.
    l == "will"
        || !(DETERMINERS.has(l.as_str()) || PRONOUNS.has(l.as_str()) || NP_STOP.has(l.as_str()))
}

/// A common noun that is capitalised only because it opens the sentence ("Officials said").
fn is_common(w: &str) -> bool {
    let l = lower(strip_possessive(w));
    (PERSON_NOUNS.has(l.as_str()) && !in_list(&TITLES, &l)) || ORG_NOUNS.has(l.as_str())
}

fn is_acronym(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

fn is_place(name: &str) -> bool {
    PLACES.has(lower(name).as_str())
}

fn country_of(w: &str) -> Option<&'static str> {
    let l = lower(strip_possessive(w));
    DEMONYMS.iter().find(|(d, _)| *d == l).map(|(_, c)| *c)
}

fn name_kind(words: &[&str]) -> Kind {
    let joined = words.join(" ");
    // People's names hold no digits ("13th Amendment", "Trump 458").
    if is_place(&joined)
        || joined.chars().any(|c| c.is_ascii_digit())
        || words
            .iter()
            .any(|w| in_list(&ORG_NAME_WORDS, strip_possessive(w)) || is_acronym(w))
        || words.len() > 4
    {
        Kind::Org
    } else {
        Kind::Person
    }
}

/// Whether `name` reads as a person's name (not an organisation's).
pub fn is_person_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    name_kind(&words) == Kind::Person
}

fn gender_of(words: &[&str]) -> Option<bool> {
    for w in words {
        if in_list(&FEMALE_MARKERS, w) {
            return Some(true);
        }
        if in_list(&MALE_MARKERS, w) {
            return Some(false);
        }
    }
    None
}

/// The gender an honorific states ("Mr. Bush", "Mrs. Bush"); role words such as
/// "spokeswoman" are not trusted enough to tell two people apart, as outlets swap them.
fn honorific_gender(words: &[&str]) -> Option<bool> {
    words.iter().find_map(|w| match w.trim_end_matches('.') {
        "Mr" => Some(false),
        "Mrs" | "Ms" | "Miss" => Some(true),
        _ => None,
    })
}

/// How far back, in bytes, "the senator" looks for a person named with the title: a few
/// paragraphs.
const OFFICE_REACH: usize = 2000;

/// The office a title or a noun of office names, spelled one way: "Sen." and "senator" are
/// "senator".
fn office_of(word: &str) -> Option<&'static str> {
    let w = lower(word);
    Some(match w.trim_end_matches('.') {
        "sen" | "senator" => "senator",
        "gov" | "governor" => "governor",
        "rep" | "representative" | "congressman" | "congresswoman" => "representative",
        "president" => "president",
        "mayor" => "mayor",
        "judge" => "judge",
        "sheriff" => "sheriff",
        "ambassador" => "ambassador",
        "gen" | "general" => "general",
        _ => return None,
    })
}

/// A lowercase word that may stand between two capitalised words of one name: a connector
/// ("Chamber of Commerce") or a mistyped word ("State information Office"), not a role.
fn is_name_bridge(w: &str) -> bool {
    ["of", "in", "for", "and", "&", "de", "on"].contains(&w)
        || w.chars().next().is_some_and(char::is_lowercase)
            && !in_list(&NP_STOP, w)
            && !in_list(&PERSON_NOUNS, w)
            && !in_list(&DETERMINERS, w)
            && !w.contains('-')
}

/// Where "from" or "of" stands in a role noun followed by a place ("senator from Vermont",
/// "governor of New York"): after a determiner (`determined`) any capitalised words of up to
/// three, otherwise only a known place ("Secretary of State John Kerry" is a name).
fn role_from_place(words: &[&str], determined: bool) -> Option<usize> {
    let k = words.iter().position(|w| *w == "from" || *w == "of")?;
    let tail = &words[k + 1..];
    let role = k > 0 && !is_cap(words[k - 1]) && PERSON_NOUNS.has(lower(words[k - 1]).as_str());
    let place_like = !tail.is_empty() && tail.len() <= 3 && tail.iter().all(|w| is_cap(w));
    (role && place_like && (determined || is_place(&tail.join(" ")))).then_some(k)
}

/// The last run of capitalised words, allowing "of", "in", "for", "and", "&", "de" between
/// capitals ("American Chamber of Commerce in China"). Returns the index of its first word.
fn trailing_name_start(words: &[&str]) -> Option<usize> {
    let n = words.len();
    if n == 0 || !is_cap(words[n - 1]) {
        return None;
    }
    let mut start = n - 1;
    while start > 0 {
        let w = words[start - 1];
        if is_cap(w) && !is_possessive(w) {
            start -= 1;
        } else if start >= 2
            && is_cap(words[start - 2])
            && !is_possessive(words[start - 2])
            && is_name_bridge(w)
        {
            start -= 2;
        } else {
            break;
        }
    }
    if start == 0 && n == 1 && is_common(words[0]) {
        start += 1;
    }
    (start < n).then_some(start)
}

/// Where a person's name starts after an office and its title, written as one run of
/// capitals: "White House Press Secretary Sarah Sanders", "Harvard Law Professor Ann Lee". The
/// whole run reads as an organisation ("House"), but the two or three words after the last
/// title or role noun are a person's name, and the office is no part of it.
fn name_after_office(run: &[&str]) -> Option<usize> {
    if run.len() < 4 || name_kind(run) == Kind::Person {
        return None;
    }
    let last_title = (1..run.len() - 2).rev().find(|&j| {
        let w = lower(run[j]);
        in_list(&TITLES, &w) || PERSON_NOUNS.has(w.as_str())
    })?;
    let name = &run[last_title + 1..];
    let office = &run[..last_title];
    (name.len() <= 3
        && name.iter().all(|w| is_cap(w))
        && office.iter().all(|w| is_cap(w))
        && name_kind(name) == Kind::Person)
        .then_some(last_title + 1)
}

impl Registry {
    fn add(
        &mut self,
        name: String,
        kind: Kind,
        female: Option<bool>,
        role: Option<String>,
    ) -> usize {
        if let Some(&i) = self.by_name.get(&name) {
            if female.is_some() {
                self.entities[i].female = female;
            }
            if role.is_some() {
                self.entities[i].role = role;
            }
            return i;
        }
        let i = self.entities.len();
        let parts: Vec<&str> = name.split(' ').collect();
        if parts.len() > 1 {
            match kind {
                Kind::Person => {
                    for short in [parts[0], parts[parts.len() - 1]] {
                        self.by_short.entry(short.to_string()).or_default().push(i);
                    }
                }
                Kind::Org if parts[1..].iter().all(|p| in_list(&ORG_NAME_WORDS, p)) => {
                    self.by_short
                        .entry(parts[0].to_string())
                        .or_default()
                        .push(i);
                }
                Kind::Org => {}
            }
        }
        self.by_name.insert(name.clone(), i);
        self.entities.push(Entity {
            name,
            kind,
            female,
            role,
            via: None,
            last_seen: 0,
            offices: Vec::new(),
        });
        i
    }

    /// Notes that entity `e` was named with these titles, the words before the name ("former
    /// President").
    fn titled(&mut self, e: usize, titles: &[&str]) {
        let former = titles.iter().any(|t| t.eq_ignore_ascii_case("former"));
        for office in titles.iter().filter_map(|t| office_of(t)) {
            let office = (office, former);
            if !self.entities[e].offices.contains(&office) {
                self.entities[e].offices.push(office);
            }
        }
    }

    fn seen(&mut self, e: usize, pos: usize) {
        self.entities[e].last_seen = self.entities[e].last_seen.max(pos);
    }

    /// An entity whose name this single word shortens: "Obama" for "Barack Obama", "Hua" for
    /// "Hua Chunying", "Xinhua" for "Xinhua News Agency". People first, the latest named.
    fn find_short(&self, word: &str) -> Option<usize> {
        self.find_short_of_gender(word, None)
    }

    /// As `find_short`, for a name whose honorific tells the gender: "Mr. Bush" is never
    /// Laura Bush.
    fn find_short_of_gender(&self, word: &str, female: Option<bool>) -> Option<usize> {
        let found = self.by_short.get(word)?;
        let fits =
            |i: &usize| female.is_none_or(|f| self.entities[*i].female.is_none_or(|g| g == f));
        found.iter().copied().filter(fits).max_by_key(|&i| {
            (
                self.entities[i].kind == Kind::Person,
                self.entities[i].last_seen,
                std::cmp::Reverse(i),
            )
        })
    }

    /// An organisation this longer or shorter name also names ("Internet Information Office" and
    /// "State Internet Information Office").
    fn find_org_variant(&self, name: &str) -> Option<usize> {
        self.entities.iter().position(|e| {
            e.kind == Kind::Org
                && name.split(' ').count() >= 2
                && e.name.split(' ').count() >= 2
                && (e.name.ends_with(&format!(" {name}"))
                    || name.ends_with(&format!(" {}", e.name)))
        })
    }

    /// Notes the people a paragraph names outside quotations, so pronouns can find them. A
    /// headline's names are learnt (the body may use only the surname), but in a headline
    /// every word is capitalised, so its runs ("Senators Debate") are no place for a pronoun
    /// to refer back to.
    pub fn note_people(&mut self, body: &str, tokens: &[Token], headline: bool) {
        let marks = (
            self.person_mentions.len(),
            self.subjects.len(),
            self.presidents.len(),
        );
        self.note_names(body, tokens);
        if headline {
            self.person_mentions.truncate(marks.0);
            self.subjects.truncate(marks.1);
            self.presidents.truncate(marks.2);
        }
    }

    fn note_names(&mut self, body: &str, tokens: &[Token]) {
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            // "Will Trump win?": at the start of a sentence "Will" asks, it names no one.
            let opens = i == 0 || [".", "!", "?", "“", "\""].contains(&tokens[i - 1].text(body));
            if t.quoted || !t.is_word() || !is_cap(t.text(body)) || opens && t.text(body) == "Will"
            {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < tokens.len()
                && !tokens[j].quoted
                && tokens[j].is_word()
                && is_cap(tokens[j].text(body))
            {
                j += 1;
                if is_possessive(tokens[j - 1].text(body)) {
                    break;
                }
            }
            if j - i == 1 {
                // One capitalised word names someone only as a short form of a known person.
                let pos = tokens[i].start;
                let word = strip_possessive(tokens[i].text(body));
                if let Some(e) = self
                    .find_short(word)
                    .filter(|&e| self.entities[e].kind == Kind::Person)
                {
                    let subject = i == 0
                        || [".", "!", "?", ",", "”", "\"", ";", "—"]
                            .contains(&tokens[i - 1].text(body));
                    self.person_mentions.push((pos, e));
                    if subject {
                        self.subjects.push((pos, e));
                    }
                    self.seen(e, pos);
                }
                i = j;
                continue;
            }
            let words: Vec<&str> = tokens[i..j]
                .iter()
                .map(|t| strip_possessive(t.text(body)))
                .collect();
            let mut k = usize::from(is_common(words[0]));
            while k < words.len() && in_list(&TITLES, words[k]) && country_of(words[k]).is_none() {
                k += 1;
            }
            while k < words.len() && k + 1 < words.len() && country_of(words[k]).is_some() {
                k += 1;
                while k < words.len() && in_list(&TITLES, words[k]) {
                    k += 1;
                }
            }
            let name = &words[k.min(words.len())..];
            let titled = k > 0;
            if !name.is_empty()
                && name.len() <= 3
                && name_kind(name) == Kind::Person
                && !is_place(&name.join(" "))
            {
                let pos = tokens[i].start;
                let subject = i == 0
                    || [".", "!", "?", ",", "”", "\"", ";", "—"]
                        .contains(&tokens[i - 1].text(body));
                let before = self.person_mentions.len();
                if name.len() >= 2 || titled {
                    let female = gender_of(&words);
                    let e = self.add(name.join(" "), Kind::Person, female, None);
                    // "former" in lowercase stands before the run of capitals.
                    let former = (i > 0 && tokens[i - 1].text(body) == "former")
                        .then_some("former")
                        .into_iter();
                    let titles: Vec<&str> = former.chain(words[..k].iter().copied()).collect();
                    self.titled(e, &titles);
                    self.person_mentions.push((pos, e));
                    self.seen(e, pos);
                    let foreign = words[..k]
                        .iter()
                        .any(|w| country_of(w).is_some_and(|c| c != "United States"));
                    if words[..k].contains(&"President") && !foreign {
                        self.presidents.push((pos, e));
                    }
                } else if let Some(e) = self
                    .find_short(name[0])
                    .filter(|&e| self.entities[e].kind == Kind::Person)
                {
                    self.person_mentions.push((pos, e));
                    self.seen(e, pos);
                }
                if subject && self.person_mentions.len() > before {
                    let last = *self.person_mentions.last().expect("just pushed");
                    self.subjects.push(last);
                }
            }
            i = j.max(i + 1);
        }
    }

    /// Records that entity `e` made a statement at `pos`, relayed by `via`.
    pub fn spoke(&mut self, e: usize, pos: usize, via: Option<&str>) {
        self.speakers.push((pos, e));
        self.seen(e, pos);
        if self.entities[e].kind == Kind::Person {
            self.person_mentions.push((pos, e));
            self.subjects.push((pos, e));
        }
        self.entities[e].via = via.map(str::to_string);
    }

    pub fn is_person(&self, e: usize) -> bool {
        self.entities[e].kind == Kind::Person
    }

    fn mark_gender(&mut self, e: usize, female: bool) {
        self.entities[e].female = Some(female);
    }

    fn resolved(&self, e: usize, role: Option<String>, inherit: bool) -> Resolved {
        let ent = &self.entities[e];
        Resolved {
            name: Some(ent.name.clone()),
            role,
            entity: Some(e),
            inherited_via: if inherit { ent.via.clone() } else { None },
        }
    }

    /// An organisation known only by a description ("the bank"), as a speaker of its own.
    pub fn described_org(&mut self, description: &str) -> Resolved {
        let e = self.add(description.to_string(), Kind::Org, None, None);
        self.resolved(e, None, false)
    }

    /// Resolves the noun phrase `np` (word tokens) standing at byte `pos`.
    pub fn resolve(&mut self, body: &str, np: &[Token], pos: usize) -> Resolved {
        let all: Vec<&str> = np.iter().map(|t| t.text(body)).collect();
        if all.is_empty() {
            return Resolved::default();
        }
        if all.len() == 1 && in_list(&PRONOUNS, all[0]) {
            return self.resolve_pronoun(&lower(all[0]), pos);
        }
        // A possessive pronoun ("her belief that ..."): its owner.
        if let [p] = all[..] {
            let owner = match lower(p).as_str() {
                "his" => Some("he"),
                "her" => Some("she"),
                "their" => Some("they"),
                "its" => Some("it"),
                _ => None,
            };
            if let Some(owner) = owner {
                return self.resolve_pronoun(owner, pos);
            }
        }
        // "POTUS" is the president the article named before, and no speaker of its own.
        if let [p] = all[..] {
            if p.trim_start_matches(['.', '@']) == "POTUS" {
                let named = self.presidents.iter().rfind(|(at, _)| *at < pos);
                return match named {
                    Some(&(_, e)) => self.resolved(e, None, false),
                    None => Resolved::default(),
                };
            }
        }
        let definite = all[0].eq_ignore_ascii_case("the");
        let mut words: &[&str] = &all;
        while let Some(w) = words.first() {
            if ["the", "a", "an"].iter().any(|d| w.eq_ignore_ascii_case(d)) {
                words = &words[1..];
            } else {
                break;
            }
        }
        // A leading possessive is an affiliation: "China's Foreign Ministry spokesman ...".
        let mut affiliation = None;
        while words.len() > 1 && is_possessive(words[0]) && is_cap(words[0]) {
            affiliation = Some(strip_possessive(words[0]));
            words = &words[1..];
        }
        if words.is_empty() {
            return Resolved::default();
        }
        let head = lower(strip_possessive(words[words.len() - 1]));
        // "China's government", "the Chinese government": the country.
        if head == "government" || head == "regime" {
            let modifier = if words.len() >= 2 {
                Some(words[words.len() - 2])
            } else {
                affiliation
            };
            if let Some(country) = modifier.and_then(country_of) {
                let e = self.add(country.to_string(), Kind::Org, None, None);
                return self.resolved(e, None, false);
            }
        }
        // "the Xinhua report", "a White House statement": whoever issued it.
        if [
            "report",
            "reports",
            "statement",
            "story",
            "article",
            "broadcast",
        ]
        .contains(&head.as_str())
            && words.len() > 1
            && words[..words.len() - 1].iter().any(|w| is_cap(w))
        {
            let np_tokens: Vec<Token> = np
                .iter()
                .copied()
                .filter(|t| t.text(body) != words[words.len() - 1])
                .collect();
            return self.resolve(body, &np_tokens, pos);
        }
        // "The senator from Vermont", "the governor of Texas": a role and its place describe a
        // person; the place never speaks.
        if let Some(k) = role_from_place(words, definite || all.len() > words.len()) {
            let role_text = words.join(" ");
            if let Some(e) = self.find_by_role(&lower(words[k - 1]), definite) {
                return self.resolved(e, Some(role_text), true);
            }
            return Resolved {
                role: Some(role_text),
                ..Resolved::default()
            };
        }
        if let Some(start) = trailing_name_start(words) {
            return self.resolve_name(words, start);
        }
        let role_text = words.join(" ");
        let has_caps = words[..words.len() - 1].iter().any(|w| is_cap(w)) || affiliation.is_some();
        if PERSON_NOUNS.has(head.as_str()) {
            // "the Internet office's spokesman": a known person with that role, if any.
            if let Some(e) = self.find_by_role(&head, definite) {
                return self.resolved(e, Some(role_text), true);
            }
            if let Some(e) = self.find_by_office(words, pos, definite) {
                return self.resolved(e, Some(role_text), true);
            }
            if has_caps && head.ends_with('s') && !words.iter().any(|w| is_possessive(w)) {
                // "Chinese officials", "U.S. officials": a group named by its affiliation.
                let e = self.add(role_text.clone(), Kind::Org, None, None);
                return self.resolved(e, None, false);
            }
            let role = (words.len() > 1).then_some(role_text);
            return Resolved {
                role,
                ..Resolved::default()
            };
        }
        if ORG_NOUNS.has(head.as_str()) {
            if definite {
                if let Some(e) = self.find_org_description(words, &head) {
                    return self.resolved(e, None, true);
                }
            }
            if has_caps || !definite {
                let e = self.add(role_text, Kind::Org, None, None);
                return self.resolved(e, None, false);
            }
        }
        Resolved::default()
    }

    fn resolve_name(&mut self, words: &[&str], start: usize) -> Resolved {
        let run = &words[start..];
        if let Some(name_at) = name_after_office(run) {
            return self.resolve_name(words, start + name_at);
        }
        let mut k = 0;
        // Titles and nationalities before a person's name are not part of it, nor is the
        // office of a title ("Secretary of State John Kerry").
        while k + 1 < run.len() {
            if in_list(&TITLES, run[k]) || country_of(run[k]).is_some() {
                k += 1;
            } else if run[k] == "of" && k > 0 && in_list(&TITLES, run[k - 1]) && k + 3 < run.len() {
                k += 2;
            } else {
                break;
            }
        }
        let mut name_words: Vec<&str> = run[k..].iter().map(|w| strip_possessive(w)).collect();
        // "Ted Cruz of Texas", "Rep. Lee Zeldin of New York": where a person is from is not
        // part of their name.
        if let Some(p) = name_words.iter().position(|w| *w == "of") {
            if (1..=3).contains(&p) && name_kind(&name_words[..p]) == Kind::Person {
                name_words.truncate(p);
            }
        }
        if name_kind(&name_words) == Kind::Org && k > 0 {
            // "Chinese Foreign Ministry": the whole run is the organisation's name.
            name_words = run.iter().map(|w| strip_possessive(w)).collect();
        }
        let kind = name_kind(&name_words);
        let between = &words[..start];
        // The role is what stands between an affiliation and the name, when it names a job
        // ("Foreign Ministry spokesman"), not a title ("President").
        let from = between
            .iter()
            .position(|w| is_cap(w) || in_list(&PERSON_NOUNS, w) || in_list(&TITLES, w))
            .unwrap_or(between.len());
        let between = &between[from..];
        let role = between
            .iter()
            .any(|w| in_list(&PERSON_NOUNS, w) && !in_list(&TITLES, w))
            .then(|| between.join(" "));
        let female = gender_of(words);
        if name_words.len() == 1 {
            let w = name_words[0];
            if let Some(country) = country_of(w).filter(|_| is_place(w) || w == "China") {
                let e = self.add(country.to_string(), Kind::Org, None, None);
                return self.resolved(e, role, false);
            }
            if let Some(e) = self.find_short_of_gender(w, honorific_gender(words)) {
                if let Some(f) = female {
                    self.mark_gender(e, f);
                }
                return self.resolved(e, role, false);
            }
        }
        let name = name_words.join(" ");
        if kind == Kind::Org {
            if let Some(e) = self.find_org_variant(&name) {
                return self.resolved(e, role, false);
            }
        }
        let e = self.add(name, kind, female, role.clone());
        if kind == Kind::Person {
            self.titled(e, &words[..start + k]);
        }
        self.resolved(e, role, false)
    }

    fn resolve_pronoun(&mut self, p: &str, pos: usize) -> Resolved {
        let found = match p {
            "he" | "she" => {
                let female = p == "she";
                let fits = |(at, e): &&(usize, usize)| {
                    *at < pos && self.entities[*e].female.is_none_or(|f| f == female)
                };
                let any = self
                    .person_mentions
                    .iter()
                    .filter(fits)
                    .max_by_key(|(at, _)| *at);
                let subject = self.subjects.iter().filter(fits).max_by_key(|(at, _)| *at);
                // A subject named shortly before wins over a later object ("The president told
                // NPR's Steve Inskeep that he ...").
                match (subject, any) {
                    (Some(s), Some(a)) if a.0 - s.0 < 200 => Some(s.1),
                    (_, a) => a.map(|(_, e)| *e),
                }
            }
            "it" | "they" => self
                .speakers
                .iter()
                .filter(|(at, e)| *at < pos && self.entities[*e].kind == Kind::Org)
                .max_by_key(|(at, _)| *at)
                .map(|(_, e)| *e),
            _ => None,
        };
        match found {
            Some(e) => {
                if p == "he" || p == "she" {
                    self.mark_gender(e, p == "she");
                }
                self.resolved(e, None, true)
            }
            None => Resolved::default(),
        }
    }

    fn find_by_role(&self, head: &str, definite: bool) -> Option<usize> {
        if !definite {
            return None;
        }
        self.speakers.iter().rev().map(|(_, e)| *e).find(|&e| {
            self.entities[e]
                .role
                .as_deref()
                .is_some_and(|r| lower(r).contains(head))
        })
    }

    /// "the senator", "the former president": the person last seen of those named with the
    /// title of that office ("Sen. Ann Pike", "former President Bill Clinton"), if seen within
    /// the last few paragraphs. Only the office alone, or "former" and the office: "the
    /// Vermont senator" may be someone never given the title ("candidate Bernie Sanders").
    fn find_by_office(&self, words: &[&str], pos: usize, definite: bool) -> Option<usize> {
        let (former, head) = match words {
            [head] => (false, head),
            [former, head] if former.eq_ignore_ascii_case("former") => (true, head),
            _ => return None,
        };
        let office = (office_of(head)?, former);
        if !definite {
            return None;
        }
        (0..self.entities.len())
            .filter(|&e| self.entities[e].offices.contains(&office))
            .max_by_key(|&e| self.entities[e].last_seen)
            .filter(|&e| self.entities[e].last_seen + OFFICE_REACH >= pos)
    }

    /// "the Internet office" is the last organisation whose name holds "Internet" and
    /// "office"; "The group" with nothing else to go on is the last organisation that spoke.
    fn find_org_description(&self, words: &[&str], head: &str) -> Option<usize> {
        let wanted: Vec<String> = words.iter().map(|w| lower(strip_possessive(w))).collect();
        let named = self
            .speakers
            .iter()
            .rev()
            .map(|(_, e)| *e)
            .chain((0..self.entities.len()).rev())
            .find(|&e| {
                let name = lower(&self.entities[e].name);
                let parts: Vec<&str> = name.split(' ').collect();
                self.entities[e].kind == Kind::Org
                    && wanted.iter().all(|w| parts.contains(&w.as_str()))
            });
        if named.is_some() {
            return named;
        }
        if words.len() == 1
            && [
                "group",
                "organization",
                "organisation",
                "company",
                "firm",
                "committee",
                "panel",
                "agency",
            ]
            .contains(&head)
        {
            return self.speakers.iter().rev().map(|(_, e)| *e).find(|&e| {
                let name = lower(&self.entities[e].name);
                self.entities[e].kind == Kind::Org
                    && (name.contains(head) || !["committee", "panel"].contains(&head))
            });
        }
        None
    }
}
