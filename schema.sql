-- claimdb schema. Applied by `claimdb` when it opens a database; PRAGMA user_version holds the
-- version reached, and src/store.rs migrates older databases step by step.
-- Names here are a contract: users write SQL against them.

-- Version 1 -----------------------------------------------------------------------------------

-- One row per stored version of an article. Re-ingesting identical content is a no-op (same
-- content_hash); the same URL with new content is a new revision and the old one stops being
-- current.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    url          TEXT,
    outlet       TEXT,
    published    TEXT,                       -- ISO-8601: YYYY, YYYY-MM or YYYY-MM-DD
    wire         TEXT,                       -- agency the story came from, if any
    file         TEXT NOT NULL,              -- base name of the source file
    path         TEXT NOT NULL,              -- path as given to ingest
    body         TEXT NOT NULL,              -- exactly as read; statement offsets point into it
    content_hash TEXT NOT NULL UNIQUE,       -- SHA-256 of body, url and outlet
    revision     INTEGER NOT NULL DEFAULT 1,
    current      INTEGER NOT NULL DEFAULT 1, -- 0 once a newer revision of the same URL arrives
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_url ON articles(url);

CREATE TABLE speakers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT                                 -- person or organization, when known
);

-- Every way a speaker is named ("Hua", "Hua Chunying", ...), the canonical name included.
CREATE TABLE speaker_aliases (
    alias      TEXT PRIMARY KEY COLLATE NOCASE,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE
);
CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_id);

CREATE TABLE statements (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker_id    INTEGER REFERENCES speakers(id),
    kind          TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL,          -- code points into articles.body, end exclusive:
    end           INTEGER NOT NULL,          -- substr(body, start + 1, end - start) = text
    mention       TEXT,                      -- the speaker as written here ("she", "Obama")
    mention_start INTEGER,
    mention_end   INTEGER,
    role          TEXT,                      -- "Foreign Ministry spokesman"
    cue           TEXT,                      -- "said", "according to"
    via           TEXT,                      -- relaying source ("Xinhua News Agency")
    venue         TEXT,                      -- "in an interview with Reuters on Monday"
    paragraph     INTEGER NOT NULL,
    link          TEXT NOT NULL              -- URL with a text fragment, or path:line:column
);
CREATE INDEX statements_article ON statements(article_id, speaker_id);
CREATE INDEX statements_speaker ON statements(speaker_id);

CREATE VIRTUAL TABLE statements_fts USING fts5(text, content = 'statements', content_rowid = 'id');
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- Cross-check groups: statements from different articles that carry the same utterance.
CREATE TABLE groups (
    id          INTEGER PRIMARY KEY,
    verdict     TEXT NOT NULL CHECK (verdict IN
                  ('conflict', 'attribution', 'reworded', 'truncated', 'detail', 'agree')),
    speaker_id  INTEGER REFERENCES speakers(id),
    differences TEXT NOT NULL DEFAULT '[]'   -- JSON array of findings in plain words
);

CREATE TABLE group_members (
    group_id     INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    statement_id INTEGER NOT NULL UNIQUE REFERENCES statements(id) ON DELETE CASCADE,
    diff         TEXT,                       -- word diff against the group's fullest copy
    PRIMARY KEY (group_id, statement_id)
);

-- Candidate index for cross-checking: hashed pairs of neighbouring content words of each
-- statement, so that copies are found by lookup, never by comparing all pairs.
CREATE TABLE _shingles (
    key          INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE
);
CREATE INDEX _shingles_key ON _shingles(key);
CREATE INDEX _shingles_statement ON _shingles(statement_id);

-- Articles whose statements are in the index and in groups.
CREATE TABLE _crosschecked (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);

-- The everyday question: who said what, where. Only current article revisions.
CREATE VIEW who_said_what AS
SELECT s.id AS statement_id,
       sp.name AS speaker,
       s.role,
       s.kind,
       s.text,
       s.cue,
       s.via,
       a.outlet,
       a.published,
       a.title,
       a.file,
       s.link
FROM statements s
JOIN articles a ON a.id = s.article_id AND a.current = 1
LEFT JOIN speakers sp ON sp.id = s.speaker_id;

-- Every current statement with its cross-check standing: its group's verdict, or
-- 'single-source' when no other article carries it.
CREATE VIEW statement_copies AS
SELECT s.id AS statement_id,
       gm.group_id,
       COALESCE(g.verdict, 'single-source') AS verdict,
       sp.name AS speaker,
       a.outlet,
       s.text
FROM statements s
JOIN articles a ON a.id = s.article_id AND a.current = 1
LEFT JOIN group_members gm ON gm.statement_id = s.id
LEFT JOIN groups g ON g.id = gm.group_id
LEFT JOIN speakers sp ON sp.id = s.speaker_id;

CREATE VIEW group_statements AS
SELECT g.id AS group_id,
       g.verdict,
       sp.name AS speaker,
       a.outlet,
       a.file,
       s.kind,
       s.text,
       gm.diff,
       s.link
FROM groups g
JOIN group_members gm ON gm.group_id = g.id
JOIN statements s ON s.id = gm.statement_id
JOIN articles a ON a.id = s.article_id
LEFT JOIN speakers sp ON sp.id = s.speaker_id;

-- Version 2: cross-check by utterance ------------------------------------------------------
-- A group is one utterance: its fullest copy (the root) and the statements that copy it. Only
-- roots are indexed, so a statement carried by many outlets holds one posting per key. Groups
-- made by version 1 are rebuilt: the next update cross-checks every current article again.

DROP TABLE _shingles;
CREATE TABLE _root_keys (
    key          INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    PRIMARY KEY (key, statement_id)
) WITHOUT ROWID;
CREATE INDEX _root_keys_statement ON _root_keys(statement_id);

DELETE FROM group_members;
DELETE FROM groups;
DELETE FROM _crosschecked;
ALTER TABLE groups ADD COLUMN notes TEXT NOT NULL DEFAULT '[]';  -- omissions: no divergence
ALTER TABLE groups ADD COLUMN root_statement_id INTEGER REFERENCES statements(id);  -- fullest copy
ALTER TABLE groups ADD COLUMN members INTEGER NOT NULL DEFAULT 0;
ALTER TABLE groups ADD COLUMN outlets INTEGER NOT NULL DEFAULT 0;
CREATE INDEX groups_verdict ON groups(verdict);
CREATE INDEX articles_current ON articles(current);

-- Version 3 -- reliability: articles are found by file name as well as by URL ----------------

-- An article's identity is its words and its source (URL, else file name), so re-ingesting a
-- file with corrected metadata updates it in place; content_hash keys words and source.
CREATE INDEX articles_file ON articles(file);

-- Version 4 -- rules, utterances, speaker identity ---------------------------------------------

-- The construction that found each statement ("inverted-cue", "according-to", ...), and its
-- utterance: pieces of one quotation split by its cue share the number (counted per article).
ALTER TABLE statements ADD COLUMN rule TEXT;
ALTER TABLE statements ADD COLUMN utterance INTEGER;

-- Speakers are found by their folded name (no diacritics, case, titles or middle initials)
-- and, for one word alone, by the folded last or first word of a person's full name ("Obama",
-- "Hua" for Hua Chunying).
ALTER TABLE speakers ADD COLUMN key TEXT;
ALTER TABLE speakers ADD COLUMN surname TEXT;
ALTER TABLE speakers ADD COLUMN first_name TEXT;
CREATE INDEX speakers_key ON speakers(key);
CREATE INDEX speakers_surname ON speakers(surname);
CREATE INDEX speakers_first_name ON speakers(first_name);

-- Version 5 -- article author --------------------------------------------------------------------
-- The byline, as the manifest, a scraper record or a web page gives it.
ALTER TABLE articles ADD COLUMN author TEXT;

-- Version 6 -- Datasette and sqlite-utils: detectable, stemming full-text search; summary views

-- Both tools find a table's full-text index only when it is declared content="statements"
-- (double quotes). Porter stemming lets "back door" find "back doors"; remove_diacritics
-- lets "Nunez" find "Núñez". Rebuilt from statements for databases made before.
DROP TRIGGER statements_fts_insert;
DROP TRIGGER statements_fts_delete;
DROP TABLE statements_fts;
CREATE VIRTUAL TABLE statements_fts USING fts5(
    text, content="statements", content_rowid="id",
    tokenize="porter unicode61 remove_diacritics 2"
);
INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Which outlets diverge: each outlet's copies in cross-check groups, by their group's verdict.
CREATE VIEW outlet_divergence AS
SELECT COALESCE(a.outlet, '(unknown)') AS outlet,
       count(*) AS copies,
       sum(g.verdict = 'agree') AS agree,
       sum(g.verdict = 'detail') AS detail,
       sum(g.verdict = 'truncated') AS truncated,
       sum(g.verdict = 'reworded') AS reworded,
       sum(g.verdict = 'attribution') AS attribution,
       sum(g.verdict = 'conflict') AS conflict,
       round(100.0 * sum(g.verdict <> 'agree') / count(*), 1) AS divergent_percent
FROM group_members gm
JOIN groups g ON g.id = gm.group_id
JOIN statements s ON s.id = gm.statement_id
JOIN articles a ON a.id = s.article_id AND a.current = 1
GROUP BY COALESCE(a.outlet, '(unknown)')
ORDER BY divergent_percent DESC, copies DESC, outlet;

-- Each speaker at a glance: how much they said, where, and how often copies of it diverge.
CREATE VIEW speaker_summary AS
SELECT sp.id AS speaker_id,
       sp.name AS speaker,
       sp.kind,
       count(s.id) AS statements,
       count(DISTINCT s.article_id) AS articles,
       count(DISTINCT a.outlet) AS outlets,
       count(DISTINCT gm.group_id) AS groups,
       count(DISTINCT CASE WHEN g.verdict <> 'agree' THEN g.id END) AS divergent_groups,
       min(a.published) AS first_published,
       max(a.published) AS last_published
FROM speakers sp
LEFT JOIN (statements s JOIN articles a ON a.id = s.article_id AND a.current = 1)
       ON s.speaker_id = sp.id
LEFT JOIN group_members gm ON gm.statement_id = s.id
LEFT JOIN groups g ON g.id = gm.group_id
GROUP BY sp.id
ORDER BY statements DESC, speaker;

-- Each cross-check group with its counts, its fullest wording and its findings.
CREATE VIEW group_summary AS
SELECT g.id AS group_id,
       g.verdict,
       sp.name AS speaker,
       count(*) AS members,
       count(DISTINCT a.outlet) AS outlets,
       group_concat(DISTINCT a.outlet) AS outlet_names,
       json_array_length(g.differences) AS findings,
       (SELECT s2.text FROM group_members m2 JOIN statements s2 ON s2.id = m2.statement_id
        WHERE m2.group_id = g.id ORDER BY length(s2.text) DESC, s2.id LIMIT 1) AS text,
       g.differences
FROM groups g
JOIN group_members gm ON gm.group_id = g.id
JOIN statements s ON s.id = gm.statement_id
JOIN articles a ON a.id = s.article_id
LEFT JOIN speakers sp ON sp.id = g.speaker_id
GROUP BY g.id;

-- Version 7 -- statements reach the full-text index a batch at a time

-- An insert trigger made every INSERT INTO statements flush the index's pending terms (FTS5
-- writes them out at each statement's savepoint), so storing cost a segment per statement.
-- claimdb now adds a batch's statements with one INSERT ... SELECT (store.rs: `index_text`);
-- deleting or changing a statement still updates the index by trigger.
DROP TRIGGER statements_fts_insert;

-- Version 8 -- cross-check: what the index keeps of each indexed statement

-- Most candidates that share a few word pairs with a statement copy nothing of it; their
-- words' hashes say so without reading and normalising them (src/crosscheck/summary.rs).
-- Statements indexed before this version get theirs when a search first meets them.
CREATE TABLE _root_summaries (
    statement_id INTEGER PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
    summary      BLOB NOT NULL
);

-- Version 9 -- listing statements at a million: in date order, stopping at --limit

-- `who NAME --limit N` and `statements --limit N` walk current articles in date order and
-- stop after N rows; a speaker's statements are found in article order without reading them.
-- `current` sits after the article's body, so only an index reads it without the body.
CREATE INDEX articles_by_date ON articles(current, published, id);
DROP INDEX statements_speaker;
CREATE INDEX statements_speaker ON statements(speaker_id, article_id, start);

-- Version 10 -- cross-check index: new postings wait in a small table

-- Added one by one, postings land on a different page of a large index each, so adding an
-- article cost more as the database grew; new ones now wait here and move to `_root_keys` a
-- hundred thousand at a time, in key order (src/crosscheck/index.rs).
CREATE TABLE _root_keys_recent (
    key          INTEGER NOT NULL,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    PRIMARY KEY (key, statement_id)
) WITHOUT ROWID;
CREATE INDEX _root_keys_recent_statement ON _root_keys_recent(statement_id);

-- Version 11 -- cross-check index: one row per key

-- A row per posting cost two B-tree entries (and a check of the statement) each; a key's
-- postings now sit in one row, its statement ids joined by commas ("12,57,301"), and a NULL
-- list marks a stock phrase, a key more than 400 utterances share (src/crosscheck/index.rs).
-- Keys with new postings wait in the small table and move to the large one in bulk.
CREATE TABLE _root_postings (
    key INTEGER PRIMARY KEY,
    ids TEXT
);
CREATE TABLE _root_postings_recent (
    key INTEGER PRIMARY KEY,
    ids TEXT NOT NULL
);
INSERT INTO _root_postings (key, ids)
SELECT key, CASE WHEN count(*) > 400 THEN NULL ELSE group_concat(statement_id, ',') END
FROM (SELECT key, statement_id FROM _root_keys
      UNION SELECT key, statement_id FROM _root_keys_recent)
GROUP BY key;
DROP TABLE _root_keys;
DROP TABLE _root_keys_recent;

-- Version 12 -- cross-check index: postings packed in bytes

-- Reading a key's list parsed each id from text, a cost that grew as lists filled up toward
-- the stock-phrase limit; each id is now 8 bytes, big-endian ("12,57" becomes
-- x'000000000000000C0000000000000039'), read back in one copy. The column keeps its declared
-- type: a BLOB stays a BLOB in it (src/crosscheck/index.rs).
UPDATE _root_postings SET ids = (SELECT coalesce(unhex(group_concat(printf('%016x', value), '')), x'')
                                 FROM json_each('[' || ids || ']'))
WHERE ids IS NOT NULL;
UPDATE _root_postings_recent SET ids = (SELECT coalesce(unhex(group_concat(printf('%016x', value), '')), x'')
                                        FROM json_each('[' || ids || ']'));

-- Version 13 -- cross-check beside storing: a generation per pass

-- An ingest decides a cross-check pass on a read snapshot while it goes on storing, then writes
-- the pass in a short transaction; every pass's write adds one here, so a pass that another
-- process's pass overtook is seen and decided again (src/crosscheck/mod.rs).
CREATE TABLE _crosscheck_generation (
    n INTEGER NOT NULL
);
INSERT INTO _crosscheck_generation (n) VALUES (0);

-- Version 14 -- cross-check: speakers renamed or merged since the last cross-check

-- A group decided before its speaker's fuller name arrived (or before two speakers were found
-- to be one) shows the old name in its differences, and names break ties in its verdict; the
-- store notes such speakers here, one row per rename in the order they happened, and the next
-- cross-check decides their groups again and forgets the notes it took, leaving those written
-- while it was decided (src/crosscheck/renamed.rs). An older database starts with none noted.
CREATE TABLE IF NOT EXISTS _renamed_speakers (
    speaker_id INTEGER NOT NULL
);

-- Version 15 -- speaker identity: a surname alone, decided by the whole database

-- A person named by one word with no full name in the article ("Obama"): its statements go to
-- the person of that surname who dominates it in the database, or to a speaker of the one word
-- alone, and are given again when new articles change that (src/store/speakers.rs); the word
-- and the name as extracted are kept here for that. Statements stored before this version keep
-- the speakers they had.
CREATE TABLE IF NOT EXISTS _bare_names (
    statement_id INTEGER PRIMARY KEY REFERENCES statements(id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    name         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS _bare_names_key ON _bare_names(key);

-- Names a user taught to be a speaker (`claimdb speakers alias`, `rename`, `split`): a name no
-- speaker's key finds goes to the speaker it was taught to be. Aliases noted from mentions only
-- help `who` find a speaker: which speaker noted one first depends on the order of articles.
CREATE TABLE IF NOT EXISTS _taught_aliases (
    alias TEXT PRIMARY KEY COLLATE NOCASE
);

-- Version 16 -- speaker identity: a surname alone, decided from counts kept as statements come

-- Deciding a bare name ("Obama", schema section 15) recounted every statement of every person of
-- that surname after each batch, so a batch cost more as the database grew. These tables keep
-- what the decision reads, so a batch decides only the words it touched, from a few rows each,
-- and moves statements only when a word's speaker changes (src/store/speakers.rs).

-- Each person's statements under their full name (bare statements do not count), kept by the
-- triggers below whatever changes a statement: storing, forgetting, merging, splitting.
CREATE TABLE IF NOT EXISTS _full_name_statements (
    speaker_id INTEGER PRIMARY KEY REFERENCES speakers(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL
);
INSERT OR IGNORE INTO _full_name_statements (speaker_id, n)
    SELECT s.speaker_id, count(*) FROM statements s
    WHERE s.speaker_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM _bare_names b WHERE b.statement_id = s.id)
    GROUP BY s.speaker_id;
-- A bare statement is stored without a speaker and noted in _bare_names before it gets one.
CREATE TRIGGER IF NOT EXISTS _full_name_statements_insert AFTER INSERT ON statements
WHEN new.speaker_id IS NOT NULL BEGIN
    INSERT INTO _full_name_statements (speaker_id, n) VALUES (new.speaker_id, 1)
        ON CONFLICT (speaker_id) DO UPDATE SET n = n + 1;
END;
-- BEFORE: deleting an article removes its statements' _bare_names rows by cascade first.
CREATE TRIGGER IF NOT EXISTS _full_name_statements_delete BEFORE DELETE ON statements
WHEN old.speaker_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM _bare_names b WHERE b.statement_id = old.id) BEGIN
    UPDATE _full_name_statements SET n = n - 1 WHERE speaker_id = old.speaker_id;
END;
CREATE TRIGGER IF NOT EXISTS _full_name_statements_update AFTER UPDATE OF speaker_id ON statements
WHEN old.speaker_id IS NOT new.speaker_id
 AND NOT EXISTS (SELECT 1 FROM _bare_names b WHERE b.statement_id = new.id) BEGIN
    UPDATE _full_name_statements SET n = n - 1 WHERE speaker_id = old.speaker_id;
    INSERT INTO _full_name_statements (speaker_id, n) SELECT new.speaker_id, 1
        WHERE new.speaker_id IS NOT NULL
        ON CONFLICT (speaker_id) DO UPDATE SET n = n + 1;
END;

-- Each bare word's spellings as extracted ("Obama", "OBAMA"): its own speaker takes the fullest,
-- a taught one decides, and each names whoever the word's statements go to.
CREATE TABLE IF NOT EXISTS _bare_spellings (
    key  TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (key, name)
) WITHOUT ROWID;
INSERT OR IGNORE INTO _bare_spellings (key, name) SELECT key, name FROM _bare_names;

-- The speaker each bare word's statements were last given: a batch that decides the same again
-- gives only its own new statements. A word not here yet (an older database) has all its
-- statements given when a batch next touches it.
CREATE TABLE IF NOT EXISTS _bare_targets (
    key        TEXT PRIMARY KEY,
    speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL
) WITHOUT ROWID;

-- Version 17 -- speaker identity: a bare word's spellings read from its statements

-- A bare word's spellings are those of its statements still stored (a forgotten article's
-- spelling no longer names anyone), read through an index that holds them in order.
DROP TABLE IF EXISTS _bare_spellings;
CREATE INDEX IF NOT EXISTS _bare_names_key_name ON _bare_names(key, name);
DROP INDEX IF EXISTS _bare_names_key;
