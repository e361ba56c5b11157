//! Cross-checking on real cross-outlet copies: `fixtures/crossoutlet`, a hand-checked set of
//! groups and look-alike pairs from real news (see its README), split in two halves by a hash
//! of the group id, one to tune on, one to check on, with `gold_tune.json` added to the tune
//! half. Prints the scores of both
//! (`cargo test --test crossoutlet -- --nocapture`) and holds the bars of issue 7.

mod common;

use std::collections::{BTreeSet, HashMap};

use common::{root, Work};
use serde_json::Value;

/// A statement as stored: its id, article and words, and its group.
struct Stored {
    id: i64,
    file: String,
    /// Where its words stand in the article, in characters.
    start: usize,
    end: usize,
    words: Vec<String>,
    group: Option<i64>,
    verdict: Option<String>,
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '-' || c == '—')
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Share of the shorter word list found in the longer one.
fn containment(a: &[String], b: &[String]) -> f64 {
    if a.len() <= b.len() {
        held_in(a, b)
    } else {
        held_in(b, a)
    }
}

/// Share of `part`'s words found in `whole` (each word of `whole` found once).
fn held_in(part: &[String], whole: &[String]) -> f64 {
    let mut pool: HashMap<&str, usize> = HashMap::new();
    for w in whole {
        *pool.entry(w).or_default() += 1;
    }
    let mut found = 0;
    for w in part {
        if let Some(n) = pool.get_mut(w.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            found += 1;
        }
    }
    found as f64 / part.len().max(1) as f64
}

/// The stored statement that a gold copy is: in the same article, over the place where the
/// copy's words stand (their first occurrence; gold `text` is a substring of its file), with
/// most of the words shared, then the closest in length (the quotation, not the reported
/// speech around it). A copy not found in the text as stored is looked for in the whole article.
/// An ungrouped copy is stood for by a grouped statement of its article holding its words.
fn find<'a>(
    stored: &'a [Stored],
    bodies: &HashMap<String, String>,
    copy: &Value,
) -> Option<&'a Stored> {
    let file = copy["file"].as_str().unwrap();
    let text = copy["text"].as_str().unwrap();
    let place = bodies.get(file).and_then(|body| {
        let at = body.find(text)?;
        let start = body[..at].chars().count();
        Some((start, start + text.chars().count()))
    });
    let gold = words(text);
    let shared = |s: &Stored, c: f64| (c * gold.len().min(s.words.len()) as f64).round() as usize;
    let length_gap = |s: &Stored| s.words.len().abs_diff(gold.len());
    let best = |at_place: bool| {
        stored
            .iter()
            .filter(|s| s.file == file && s.words.len() >= 3)
            .filter(|s| match place {
                Some((from, to)) if at_place => s.start < to && from < s.end,
                _ => true,
            })
            .map(|s| (containment(&gold, &s.words), s))
            .filter(|(c, _)| *c >= 0.7)
            .max_by(|a, b| {
                shared(a.1, a.0)
                    .cmp(&shared(b.1, b.0))
                    .then(length_gap(b.1).cmp(&length_gap(a.1)))
                    .then(b.1.id.cmp(&a.1.id))
            })
            .map(|(_, s)| s)
    };
    let found = best(true).or_else(|| best(false))?;
    if found.group.is_some() {
        return Some(found);
    }
    // Gold keeps one copy per article. When claimdb holds the article in a group by another
    // statement of its own that carries the copy's words (the same words quoted again, or a
    // fuller quotation holding them), that statement stands for the copy.
    let standing_for = stored
        .iter()
        .filter(|s| s.file == file && s.group.is_some())
        .map(|s| (held_in(&gold, &s.words), s))
        .filter(|(share, _)| *share >= 0.7)
        .max_by(|a, b| {
            a.0.total_cmp(&b.0)
                .then(length_gap(b.1).cmp(&length_gap(a.1)))
                .then(b.1.id.cmp(&a.1.id))
        })
        .map(|(_, s)| s);
    Some(standing_for.unwrap_or(found))
}

/// The half a group of `gold.json` falls in: a hash of its id.
fn half(id: &str) -> usize {
    id.bytes().map(usize::from).sum::<usize>() % 2
}

/// The gold of both files, each group and look-alike marked with its half (`"half"`): those of
/// `gold.json` split by a hash of the id (look-alikes alternately), those of `gold_tune.json`
/// (gold added to tune on, see the README) all in the tune half.
fn gold_with_halves(dir: &std::path::Path) -> Value {
    let read = |name: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(dir.join(name)).unwrap()).unwrap()
    };
    let (mut gold, tune) = (read("gold.json"), read("gold_tune.json"));
    for g in gold["groups"].as_array_mut().unwrap() {
        g["half"] = half(g["id"].as_str().unwrap()).into();
    }
    for (k, pair) in gold["lookalikes"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        pair["half"] = (k % 2).into();
    }
    for list in ["groups", "lookalikes"] {
        for mut item in tune[list].as_array().unwrap().clone() {
            item["half"] = 0.into();
            gold[list].as_array_mut().unwrap().push(item);
        }
    }
    gold
}

fn half_of(item: &Value) -> usize {
    item["half"].as_u64().unwrap() as usize
}

#[derive(Default, Debug)]
struct Score {
    gold_groups: usize,
    found: usize,
    verdict_right: usize,
    pairs_true: usize,
    pairs_found: usize,
    predicted_pairs: usize,
    predicted_right: usize,
    lookalikes: usize,
    lookalikes_grouped: usize,
    wrong_verdicts: Vec<String>,
    grouped_lookalikes: Vec<String>,
}

impl Score {
    fn line(&self, name: &str) -> String {
        let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
        format!(
            "{name}: groups found {:.2} ({}/{}), verdict right {:.2} ({}/{}), pair precision {:.2} ({}/{}), pair recall {:.2} ({}/{}), look-alikes grouped {} of {}",
            r(self.found, self.gold_groups), self.found, self.gold_groups,
            r(self.verdict_right, self.found), self.verdict_right, self.found,
            r(self.predicted_right, self.predicted_pairs), self.predicted_right, self.predicted_pairs,
            r(self.pairs_found, self.pairs_true), self.pairs_found, self.pairs_true,
            self.lookalikes_grouped, self.lookalikes,
        )
    }
}

fn score(gold: &Value, stored: &[Stored], bodies: &HashMap<String, String>, which: usize) -> Score {
    let mut s = Score::default();
    // Gold group of every stored statement a gold copy maps to.
    let mut gold_of: HashMap<i64, String> = HashMap::new();
    let mut half_of_group: HashMap<&str, usize> = HashMap::new();
    for g in gold["groups"].as_array().unwrap() {
        let id = g["id"].as_str().unwrap();
        half_of_group.insert(id, half_of(g));
        for m in g["members"].as_array().unwrap() {
            if let Some(st) = find(stored, bodies, m) {
                gold_of.insert(st.id, id.to_string());
            }
        }
    }
    let by_id: HashMap<i64, &Stored> = stored.iter().map(|s| (s.id, s)).collect();
    for g in gold["groups"].as_array().unwrap() {
        let id = g["id"].as_str().unwrap();
        if half_of(g) != which {
            continue;
        }
        s.gold_groups += 1;
        let found: Vec<Option<&Stored>> = g["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| find(stored, bodies, m))
            .collect();
        for i in 0..found.len() {
            for j in i + 1..found.len() {
                s.pairs_true += 1;
                if let (Some(a), Some(b)) = (found[i], found[j]) {
                    if a.group.is_some() && a.group == b.group {
                        s.pairs_found += 1;
                    }
                }
            }
        }
        // The predicted group holding most of its copies.
        let mut votes: HashMap<i64, usize> = HashMap::new();
        for st in found.iter().flatten() {
            if let Some(grp) = st.group {
                *votes.entry(grp).or_default() += 1;
            }
        }
        let best = votes
            .into_iter()
            .filter(|(_, n)| *n >= 2)
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some((grp, _)) = best {
            s.found += 1;
            let verdict = found
                .iter()
                .flatten()
                .find(|st| st.group == Some(grp))
                .and_then(|st| st.verdict.clone())
                .unwrap_or_default();
            if verdict == g["verdict"].as_str().unwrap() {
                s.verdict_right += 1;
            } else {
                s.wrong_verdicts
                    .push(format!("{id}: {} found {verdict}", g["verdict"]));
            }
        }
    }
    // Predicted pairs among statements the gold knows, in groups of this half.
    let mut members: HashMap<i64, Vec<i64>> = HashMap::new();
    for st in stored {
        if let (Some(grp), Some(gid)) = (st.group, gold_of.get(&st.id)) {
            if half_of_group[gid.as_str()] == which {
                members.entry(grp).or_default().push(st.id);
            }
        }
    }
    for list in members.values() {
        for i in 0..list.len() {
            for j in i + 1..list.len() {
                s.predicted_pairs += 1;
                if gold_of[&list[i]] == gold_of[&list[j]] {
                    s.predicted_right += 1;
                }
            }
        }
    }
    for pair in gold["lookalikes"].as_array().unwrap() {
        if half_of(pair) != which {
            continue;
        }
        s.lookalikes += 1;
        if let (Some(a), Some(b)) = (
            find(stored, bodies, &pair["a"]),
            find(stored, bodies, &pair["b"]),
        ) {
            let (a, b) = (by_id[&a.id], by_id[&b.id]);
            if a.group.is_some() && a.group == b.group {
                s.lookalikes_grouped += 1;
                s.grouped_lookalikes
                    .push(pair["why"].as_str().unwrap_or_default().to_string());
            }
        }
    }
    s
}

#[test]
fn real_cross_outlet_copies_are_grouped_with_their_verdicts() {
    let dir = root().join("fixtures/crossoutlet");
    let gold = gold_with_halves(&dir);
    let w = Work::new();
    w.run(&["ingest", dir.join("articles").to_str().unwrap()]);
    let rows = w.csv(&[
        "sql",
        "SELECT s.id, a.file, s.text, gm.group_id, g.verdict, s.start, s.end FROM statements s
         JOIN articles a ON a.id = s.article_id
         LEFT JOIN group_members gm ON gm.statement_id = s.id
         LEFT JOIN groups g ON g.id = gm.group_id",
        "--format",
        "csv",
    ]);
    let stored: Vec<Stored> = rows[1..]
        .iter()
        .map(|r| Stored {
            id: r[0].parse().unwrap(),
            file: r[1].clone(),
            start: r[5].parse().unwrap(),
            end: r[6].parse().unwrap(),
            words: words(&r[2]),
            group: r[3].parse().ok(),
            verdict: (!r[4].is_empty()).then(|| r[4].clone()),
        })
        .collect();
    let bodies: HashMap<String, String> =
        w.csv(&["sql", "SELECT file, body FROM articles", "--format", "csv"])[1..]
            .iter()
            .map(|r| (r[0].clone(), r[1].clone()))
            .collect();
    let tune = score(&gold, &stored, &bodies, 0);
    let check = score(&gold, &stored, &bodies, 1);
    println!("{}", tune.line("tune half"));
    println!("{}", check.line("check half"));
    // Only the tune half's misses are named: the check half is a final figure, never a guide.
    println!("tune half wrong verdicts: {:?}", tune.wrong_verdicts);
    println!(
        "tune half look-alikes grouped: {:?}",
        tune.grouped_lookalikes
    );
    let files: BTreeSet<&str> = stored.iter().map(|s| s.file.as_str()).collect();
    assert!(files.len() >= 300, "{} articles stored", files.len());
    // The bars of issue 7 that cross-checking meets on both halves are held here: pairs put
    // together belong together, and look-alikes stay apart. Groups found, verdicts and pair
    // recall are printed above and reported in the README; they are not there yet (mostly
    // extraction: see README "Cross-checking").
    for (name, s) in [("tune", &tune), ("check", &check)] {
        let precision = s.predicted_right as f64 / s.predicted_pairs.max(1) as f64;
        assert!(precision >= 0.95, "{name}: {}", s.line(name));
        assert!(
            s.lookalikes_grouped * 20 <= s.lookalikes,
            "{name}: {}",
            s.line(name)
        );
    }
}
