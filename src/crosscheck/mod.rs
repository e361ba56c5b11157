//! Cross-checking: statements from different articles that carry the same utterance form a
//! group with a verdict.
//!
//! A group is an utterance: its fullest copy (the root) and the statements that copy the root
//! itself (`copies`). Roots alone are indexed (`index`), so the index stays small however many
//! outlets carry a statement. New articles re-decide only the statements near theirs
//! (`solve`), fullest first, which gives the same groups whatever order articles arrive in;
//! groups keep their ids as they grow (`groups`), and each is assessed copy by copy against its
//! root (`verdict`).

mod align;
mod changes;
mod copies;
mod groups;
mod index;
pub mod normalize;
mod query;
mod renamed;
mod solve;
mod speakers;
pub mod stock;
mod summary;
mod telling;
pub mod verdict;

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap, HashSet};

use anyhow::{Context, Result};
use rayon::prelude::*;
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior};

use crate::store::Store;
pub use changes::{Change, Changes};
use normalize::{content_stems, quotation_inside, shingle_phrases, words, Word};
pub use query::{for_each_group, groups, Filter, Group, GroupMember};
use speakers::Speaker;
use summary::Summary;

/// A statement as cross-checking sees it.
#[derive(Debug, Clone)]
pub struct Info {
    pub id: i64,
    pub article_id: i64,
    pub file: String,
    pub outlet: Option<String>,
    /// The article's day of publication, when known.
    pub published: Option<jiff::civil::Date>,
    pub kind: String,
    pub text: String,
    pub speaker: Option<Speaker>,
    pub role: Option<String>,
    pub venue: Option<String>,
    /// Any role the article gives this speaker elsewhere ("Jiang" is "the Internet office's
    /// spokesman" two paragraphs up), to tell a spokesperson from the office.
    pub known_role: Option<String>,
    /// The speaker as written here ("she", "Obama") and the cue ("said", "according to"):
    /// how firmly the copy itself names its speaker.
    pub mention: Option<String>,
    pub cue: Option<String>,
    /// Compared words: a quotation's, for reported speech that quotes.
    pub words: Vec<Word>,
    /// All the statement's words, when they are more than `words` (reported speech that quotes).
    all_words: Option<Vec<Word>>,
    pub stems: Vec<String>,
    /// Its words' and stems' hashes and its kind: the tests before an alignment, which the
    /// index keeps for every indexed statement.
    pub summary: Summary,
    pub keys: Vec<i64>,
    /// Breaks ties between copies of equal length by their words and their article, never by
    /// ids (which depend on the order of ingestion).
    pub order_key: String,
}

impl Info {
    /// Words on record, compared word by word; reported speech is compared by its content.
    pub fn is_quote(&self) -> bool {
        self.summary.quoted
    }

    /// The words compared with `other`'s: a quotation's when both are quotations, else all
    /// the statement's.
    pub fn words_against(&self, other: &Info) -> &[Word] {
        match &self.all_words {
            Some(all) if !(self.is_quote() && other.is_quote()) => all,
            _ => &self.words,
        }
    }

    /// Reported speech, whether or not it quotes.
    pub fn is_reported(&self) -> bool {
        self.kind == "indirect"
    }

    fn new(id: i64, article_id: i64, kind: String, text: String) -> Info {
        // Reported speech that quotes is compared by its quotation (on record) with quotations,
        // and by its content with other reported speech.
        let quotation = (kind == "indirect")
            .then(|| quotation_inside(&text))
            .flatten();
        let quoted = kind != "indirect" || quotation.is_some();
        let ws = words(quotation.unwrap_or(&text));
        let all_words = quotation.map(|_| words(&text));
        let stems = content_stems(all_words.as_ref().unwrap_or(&ws));
        let norms: Vec<&str> = ws.iter().map(|w| w.norm.as_str()).collect();
        let mut keys: Vec<i64> = key_phrases(quoted, kind == "indirect", &norms, &stems)
            .iter()
            .map(|phrase| normalize::term_hash(phrase))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        // Listed stock phrases never find a copy, so they count in none of the keys a copy
        // must share.
        keys.retain(|&key| !stock::is_stock(key));
        // A quotation that is a name or a title ("Islamic State of Iraq and Syria", "The Lead
        // with Jake Tapper") is no claim to cross-check: it finds no copy and no copy finds it.
        // (Reported speech quoting one is compared by its content: see `quotation_inside`.)
        if kind != "indirect" && normalize::is_title(&text) {
            keys.clear();
        }
        let summary = Summary::new(
            article_id,
            quoted,
            kind == "indirect",
            keys.len(),
            norms.iter().map(|w| normalize::term_hash(w)).collect(),
            normalize::bag(&stems),
        );
        Info {
            id,
            article_id,
            file: String::new(),
            outlet: None,
            published: None,
            summary,
            keys,
            order_key: norms.join(" "),
            kind,
            text,
            speaker: None,
            role: None,
            venue: None,
            known_role: None,
            mention: None,
            cue: None,
            words: ws,
            all_words,
            stems,
        }
    }
}

/// The index terms of a statement, spelled out (the keys are their hashes): quotations are
/// found by their words in order, reported speech by its content, and reported speech that
/// quotes by its quotation's words too.
fn key_phrases(quoted: bool, indirect: bool, norms: &[&str], stems: &[String]) -> Vec<String> {
    let mut phrases = if quoted {
        shingle_phrases(norms)
    } else {
        vec![]
    };
    if indirect {
        phrases.extend(shingle_phrases(stems));
    }
    phrases
}

/// Statements loaded in a pass: those it decides stay (pinned), candidates only compared with
/// them are dropped when there are many, so memory does not grow with the database.
#[derive(Default)]
pub struct Infos {
    loaded: HashMap<i64, Info>,
    pinned: HashSet<i64>,
}

/// Candidates kept loaded beyond the pinned statements, for the next statements that meet them.
const MAX_UNPINNED: usize = 20_000;

impl Infos {
    pub fn get(&self, id: i64) -> &Info {
        &self.loaded[&id]
    }

    /// Drops the unpinned statements when there are too many; `load` brings them back.
    pub fn trim(&mut self) {
        if self.loaded.len() > self.pinned.len() + MAX_UNPINNED {
            let pinned = &self.pinned;
            let unpinned: Vec<(i64, Info)> = self
                .loaded
                .extract_if(|id, _| !pinned.contains(id))
                .collect();
            drop_elsewhere(unpinned);
        }
    }

    pub fn load(&mut self, tx: &Transaction, id: i64) -> Result<()> {
        if let Entry::Vacant(slot) = self.loaded.entry(id) {
            slot.insert(Row::read(tx, id)?.into_info());
        }
        Ok(())
    }

    /// Loads and pins the statements of `articles`, read an article at a time and normalised
    /// on every core; returns their ids.
    pub fn pin_articles(&mut self, tx: &Transaction, articles: &[i64]) -> Result<Vec<i64>> {
        let mut rows = Vec::new();
        for &article in articles {
            rows.extend(Row::read_article(tx, article)?);
        }
        let ids: Vec<i64> = rows.iter().map(|row| row.id).collect();
        self.pin_rows(rows);
        Ok(ids)
    }

    /// Loads and pins many statements: read one by one, normalised on every core.
    pub fn pin_all(&mut self, tx: &Transaction, ids: &[i64]) -> Result<()> {
        let rows = ids
            .iter()
            .filter(|id| !self.loaded.contains_key(id))
            .map(|&id| Row::read(tx, id))
            .collect::<Result<Vec<Row>>>()?;
        self.pin_rows(rows);
        self.pinned.extend(ids);
        Ok(())
    }

    fn pin_rows(&mut self, rows: Vec<Row>) {
        let infos: Vec<Info> = rows.into_par_iter().map(Row::into_info).collect();
        self.pinned.extend(infos.iter().map(|info| info.id));
        self.loaded
            .extend(infos.into_iter().map(|info| (info.id, info)));
    }
}

/// The columns `Row::from_sql` reads, for a `WHERE` clause to follow.
const SELECT_ROWS: &str =
    "SELECT s.article_id, a.file, a.outlet, a.content_hash, s.kind, s.text, s.speaker_id,
            sp.name, s.role, s.venue, s.start,
            (SELECT o.role FROM statements o WHERE o.article_id = s.article_id
             AND o.speaker_id = s.speaker_id AND o.role IS NOT NULL LIMIT 1),
            s.mention, s.cue, a.published, s.id
     FROM statements s JOIN articles a ON a.id = s.article_id
     LEFT JOIN speakers sp ON sp.id = s.speaker_id";

/// A statement as stored, before its words are normalised into an `Info`.
struct Row {
    id: i64,
    article_id: i64,
    file: String,
    outlet: Option<String>,
    article_key: String,
    kind: String,
    text: String,
    speaker: Option<Speaker>,
    role: Option<String>,
    venue: Option<String>,
    start: i64,
    known_role: Option<String>,
    mention: Option<String>,
    cue: Option<String>,
    published: Option<String>,
}

impl Row {
    fn read(tx: &Transaction, id: i64) -> Result<Row> {
        Row::read_if_present(tx, id)?.with_context(|| format!("statement {id} is not stored"))
    }

    /// The statement's row, or `None` when there is no statement `id`.
    fn read_if_present(tx: &Transaction, id: i64) -> Result<Option<Row>> {
        let mut stmt = tx.prepare_cached(&format!("{SELECT_ROWS} WHERE s.id = ?1"))?;
        Ok(stmt.query_row([id], Row::from_sql).optional()?)
    }

    /// The rows of the statements of `article`, in id order: one query for them all.
    fn read_article(tx: &Transaction, article: i64) -> Result<Vec<Row>> {
        let mut stmt = tx.prepare_cached(&format!(
            "{SELECT_ROWS} WHERE s.article_id = ?1 ORDER BY s.id"
        ))?;
        let rows = stmt
            .query_map([article], Row::from_sql)?
            .collect::<rusqlite::Result<Vec<Row>>>()?;
        Ok(rows)
    }

    fn from_sql(r: &rusqlite::Row) -> rusqlite::Result<Row> {
        Ok(Row {
            id: r.get(15)?,
            article_id: r.get(0)?,
            file: r.get(1)?,
            outlet: r.get(2)?,
            article_key: r.get(3)?,
            kind: r.get(4)?,
            text: r.get(5)?,
            speaker: match (r.get::<_, Option<i64>>(6)?, r.get::<_, Option<String>>(7)?) {
                (Some(id), Some(name)) => Some(Speaker { id, name }),
                _ => None,
            },
            role: r.get(8)?,
            venue: r.get(9)?,
            start: r.get(10)?,
            known_role: r.get(11)?,
            mention: r.get(12)?,
            cue: r.get(13)?,
            published: r.get(14)?,
        })
    }

    fn into_info(self) -> Info {
        let mut info = Info::new(self.id, self.article_id, self.kind, self.text);
        info.file = self.file;
        info.outlet = self.outlet;
        info.order_key += &copies::tie_key(&self.article_key, self.start);
        info.speaker = self.speaker;
        info.role = self.role;
        info.venue = self.venue;
        info.known_role = self.known_role;
        info.mention = self.mention;
        info.cue = self.cue;
        // "2015-03-03" or a timestamp; a month alone ("2015-03") is no day.
        info.published = self.published.and_then(|d| d.get(..10)?.parse().ok());
        info
    }
}

/// Brings groups up to date after articles were stored: cross-checks every current article not
/// yet cross-checked (the new ones, but not those another claimdb process did meanwhile) and
/// retires those superseded since. Returns the groups it made or changed.
///
/// The result does not depend on how articles are split into passes, so a large input is
/// cross-checked a pass at a time, each in its own transaction with only its statements in
/// memory; an interrupted update leaves whole passes done, and the next one goes on from there.
pub fn update(store: &mut Store) -> Result<Changes> {
    CrossChecker::default().update(store)
}

/// Cross-checks as articles arrive, keeping what it read of the index from one update to the
/// next (an ingest updates every thousand articles, and neighbouring articles ask for the
/// same keys), as long as no other cross-check wrote to the database meanwhile.
///
/// A pass is decided on a read transaction, a snapshot that lets another connection go on
/// storing articles meanwhile (an ingest stores on one core while it cross-checks on the
/// other), and written in a short write transaction. Only cross-checking writes groups and the
/// index, and storing only adds articles (superseded ones are retired by the next pass), so a
/// pass decided on a snapshot stays right; should another process's pass be written in
/// between (the generation says so), the pass is decided again.
#[derive(Default)]
pub struct CrossChecker {
    lookup: index::Lookup,
    /// The cross-check generation (`_crosscheck_generation`) the lookup is in step with.
    in_step_at: Option<i64>,
}

/// Past this many keys or summaries the lookup starts afresh: memory stays bounded however
/// much is ingested at once.
const MAX_KEYS_KEPT: usize = 2_000_000;
const MAX_SUMMARIES_KEPT: usize = 200_000;

/// What a pass takes on, as its transaction sees the database: its articles (those pending up
/// to the writer's last article, a pass's worth) and the renamed speakers noted so far.
struct Next {
    articles: Vec<i64>,
    renamed: Vec<i64>,
    /// The last rename note read: the pass forgets the notes up to it once written.
    last_note: i64,
}

impl Next {
    /// The next pass among `pending` articles up to id `upto` (all with `None`).
    /// `on_last_snapshot` runs when it is the last pass up to `upto` (see `step`).
    fn take(
        tx: &Transaction,
        mut pending: BTreeSet<i64>,
        upto: Option<i64>,
        on_last_snapshot: &mut dyn FnMut(),
    ) -> Result<Next> {
        if let Some(upto) = upto {
            pending.retain(|&article| article <= upto);
        }
        let articles = first_pass(&pending);
        if articles.len() == pending.len() {
            on_last_snapshot();
        }
        let (renamed, last_note) = renamed::noted(tx)?;
        Ok(Next {
            articles,
            renamed,
            last_note,
        })
    }

    fn is_empty(&self) -> bool {
        self.articles.is_empty() && self.renamed.is_empty()
    }
}

/// What a pass decided: written by `apply`.
struct Decided {
    articles: Vec<i64>,
    last_note: i64,
    groups: groups::Plan,
    infos: Infos,
}

impl CrossChecker {
    /// Brings groups up to date (see [`update`]).
    pub fn update(&mut self, store: &mut Store) -> Result<Changes> {
        let mut changes = Changes::default();
        while let Some(done) = self.step(store, None, &mut || {})? {
            changes.absorb(done);
        }
        Ok(changes)
    }

    /// Decides and writes one pass over articles up to id `upto` (all with `None`); `None` when
    /// there is nothing left to do. `on_last_snapshot` runs once the view of the database of
    /// the last pass up to `upto` is fixed: a writer storing meanwhile waits for it, so the
    /// passes see the database exactly as the writer left it when it asked, and an ingest gives
    /// the same groups however fast each side goes.
    pub fn step(
        &mut self,
        store: &mut Store,
        upto: Option<i64>,
        on_last_snapshot: &mut dyn FnMut(),
    ) -> Result<Option<Changes>> {
        let read = store
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)?;
        let seen = generation(&read)?;
        let (pending, superseded) = work_to_do(&read)?;
        if !superseded.is_empty() {
            drop(read);
            return self.step_retiring(store, upto, on_last_snapshot).map(Some);
        }
        let next = Next::take(&read, pending, upto, on_last_snapshot)?;
        if next.is_empty() {
            return Ok(None);
        }
        // Taken out for the pass and put back only once it is committed: a failed pass
        // leaves the lookup holding writes the database rolled back.
        let mut lookup = self.take_lookup(seen);
        let decided = decide(&read, &mut lookup, next, BTreeSet::new())?;
        read.commit()?;
        // Waits for the chunk being stored (busy timeout), then writes at once.
        let tx = store.conn.transaction()?;
        if generation(&tx)? != seen {
            // Another process's pass came first: decide again on what it wrote.
            self.in_step_at = None;
            return Ok(Some(Changes::default()));
        }
        self.write(tx, lookup, decided).map(Some)
    }

    /// A pass that retires superseded articles first, which writes from the start: decided and
    /// written in one write transaction (revisions are few).
    fn step_retiring(
        &mut self,
        store: &mut Store,
        upto: Option<i64>,
        on_last_snapshot: &mut dyn FnMut(),
    ) -> Result<Changes> {
        let tx = store.conn.transaction()?;
        let seen = generation(&tx)?;
        let mut lookup = self.take_lookup(seen);
        let (pending, superseded) = work_to_do(&tx)?;
        let next = Next::take(&tx, pending, upto, on_last_snapshot)?;
        let touched = groups::retire(&tx, &mut lookup, &superseded)?;
        let decided = decide(&tx, &mut lookup, next, touched)?;
        self.write(tx, lookup, decided)
    }

    /// Writes a decided pass and counts it; the lookup is kept in step with what it wrote.
    fn write(
        &mut self,
        tx: Transaction,
        mut lookup: index::Lookup,
        decided: Decided,
    ) -> Result<Changes> {
        let changes = apply(&tx, &mut lookup, decided)?;
        let now = advance(&tx)?;
        tx.commit()?;
        self.keep(lookup, now);
        Ok(changes)
    }

    /// The lookup kept from the last pass when it is in step with generation `seen` and not
    /// too large; else an empty one.
    fn take_lookup(&mut self, seen: i64) -> index::Lookup {
        let lookup = std::mem::take(&mut self.lookup);
        let (keys, summaries) = lookup.kept();
        if self.in_step_at != Some(seen) || keys > MAX_KEYS_KEPT || summaries > MAX_SUMMARIES_KEPT {
            drop_elsewhere(lookup);
            return index::Lookup::default();
        }
        lookup
    }

    fn keep(&mut self, lookup: index::Lookup, generation: i64) {
        self.lookup = lookup;
        self.in_step_at = Some(generation);
    }
}

/// Articles cross-checked in one pass (up to twice as many, to leave no small remainder).
pub const ARTICLES_PER_PASS: usize = 1_000;

/// The articles of the next pass: equal passes of at least `ARTICLES_PER_PASS` (but one when
/// fewer), never a small remainder, as a pass costs a fixed amount besides its articles.
fn first_pass(pending: &BTreeSet<i64>) -> Vec<i64> {
    let passes = (pending.len() / ARTICLES_PER_PASS).max(1);
    let size = pending.len().div_ceil(passes);
    pending.iter().take(size).copied().collect()
}

/// How many passes have been written to the database.
fn generation(tx: &Transaction) -> Result<i64> {
    Ok(tx.query_row("SELECT n FROM _crosscheck_generation", [], |r| r.get(0))?)
}

/// Counts the pass being written; returns the new generation.
fn advance(tx: &Transaction) -> Result<i64> {
    Ok(tx.query_row(
        "UPDATE _crosscheck_generation SET n = n + 1 RETURNING n",
        [],
        |r| r.get(0),
    )?)
}

/// Decides the next pass's articles, the groups of its renamed speakers' statements and the
/// statements in `affected`: which utterance each belongs to, and the groups they form. Only
/// reads the database; the lookup holds the index as the pass leaves it.
fn decide(
    tx: &Transaction,
    lookup: &mut index::Lookup,
    next: Next,
    mut affected: BTreeSet<i64>,
) -> Result<Decided> {
    let mut infos = Infos::default();
    affected.extend(renamed::decided_again(tx, &next.renamed)?);
    let fresh = infos.pin_articles(tx, &next.articles)?;
    affected.extend(neighbours(tx, &fresh, &mut infos, lookup)?);
    affected.extend(&fresh);
    let affected: Vec<i64> = affected.into_iter().collect();
    infos.pin_all(tx, &affected)?;
    for &id in &affected {
        lookup.remove(tx, infos.get(id))?;
    }
    let root_of = solve::assign(tx, &affected, &mut infos, lookup)?;
    let groups = groups::plan(tx, &affected, &root_of, &mut infos)?;
    Ok(Decided {
        articles: next.articles,
        last_note: next.last_note,
        groups,
        infos,
    })
}

/// Writes what a pass decided: its articles are cross-checked, the index and groups changed,
/// the rename notes it took forgotten.
fn apply(tx: &Transaction, lookup: &mut index::Lookup, decided: Decided) -> Result<Changes> {
    let Decided {
        articles,
        last_note,
        groups,
        infos,
    } = decided;
    let mut insert =
        tx.prepare_cached("INSERT OR IGNORE INTO _crosschecked (article_id) VALUES (?1)")?;
    for &article in &articles {
        insert.execute([article])?;
    }
    lookup.write(tx)?;
    renamed::forget(tx, last_note)?;
    let changes = groups::write(tx, groups, &infos);
    drop_elsewhere(infos);
    changes
}

/// Frees `value` on a thread of its own: a pass's statements are tens of thousands of
/// strings and vectors, and freeing them took 4% of the cross-checker's time, which goes on
/// with the next pass meanwhile.
fn drop_elsewhere<T: Send + 'static>(value: T) {
    std::thread::spawn(move || drop(value));
}

/// The statements of `articles`.
fn statements_of(tx: &Transaction, articles: &[i64]) -> Result<Vec<i64>> {
    let mut out = Vec::new();
    for &a in articles {
        out.extend(ids(
            tx,
            "SELECT id FROM statements WHERE article_id = ?1",
            [a],
        )?);
    }
    Ok(out)
}

/// The statements whose utterance new statements may change: indexed roots that a new
/// statement copies or that copy it, and roots one of whose copies a new fuller statement may
/// hold better (as its copies are not indexed, they are found through their root, which
/// shares words with the new statement as they do), each with every statement decided with
/// it (`groups::decided_with`). The `fresh` statements are pinned in `infos`.
fn neighbours(
    tx: &Transaction,
    fresh: &[i64],
    infos: &mut Infos,
    lookup: &mut index::Lookup,
) -> Result<BTreeSet<i64>> {
    let mut out = BTreeSet::new();
    let taking_part: Vec<i64> = fresh
        .iter()
        .copied()
        .filter(|&id| infos.get(id).summary.takes_part())
        .collect();
    for &id in &taking_part {
        infos.trim();
        lookup.load_keys(tx, &infos.get(id).keys)?;
    }
    let found = candidates(&taking_part, infos, lookup);
    for &(_, root, _, _) in &found {
        lookup.read_stored_summary(tx, root)?;
    }
    let maybe: Vec<Option<bool>> = found
        .par_iter()
        .map(|&(id, root, shared, needed)| {
            let theirs = lookup.known_summary(root)?;
            let mine = &infos.get(id).summary;
            Some(index::may_be_copy_of(mine, needed, theirs, shared))
        })
        .collect();
    // Whether a copy in the root's group may copy the statement, by their summaries: most
    // roots met have no group, or copies that share only a phrase with the statement.
    let group_copies = GroupCopies::read(tx, found.iter().map(|f| f.1), lookup)?;
    let copying: Vec<Vec<i64>> = found
        .par_iter()
        .map(|&(id, root, _, _)| group_copies.may_copy(root, &infos.get(id).summary, lookup))
        .collect();
    for ((&(id, root, shared, needed), maybe), copying) in found.iter().zip(maybe).zip(copying) {
        if out.contains(&root) {
            continue;
        }
        let maybe = match maybe {
            Some(maybe) => maybe,
            None => {
                let mine = infos.get(id).summary.clone();
                lookup.may_be_copy(tx, &mine, needed, root, shared)?
            }
        };
        let near = maybe && {
            infos.trim();
            infos.load(tx, root)?;
            let (me, other) = (infos.get(id), infos.get(root));
            copies::copies(me, other).is_some() || copies::copies(other, me).is_some()
        };
        if near || one_copies(tx, id, &copying, infos)? {
            out.extend(groups::decided_with(tx, root)?);
        }
    }
    Ok(out)
}

/// The indexed roots sharing keys with each of `statements` (whose keys' postings are read),
/// counted on every core: (statement, root, keys shared, keys the statement needs to copy),
/// statement by statement in their order, then by root.
fn candidates(
    statements: &[i64],
    infos: &Infos,
    lookup: &index::Lookup,
) -> Vec<(i64, i64, usize, usize)> {
    let per_statement: Vec<Vec<(i64, i64, usize, usize)>> = statements
        .par_iter()
        .map_init(rustc_hash::FxHashMap::default, |counts, &id| {
            let me = infos.get(id);
            let needed = copies::keys_needed(me);
            lookup
                .sharing_loaded(&me.keys, copies::MIN_SHARED_KEYS, counts)
                .into_iter()
                .map(|(root, shared)| (id, root, shared, needed))
                .collect()
        })
        .collect();
    per_statement.concat()
}

/// The copies in the groups of the roots a pass meets. Most roots offered to a new statement
/// share only a common phrase with it: their copies are rejected on their summaries (the test
/// `copies` makes first), kept with the index's, not loaded and aligned.
struct GroupCopies {
    /// Each root's group's other members, with their summaries in the lookup.
    of: HashMap<i64, Vec<i64>>,
}

impl GroupCopies {
    /// Reads the other members of the groups of `roots`, and their summaries.
    fn read(
        tx: &Transaction,
        roots: impl Iterator<Item = i64>,
        lookup: &mut index::Lookup,
    ) -> Result<GroupCopies> {
        let mut of = HashMap::new();
        for root in roots {
            if let Entry::Vacant(slot) = of.entry(root) {
                let mut members = groups::members_with(tx, root)?;
                members.retain(|&m| m != root);
                for &member in &members {
                    lookup.summary(tx, member)?;
                }
                slot.insert(members);
            }
        }
        Ok(GroupCopies { of })
    }

    /// The members of `root`'s group that may copy a statement summarised as `mine`, by their
    /// summaries (read by `read`).
    fn may_copy(&self, root: i64, mine: &Summary, lookup: &index::Lookup) -> Vec<i64> {
        self.of[&root]
            .iter()
            .copied()
            .filter(|&m| {
                lookup
                    .known_summary(m)
                    .flatten()
                    .is_some_and(|theirs| Summary::may_copy(theirs, mine))
            })
            .collect()
    }
}

/// Whether one of `copying` (copies in a root's group that may copy statement `id` by their
/// summaries) copies `id`, which is fuller: `id` may be the utterance that copy matches best.
fn one_copies(tx: &Transaction, id: i64, copying: &[i64], infos: &mut Infos) -> Result<bool> {
    for &member in copying {
        infos.load(tx, member)?;
        let (me, copy) = (infos.get(id), infos.get(member));
        if copies::fuller(me, copy).is_gt() && copies::copies(copy, me).is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The ids a one-column query returns.
fn ids(tx: &Transaction, sql: &str, params: impl rusqlite::Params) -> Result<Vec<i64>> {
    let mut stmt = tx.prepare_cached(sql)?;
    let rows = stmt
        .query_map(params, |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(rows)
}

/// Articles to cross-check (current ones not cross-checked yet) and articles whose statements
/// must leave their groups (superseded by a new revision). New articles have the highest ids,
/// so a range scan finds them; the full scans run only when the counts say that is not all.
fn work_to_do(tx: &Transaction) -> Result<(BTreeSet<i64>, Vec<i64>)> {
    let count = |sql: &str| tx.query_row(sql, [], |r| r.get::<_, i64>(0));
    let current = count("SELECT count(*) FROM articles WHERE current = 1")?;
    let checked = count("SELECT count(*) FROM _crosschecked")?;
    let mut pending: BTreeSet<i64> = ids(
        tx,
        "SELECT id FROM articles WHERE id > (SELECT coalesce(max(article_id), 0) FROM _crosschecked)
         AND +current = 1",
        [],
    )?
    .into_iter()
    .collect();
    let mut superseded = Vec::new();
    if current != checked + pending.len() as i64 {
        pending.extend(ids(tx, "SELECT id FROM articles WHERE current = 1 AND id NOT IN (SELECT article_id FROM _crosschecked)", [])?);
        superseded = ids(tx, "SELECT article_id FROM _crosschecked c JOIN articles a ON a.id = c.article_id WHERE a.current = 0", [])?;
    }
    Ok((pending, superseded))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A statement for unit tests: `speaker` names get ids by their words.
    pub fn info(id: i64, article: i64, kind: &str, text: &str, speaker: Option<&str>) -> Info {
        let mut info = Info::new(id, article, kind.into(), text.into());
        info.file = format!("{article}.txt");
        info.order_key += &copies::tie_key(&article.to_string(), 0);
        info.speaker = speaker.map(|name| Speaker {
            id: name.bytes().map(i64::from).sum(),
            name: name.into(),
        });
        info.mention = speaker.map(String::from);
        info.cue = Some("said".into());
        info
    }
}
