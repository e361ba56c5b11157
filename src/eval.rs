//! Scoring extraction against hand-marked gold statements (the format of
//! `fixtures/gold_seeds.json`), the same way `shared/tools/score.py seeds` does: a gold
//! quotation is found when a predicted one covers 80% of its words, reported speech when one
//! covers half; predictions that overlap nothing in the gold are false positives.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::extract::{extract, Rule, Statement};

#[derive(Debug, Deserialize)]
pub struct Gold {
    pub articles: HashMap<String, String>,
    pub speakers: Vec<GoldSpeaker>,
    pub statements: Vec<GoldStatement>,
    #[serde(default)]
    pub groups: Vec<GoldGroup>,
}

#[derive(Debug, Deserialize)]
pub struct GoldSpeaker {
    pub name: String,
    pub aliases: Vec<String>,
}

#[derive(Debug, Deserialize, Clone)]
pub struct GoldStatement {
    pub id: String,
    pub kind: String,
    pub text: String,
    pub article: String,
    pub speaker: Option<String>,
    #[serde(default)]
    pub alt_speakers: Vec<String>,
    #[serde(default)]
    pub optional: bool,
    pub role: Option<String>,
}

#[derive(Debug, Deserialize, Clone)]
pub struct GoldGroup {
    pub id: String,
    pub members: Vec<String>,
    pub verdict: String,
    #[serde(default)]
    pub optional: bool,
}

pub fn load(path: &Path) -> Result<Gold> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&text)
        .with_context(|| format!("{} is not gold statements JSON", path.display()))
}

/// Recall, precision and speaker accuracy for one family of statements.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Figures {
    pub found: usize,
    pub missed: usize,
    pub false_positives: usize,
    pub speaker_right: usize,
}

impl Figures {
    pub fn recall(&self) -> f64 {
        self.found as f64 / (self.found + self.missed).max(1) as f64
    }
    pub fn precision(&self) -> f64 {
        self.found as f64 / (self.found + self.false_positives).max(1) as f64
    }
    pub fn speaker_accuracy(&self) -> f64 {
        self.speaker_right as f64 / self.found.max(1) as f64
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Scores {
    pub quotes: Figures,
    pub indirect: Figures,
}

const OPEN: &str = "\"“„«";
const CLOSE: &str = "\"”»“";

fn norm(s: &str) -> String {
    s.to_lowercase()
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Trims marks, spaces and trailing punctuation so spans compare on words.
fn strip_marks(text: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && (text[s].is_whitespace() || OPEN.contains(text[s]) || CLOSE.contains(text[s])) {
        s += 1;
    }
    while e > s
        && (text[e - 1].is_whitespace()
            || OPEN.contains(text[e - 1])
            || CLOSE.contains(text[e - 1])
            || ",.;:".contains(text[e - 1]))
    {
        e -= 1;
    }
    (s, e)
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Where gold `needle` stands: the first occurrence, or for quotations the first right after a mark.
fn locate(text: &[char], needle: &str, quoted: bool) -> Option<usize> {
    let n: Vec<char> = needle.chars().collect();
    let hits: Vec<usize> = (0..=text.len().saturating_sub(n.len()))
        .filter(|&i| text[i..].starts_with(&n))
        .collect();
    if quoted {
        if let Some(h) = hits.iter().find(|&&h| {
            text[h.saturating_sub(2)..h]
                .iter()
                .any(|c| OPEN.contains(*c) || CLOSE.contains(*c))
        }) {
            return Some(*h);
        }
    }
    hits.first().copied()
}

/// A gold statement and where its words stand (code points, marks trimmed).
type Located<'a> = (&'a GoldStatement, (usize, usize));

/// Scores `predicted` (statements by article file name) against the gold.
pub fn score(
    gold: &Gold,
    texts: &HashMap<String, Vec<char>>,
    predicted: &HashMap<String, Vec<Statement>>,
) -> Result<Scores> {
    let mut alias: HashMap<String, HashSet<String>> = HashMap::new();
    for sp in &gold.speakers {
        for a in sp.aliases.iter().chain([&sp.name]) {
            alias.entry(norm(a)).or_default().insert(sp.name.clone());
        }
    }
    let speaker_ok = |g: &GoldStatement, p: &Statement| {
        let names: HashSet<&str> = g
            .speaker
            .iter()
            .chain(&g.alt_speakers)
            .map(String::as_str)
            .collect();
        let ps = p.speaker.clone().unwrap_or_default();
        let mut candidates: HashSet<String> = alias.get(&norm(&ps)).cloned().unwrap_or_default();
        candidates.insert(ps.clone());
        names.iter().any(|n| candidates.contains(*n))
            || names.iter().any(|n| {
                norm(n).split(' ').count() > 1
                    && format!(" {} ", norm(&ps)).contains(&format!(" {} ", norm(n)))
            })
    };
    let mut located: HashMap<&str, Vec<Located>> = HashMap::new();
    for g in &gold.statements {
        let text = texts
            .get(&g.article)
            .with_context(|| format!("no text for {}", g.article))?;
        let quoted = ["direct", "partial", "term"].contains(&g.kind.as_str());
        let start = locate(text, &g.text, quoted)
            .with_context(|| format!("gold text of {} is not in {}", g.id, g.article))?;
        let span = strip_marks(text, start, start + g.text.chars().count());
        located
            .entry(g.article.as_str())
            .or_default()
            .push((g, span));
    }
    let mut scores = Scores::default();
    for (family, kinds, threshold) in [
        ("quotes", &["direct", "partial"][..], 0.8),
        ("indirect", &["indirect"][..], 0.5),
    ] {
        let mut fig = Figures::default();
        for (article, items) in &located {
            let text = &texts[*article];
            let preds: Vec<&Statement> = predicted
                .get(*article)
                .map(|v| {
                    v.iter()
                        .filter(|p| kinds.contains(&p.kind.as_str()))
                        .collect()
                })
                .unwrap_or_default();
            let mut used = HashSet::new();
            for (g, span) in items
                .iter()
                .filter(|(g, _)| kinds.contains(&g.kind.as_str()))
            {
                let best = preds
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        (
                            i,
                            overlap(*span, strip_marks(text, p.start, p.end)) as f64
                                / (span.1 - span.0).max(1) as f64,
                        )
                    })
                    .filter(|(_, ov)| *ov >= threshold)
                    .max_by(|a, b| a.1.total_cmp(&b.1));
                if g.optional || g.kind == "term" {
                    if let Some((i, _)) = best {
                        used.insert(i);
                    }
                    continue;
                }
                match best {
                    Some((i, _)) => {
                        fig.found += 1;
                        used.insert(i);
                        fig.speaker_right += usize::from(speaker_ok(g, preds[i]));
                    }
                    None => fig.missed += 1,
                }
            }
            for (i, p) in preds.iter().enumerate() {
                let span = strip_marks(text, p.start, p.end);
                if !used.contains(&i) && !items.iter().any(|(_, g)| overlap(*g, span) > 0) {
                    fig.false_positives += 1;
                }
            }
        }
        if family == "quotes" {
            scores.quotes = fig;
        } else {
            scores.indirect = fig;
        }
    }
    Ok(scores)
}

/// The gold's articles from `dir`: their texts and the statements extracted from them.
type Extracted = (HashMap<String, Vec<char>>, HashMap<String, Vec<Statement>>);

fn extract_dir(gold: &Gold, dir: &Path) -> Result<Extracted> {
    let mut texts = HashMap::new();
    let mut predicted = HashMap::new();
    for file in gold.articles.values() {
        let path = dir.join(file);
        let body = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        predicted.insert(file.clone(), extract(&body));
        texts.insert(file.clone(), body.chars().collect());
    }
    Ok((texts, predicted))
}

/// Extracts the gold's articles from `dir` and scores them.
pub fn score_dir(gold: &Gold, dir: &Path) -> Result<Scores> {
    let (texts, predicted) = extract_dir(gold, dir)?;
    score(gold, &texts, &predicted)
}

/// One rule's figures: how many statements it made, and how its statements alone score.
#[derive(Debug, Clone, Copy)]
pub struct RuleScores {
    pub rule: Rule,
    pub statements: usize,
    pub scores: Scores,
}

impl RuleScores {
    /// Of the rule's statements the gold judges, the share that match a gold statement
    /// (`None` when all of them only touch gold terms or other kinds).
    pub fn precision(&self) -> Option<f64> {
        let (q, i) = (self.scores.quotes, self.scores.indirect);
        let found = q.found + i.found;
        let judged = found + q.false_positives + i.false_positives;
        (judged > 0).then(|| found as f64 / judged as f64)
    }
    /// Of the rule's statements that match gold ones, the share with the right speaker.
    pub fn speaker_accuracy(&self) -> Option<f64> {
        let (q, i) = (self.scores.quotes, self.scores.indirect);
        let found = q.found + i.found;
        (found > 0).then(|| (q.speaker_right + i.speaker_right) as f64 / found as f64)
    }
}

/// Scores each rule's statements on their own, rules in their order of precision.
pub fn score_dir_by_rule(gold: &Gold, dir: &Path) -> Result<Vec<RuleScores>> {
    let (texts, predicted) = extract_dir(gold, dir)?;
    let mut rules: Vec<Rule> = predicted.values().flatten().map(|s| s.rule).collect();
    rules.sort();
    rules.dedup();
    rules
        .into_iter()
        .map(|rule| {
            let of_rule: HashMap<String, Vec<Statement>> = predicted
                .iter()
                .map(|(a, v)| {
                    let kept = v.iter().filter(|s| s.rule == rule).cloned().collect();
                    (a.clone(), kept)
                })
                .collect();
            Ok(RuleScores {
                rule,
                statements: of_rule.values().map(Vec::len).sum(),
                scores: score(gold, &texts, &of_rule)?,
            })
        })
        .collect()
}
