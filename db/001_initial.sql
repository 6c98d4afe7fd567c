-- The first schema of muqabala: documents and their sentences, document pairs and their
-- beads with flags, the review trail, names and their mentions, and reviewers.
-- Sentence ranges of a bead are inclusive ordinals of the document's sentences (NULL when
-- the side is empty). Text offsets are UTF-16 code units, as JavaScript counts them.

CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  lang        TEXT    NOT NULL CHECK (lang IN ('ar', 'fr', 'other')),
  title       TEXT,
  source      TEXT    NOT NULL,                -- the file name or label it came from
  date        TEXT,                            -- ISO YYYY-MM-DD when known
  sha256      TEXT    NOT NULL UNIQUE,         -- of the decoded text: the same text is stored once
  imported_at TEXT    NOT NULL,
  encoding    TEXT    NOT NULL,
  text        TEXT    NOT NULL
);

CREATE TABLE sentences (
  id           INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: undo restores rows by id
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,               -- 0-based position in the document
  text         TEXT    NOT NULL,               -- = documents.text[start_offset, end_offset)
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  paragraph    INTEGER NOT NULL DEFAULT 0,
  kind         TEXT    NOT NULL CHECK (kind IN ('title', 'body', 'caption', 'boilerplate', 'metadata', 'foreign')),
  lang         TEXT    NOT NULL CHECK (lang IN ('ar', 'fr', 'other')),
  UNIQUE (document_id, ordinal)
);

CREATE TABLE document_pairs (
  id          INTEGER PRIMARY KEY,
  arabic_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  french_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  score       REAL    NOT NULL,
  relation    TEXT    NOT NULL CHECK (relation IN ('translation', 'same-event', 'unrelated')),
  evidence    TEXT    NOT NULL DEFAULT '{}',   -- JSON: shared dates, names, numbers, lexical score
  status      TEXT    NOT NULL DEFAULT 'aligned',
  created_at  TEXT    NOT NULL,
  UNIQUE (arabic_id, french_id)
);
CREATE INDEX document_pairs_french ON document_pairs (french_id);

CREATE TABLE beads (
  id         INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: undo restores rows by id
  pair_id    INTEGER NOT NULL REFERENCES document_pairs (id) ON DELETE CASCADE,
  ordinal    REAL    NOT NULL,                 -- display order inside the pair (a split takes a value between two)
  ar_first   INTEGER,                          -- inclusive sentence ordinals, NULL = empty side
  ar_last    INTEGER,
  fr_first   INTEGER,
  fr_last    INTEGER,
  confidence REAL    NOT NULL,
  status     TEXT    NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'confirmed', 'rejected')),
  version    INTEGER NOT NULL DEFAULT 1,       -- optimistic locking: bumped on every change
  reviewer   TEXT,
  created_at TEXT    NOT NULL,
  updated_at TEXT    NOT NULL,
  CHECK ((ar_first IS NULL) = (ar_last IS NULL) AND (fr_first IS NULL) = (fr_last IS NULL)),
  CHECK (ar_first IS NOT NULL OR fr_first IS NOT NULL)
);
CREATE INDEX beads_pair_ordinal ON beads (pair_id, ordinal);
CREATE INDEX beads_pair_status ON beads (pair_id, status, confidence);
CREATE INDEX beads_status ON beads (status, pair_id, ordinal);

CREATE TABLE flags (
  id         INTEGER PRIMARY KEY,
  bead_id    INTEGER NOT NULL REFERENCES beads (id) ON DELETE CASCADE,
  kind       TEXT    NOT NULL,
  severity   TEXT    NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
  confidence REAL    NOT NULL,
  message    TEXT    NOT NULL,
  detail     TEXT    NOT NULL DEFAULT '{}'     -- JSON: the check's detail, and `arabic`/`french` span lists
                                               -- relative to the bead side's sentences joined by one space
);
CREATE INDEX flags_bead ON flags (bead_id);

CREATE TABLE review_events (
  id        INTEGER PRIMARY KEY,
  at        TEXT    NOT NULL,
  user      TEXT    NOT NULL,
  action    TEXT    NOT NULL,
  pair_id   INTEGER REFERENCES document_pairs (id) ON DELETE SET NULL,
  bead_id   INTEGER,                           -- no foreign key: the bead may be gone since
  before    TEXT    NOT NULL DEFAULT '{}',     -- JSON snapshots: what undo restores
  after     TEXT    NOT NULL DEFAULT '{}',
  undone_by INTEGER REFERENCES review_events (id),
  undoes    INTEGER REFERENCES review_events (id)
);
CREATE INDEX review_events_pair ON review_events (pair_id, id);
CREATE INDEX review_events_bead ON review_events (bead_id, id);

-- Every pair an event changed (a sentence fix changes all pairs of its document).
CREATE TABLE review_event_pairs (
  event_id INTEGER NOT NULL REFERENCES review_events (id) ON DELETE CASCADE,
  pair_id  INTEGER NOT NULL REFERENCES document_pairs (id) ON DELETE CASCADE,
  PRIMARY KEY (pair_id, event_id)
) WITHOUT ROWID;

-- The spelling reviewers accepted for an Arabic name (the spellings themselves are
-- grouped from name_mentions when the names page is asked for).
CREATE TABLE names (
  id         INTEGER PRIMARY KEY,
  key        TEXT    NOT NULL UNIQUE,          -- arabicKey of the name: one row per name however it is written
  arabic     TEXT    NOT NULL,                 -- the form first accepted
  accepted   TEXT,                             -- the spelling reviewers accepted
  updated_by TEXT,
  updated_at TEXT
);

-- A French spelling of a name in a bead, with the Arabic words that render it when the
-- bead's Arabic has them (a misspelling may have none: the corpus' spellings place it).
CREATE TABLE name_mentions (
  id                 INTEGER PRIMARY KEY,
  pair_id            INTEGER NOT NULL REFERENCES document_pairs (id) ON DELETE CASCADE,
  latin              TEXT    NOT NULL,
  arabic             TEXT,
  french_sentence_id INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
  arabic_sentence_id INTEGER REFERENCES sentences (id) ON DELETE SET NULL,
  UNIQUE (pair_id, french_sentence_id, latin)
);
CREATE INDEX name_mentions_pair ON name_mentions (pair_id);
CREATE INDEX name_mentions_sentence ON name_mentions (french_sentence_id);

-- Reviewers; accounts (roles, passwords) arrive later.
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL UNIQUE,
  role          TEXT    NOT NULL DEFAULT 'reviewer' CHECK (role IN ('admin', 'reviewer', 'viewer')),
  password_hash TEXT,
  created_at    TEXT    NOT NULL
);
