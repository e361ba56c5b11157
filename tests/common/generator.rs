//! Writes a corpus of articles whose cross-check groups are known: base sentences (from the
//! seeds, or any texts given) are quoted by several generated outlets, each copy varied the
//! way outlets vary quotes (re-punctuated, a word dropped, cut short, a number changed,
//! given to someone else). Used by the cross-check test and benchmark.

use std::collections::HashMap;
use std::path::Path;

/// A small deterministic generator (xorshift), so corpora are repeatable.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    Exact,
    Repunctuated,
    WordDropped,
    Truncated,
    NumberChanged,
    SpeakerSwapped,
}

pub const VARIANTS: [Variant; 6] = [
    Variant::Exact,
    Variant::Repunctuated,
    Variant::WordDropped,
    Variant::Truncated,
    Variant::NumberChanged,
    Variant::SpeakerSwapped,
];

/// The most copies one utterance gets: as many outlets as carry a big story.
const MAX_COPIES: usize = 1000;
const SLOGANS: usize = 5;

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// Copies per utterance, Zipf-distributed: most statements are carried once, a few by
/// hundreds of outlets.
pub struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    pub fn new(max: usize) -> Zipf {
        let mut total = 0.0;
        let cumulative = (1..=max.max(1))
            .map(|k| {
                total += 1.0 / (k as f64).powf(1.3);
                total
            })
            .collect();
        Zipf { cumulative }
    }

    pub fn sample(&self, rng: &mut Rng) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let x = (rng.next() % 1_000_000) as f64 / 1_000_000.0 * total;
        self.cumulative.partition_point(|&c| c < x) + 1
    }
}

/// One generated article.
pub struct Article {
    pub file: String,
    pub body: String,
    /// Per quotation: (its words as written, the base sentence it copies, how it was varied).
    pub quotes: Vec<(String, usize, Variant)>,
}

const NAMES: &[&str] = &[
    "Maria Lopez",
    "James Carter",
    "Wei Zhang",
    "Amina Yusuf",
    "Oliver Brandt",
    "Priya Nair",
    "Tomas Novak",
    "Grace Kim",
    "Samuel Osei",
    "Elena Petrova",
    "Lucas Meyer",
    "Hana Sato",
];

/// Longer words of a sentence, to tell near-copies apart from distinct sentences.
fn content_words(s: &str) -> std::collections::HashSet<String> {
    s.split_whitespace()
        .map(|w| {
            w.to_lowercase()
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| w.len() > 3)
        .collect()
}

/// Sentences of 8 to 40 words with no quotation marks, from the given texts. Near-copies of
/// an earlier sentence (syndicated text says the same thing twice) are left out, so that
/// distinct bases really are distinct utterances.
pub fn base_sentences(texts: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut grams: HashMap<String, Vec<usize>> = HashMap::new();
    let mut out = Vec::new();
    for t in texts {
        for para in t
            .split("\n\n")
            .skip(1)
            .filter(|p| !claimdb::extract::is_boilerplate(p))
        {
            for s in para.split(". ") {
                let s = s.trim().trim_end_matches('.');
                let n = s.split_whitespace().count();
                if (8..=40).contains(&n)
                    && !s.contains(['"', '“', '”', '\n', '•'])
                    && !s.contains("''")
                    && s.chars().next().is_some_and(char::is_uppercase)
                    && seen.insert(s.to_string())
                {
                    let t = content_words(s);
                    let mut shared: HashMap<usize, usize> = HashMap::new();
                    for g in &t {
                        for &b in grams.get(g).into_iter().flatten() {
                            *shared.entry(b).or_default() += 1;
                        }
                    }
                    if shared.values().any(|&c| c * 10 >= t.len() * 3) {
                        continue;
                    }
                    for g in t {
                        grams.entry(g).or_default().push(out.len());
                    }
                    out.push(s.to_string());
                }
            }
        }
    }
    out
}

/// Seed articles and, when given, more texts from a directory (e.g. PolNeAR).
pub fn load_texts(dirs: &[&Path], limit: usize) -> Vec<String> {
    let mut texts = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for p in paths.into_iter().take(limit) {
            if let Ok(t) = std::fs::read_to_string(p) {
                texts.push(t);
            }
        }
    }
    texts
}

fn vary(sentence: &str, variant: Variant, rng: &mut Rng) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    match variant {
        Variant::Exact | Variant::SpeakerSwapped => format!("{sentence}."),
        Variant::Repunctuated => format!("{}!", sentence.replace(", ", " -- ").replace(';', ",")),
        Variant::WordDropped => {
            let k = 1 + rng.below(words.len() - 2);
            let mut w = words.clone();
            w.remove(k);
            format!("{}.", w.join(" "))
        }
        Variant::Truncated => format!("{}.", words[..words.len() * 2 / 3].join(" ")),
        Variant::NumberChanged => {
            // Change a number if there is one; otherwise put a changed one in.
            match words
                .iter()
                .position(|w| w.chars().all(|c| c.is_ascii_digit()))
            {
                Some(k) => {
                    let n: u64 = words[k].parse().unwrap_or(1);
                    let mut w = words.clone();
                    let changed = (n + 3).to_string();
                    w[k] = &changed;
                    format!("{}.", w.join(" "))
                }
                None => format!("{} in 7 cases.", sentence),
            }
        }
    }
}

/// `articles` articles of `per_article` quotations each; each base sentence is carried by 1 to
/// 3 articles. Returns the articles; the expected groups are the quotations sharing a base.
pub fn corpus(bases: &[String], articles: usize, per_article: usize, seed: u64) -> Vec<Article> {
    let mut rng = Rng::new(seed);
    // Each base is one utterance: when the corpus needs more than the texts hold, make new
    // ones from their words, so that groups stay the size outlets give them.
    let slots = articles * per_article;
    let mut bases: Vec<String> = bases.to_vec();
    let vocabulary: Vec<String> = bases
        .iter()
        .flat_map(|b| b.split_whitespace())
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|w| w.len() > 2)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    while bases.len() < slots && vocabulary.len() > 100 {
        let n = 12 + rng.below(14);
        let words: Vec<&str> = (0..n)
            .map(|_| vocabulary[rng.below(vocabulary.len())].as_str())
            .collect();
        let sentence = words.join(" ");
        bases.push(format!(
            "{}{}",
            sentence[..1].to_uppercase(),
            &sentence[1..]
        ));
    }
    // Slogans: one phrase said inside several different utterances by different people. Each
    // utterance is still its own group.
    let slogans: Vec<String> = (0..SLOGANS)
        .map(|_| {
            (0..9)
                .map(|_| vocabulary[rng.below(vocabulary.len().max(1))].as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    if vocabulary.len() > 100 {
        for (k, b) in bases.iter_mut().enumerate().filter(|(k, _)| k % 20 == 3) {
            let slogan = &slogans[k % SLOGANS];
            *b = format!("{b} and {slogan}");
        }
    }
    let bases = &bases[..];
    let mut out: Vec<Article> = (0..articles)
        .map(|i| Article {
            file: format!("gen_{i:05}.txt"),
            body: format!("Generated report {i}\n\n"),
            quotes: Vec::new(),
        })
        .collect();
    let mut placements: Vec<(usize, usize)> = Vec::new(); // (article, base)
    let sizes = Zipf::new(MAX_COPIES.min(articles));
    let stride = [7, 11, 13, 17, 1]
        .into_iter()
        .find(|s| gcd(*s, articles) == 1)
        .unwrap_or(1);
    let mut base = 0;
    while placements.len() < slots {
        let copies = sizes.sample(&mut rng);
        let b = base % bases.len();
        base += 1;
        let start = rng.below(articles);
        for c in 0..copies {
            if placements.len() >= slots {
                break;
            }
            placements.push(((start + c * stride) % articles, b));
        }
    }
    let mut speaker_of: HashMap<usize, usize> = HashMap::new();
    // A base sentence used twice in one article would be two copies in one article: skip it.
    let mut used: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    for (a, b) in placements {
        if !used.insert((a, b)) {
            continue;
        }
        let speaker = *speaker_of
            .entry(b)
            .or_insert_with(|| rng.below(NAMES.len()));
        let first_copy = !out.iter().any(|art| art.quotes.iter().any(|q| q.1 == b));
        let variant = if first_copy {
            Variant::Exact
        } else {
            VARIANTS[rng.below(VARIANTS.len())]
        };
        let words = vary(&bases[b], variant, &mut rng);
        let who = if variant == Variant::SpeakerSwapped {
            NAMES[(speaker + 1) % NAMES.len()]
        } else {
            NAMES[speaker]
        };
        out[a].body += &format!("“{words}” {who} said.\n\n");
        out[a].quotes.push((words, b, variant));
    }
    out
}

/// Writes the corpus as files in `dir`.
pub fn write(dir: &Path, corpus: &[Article]) {
    std::fs::create_dir_all(dir).unwrap();
    let mut manifest = String::from("file,url,outlet,published,wire\n");
    for (i, a) in corpus.iter().enumerate() {
        std::fs::write(dir.join(&a.file), &a.body).unwrap();
        manifest += &format!(
            "{},https://outlet{}.example/{},Outlet {},2016-01-{:02},\n",
            a.file,
            i % 9,
            i,
            i % 9,
            1 + i % 28
        );
    }
    std::fs::write(dir.join("manifest.csv"), manifest).unwrap();
}

/// Pairwise precision and recall of predicted groups against the expected ones. `predicted`
/// maps (file, quote words) to a group id; `expected` is the base sentence of each quotation.
pub fn pair_scores(corpus: &[Article], predicted: &HashMap<(String, String), i64>) -> (f64, f64) {
    let items: Vec<(Option<i64>, usize)> = corpus
        .iter()
        .flat_map(|a| {
            a.quotes
                .iter()
                .map(move |q| (predicted.get(&(a.file.clone(), q.0.clone())).copied(), q.1))
        })
        .collect();
    let (mut tp, mut fp, mut fn_) = (0u64, 0u64, 0u64);
    let mut by_group: HashMap<i64, Vec<usize>> = HashMap::new();
    let mut by_base: HashMap<usize, Vec<Option<i64>>> = HashMap::new();
    for (g, b) in &items {
        if let Some(g) = g {
            by_group.entry(*g).or_default().push(*b);
        }
        by_base.entry(*b).or_default().push(*g);
    }
    for members in by_group.values() {
        for i in 0..members.len() {
            for j in i + 1..members.len() {
                if members[i] == members[j] {
                    tp += 1;
                } else {
                    fp += 1;
                }
            }
        }
    }
    for groups in by_base.values() {
        for i in 0..groups.len() {
            for j in i + 1..groups.len() {
                if groups[i].is_none() || groups[i] != groups[j] {
                    fn_ += 1;
                }
            }
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    (p, r)
}
