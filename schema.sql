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

-- Version 2 article author --------------------------------------------------------------------
-- The byline, as the manifest, a scraper record or a web page gives it.
ALTER TABLE articles ADD COLUMN author TEXT;
