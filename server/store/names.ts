// Names across the corpus: each Arabic name (one row per matching key) with the French
// spellings seen for it, where they occur, and the spelling reviewers accepted.
import type { Db } from './database';
import { NotFoundError } from './errors';
import { arabicKey, latinKey } from '../text/normalize';
import { now } from './write';

/** A name seen on both sides of a bead, with the sentences holding each form. */
export interface MentionInput {
  arabic: string;
  latin: string;
  frenchSentenceId: number;
  arabicSentenceId: number | null;
}

/** One French spelling of a name: how often, where, and whether it looks like a misspelling. */
export interface SpellingRow {
  latin: string;
  count: number;
  /** A minority spelling of a name that has a more common one (and is not the accepted one). */
  doubtful: boolean;
  accepted: boolean;
  places: { pairId: number; documentId: number; documentTitle: string | null; sentenceId: number; sentence: string }[];
}

/** An Arabic name with its French spellings, the most common first. */
export interface NameGroupRow {
  id: number;
  arabic: string;
  accepted: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  spellings: SpellingRow[];
  /** How many mentions use a doubtful spelling. */
  doubtfulCount: number;
}

/** A spelling used in less than this share of a name's mentions is a minority (likely misspelt). */
const MINORITY_SHARE = 0.5;

/** The id of the name with this Arabic form's key, created when new. */
function nameId(db: Db, arabic: string): number {
  const key = arabicKey(arabic);
  db.prepare('INSERT INTO names (key, arabic) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(key, arabic);
  return (db.prepare('SELECT id FROM names WHERE key = ?').get(key) as { id: number }).id;
}

/** Records the name mentions of a pair (a mention already recorded is kept once). */
export function recordMentions(db: Db, pairId: number, mentions: MentionInput[]): void {
  const insert = db.prepare(`INSERT OR IGNORE INTO name_mentions (name_id, pair_id, latin, french_sentence_id, arabic_sentence_id)
    VALUES (?, ?, ?, ?, ?)`);
  for (const m of mentions) insert.run(nameId(db, m.arabic), pairId, m.latin, m.frenchSentenceId, m.arabicSentenceId);
}

/** The accepted spellings, by the Arabic name's key (what the checks compare against). */
export function acceptedSpellings(db: Db): Map<string, string[]> {
  const rows = db.prepare('SELECT key, accepted FROM names WHERE accepted IS NOT NULL').all() as { key: string; accepted: string }[];
  return new Map(rows.map((r) => [r.key, [r.accepted]]));
}

/** Marks the accepted French spelling of an Arabic name (created when not yet known). */
export function setAcceptedSpelling(db: Db, arabic: string, latin: string, user: string): void {
  db.transaction(() => {
    const id = nameId(db, arabic);
    const before = db.prepare('SELECT accepted FROM names WHERE id = ?').get(id) as { accepted: string | null };
    db.prepare('UPDATE names SET accepted = ?, updated_by = ?, updated_at = ? WHERE id = ?').run(latin, user, now(), id);
    db.prepare(`INSERT INTO review_events (at, user, action, before, after) VALUES (?, ?, 'accept-spelling', ?, ?)`).run(
      now(),
      user,
      JSON.stringify({ arabic, accepted: before.accepted }),
      JSON.stringify({ arabic, accepted: latin }),
    );
  })();
}

interface MentionRecord {
  name_id: number;
  arabic: string;
  accepted: string | null;
  updated_by: string | null;
  updated_at: string | null;
  latin: string;
  pair_id: number;
  document_id: number;
  document_title: string | null;
  sentence_id: number;
  sentence: string;
}

/** Every name with its spellings; names with a doubtful spelling first, then by mentions. */
export function listNameGroups(db: Db): NameGroupRow[] {
  const rows = db
    .prepare(`SELECT n.id AS name_id, n.arabic, n.accepted, n.updated_by, n.updated_at, m.latin, m.pair_id,
        s.document_id, d.title AS document_title, s.id AS sentence_id, s.text AS sentence
      FROM names n
      JOIN name_mentions m ON m.name_id = n.id
      JOIN sentences s ON s.id = m.french_sentence_id
      JOIN documents d ON d.id = s.document_id
      ORDER BY n.id, m.latin, s.document_id, s.ordinal`)
    .all() as MentionRecord[];
  const groups = new Map<number, NameGroupRow>();
  const spellingsByName = new Map<number, Map<string, SpellingRow>>();
  for (const row of rows) {
    let group = groups.get(row.name_id);
    if (!group) {
      group = { id: row.name_id, arabic: row.arabic, accepted: row.accepted, updatedBy: row.updated_by, updatedAt: row.updated_at, spellings: [], doubtfulCount: 0 };
      groups.set(row.name_id, group);
      spellingsByName.set(row.name_id, new Map());
    }
    const spellings = spellingsByName.get(row.name_id)!;
    const key = latinKey(row.latin);
    let spelling = spellings.get(key);
    if (!spelling) {
      spelling = { latin: row.latin, count: 0, doubtful: false, accepted: false, places: [] };
      spellings.set(key, spelling);
    }
    spelling.count++;
    spelling.places.push({ pairId: row.pair_id, documentId: row.document_id, documentTitle: row.document_title, sentenceId: row.sentence_id, sentence: row.sentence });
  }
  for (const group of groups.values()) {
    const spellings = [...spellingsByName.get(group.id)!.values()].sort((a, b) => b.count - a.count || a.latin.localeCompare(b.latin));
    const total = spellings.reduce((sum, s) => sum + s.count, 0);
    const acceptedKey = group.accepted === null ? null : latinKey(group.accepted);
    for (const s of spellings) {
      s.accepted = acceptedKey !== null && latinKey(s.latin) === acceptedKey;
      const outvoted = acceptedKey !== null ? !s.accepted : spellings.length > 1 && s !== spellings[0] && s.count < total * MINORITY_SHARE;
      s.doubtful = outvoted;
      if (outvoted) group.doubtfulCount += s.count;
    }
    group.spellings = spellings;
  }
  return [...groups.values()].sort((a, b) => b.doubtfulCount - a.doubtfulCount || b.spellings.length - a.spellings.length || a.arabic.localeCompare(b.arabic));
}

/** One name group by id (NotFoundError when missing). */
export function getNameGroup(db: Db, id: number): NameGroupRow {
  const group = listNameGroups(db).find((g) => g.id === id);
  if (!group) throw new NotFoundError(`there is no name ${id}`);
  return group;
}

/**
 * The usual French spelling of an Arabic name in the corpus: the accepted one, else the
 * most frequent among its mentions; for a name found inside a longer recorded name
 * (حموشي in عبد اللطيف حموشي), the same number of last words of that name's spelling.
 */
export function usualSpelling(db: Db, arabic: string, words = 1): string | null {
  const key = arabicKey(arabic).trim();
  if (key === '') return null;
  const rows = db
    .prepare(`SELECT n.key, n.accepted, m.latin, COUNT(*) AS count FROM names n LEFT JOIN name_mentions m ON m.name_id = n.id
      WHERE n.key = @key OR n.key LIKE '% ' || @key OR n.key LIKE @key || ' %' OR n.key LIKE '% ' || @key || ' %'
      GROUP BY n.id, m.latin ORDER BY n.key = @key DESC, n.accepted IS NULL, count DESC`)
    .all({ key }) as { key: string; accepted: string | null; latin: string | null; count: number }[];
  const best = rows[0];
  if (!best) return null;
  const spelling = best.accepted ?? best.latin;
  if (spelling === null) return null;
  if (best.key === key) return spelling;
  const parts = spelling.split(/\s+/);
  return parts.slice(Math.max(0, parts.length - words)).join(' ');
}

interface NameFlagRecord {
  id: number;
  detail: string;
}

/**
 * Adds to name flags without a suggested spelling the usual spelling of their Arabic name
 * in the corpus (`detail.usual`), so that the review page can show which letters differ.
 * Only the flags of the given beads, or all when none are given.
 */
export function annotateNameFlags(db: Db, beadIds?: number[]): void {
  const ofBead = db.prepare("SELECT id, detail FROM flags WHERE kind = 'name' AND bead_id = ?");
  const flags = (beadIds === undefined ? db.prepare("SELECT id, detail FROM flags WHERE kind = 'name'").all() : beadIds.flatMap((id) => ofBead.all(id))) as NameFlagRecord[];
  const update = db.prepare('UPDATE flags SET detail = ? WHERE id = ?');
  for (const flag of flags) {
    let detail: Record<string, unknown>;
    try {
      detail = JSON.parse(flag.detail) as Record<string, unknown>;
    } catch {
      continue;
    }
    const arabic = Array.isArray(detail.arabic) ? (detail.arabic[0] as { text?: unknown } | undefined) : undefined;
    const french = Array.isArray(detail.french) ? (detail.french[0] as { text?: unknown } | undefined) : undefined;
    if (typeof detail.suggestion === 'string' || typeof arabic?.text !== 'string' || typeof french?.text !== 'string') continue;
    const usual = usualSpelling(db, arabic.text, french.text.trim().split(/\s+/).length);
    if (usual === null || latinKey(usual) === latinKey(french.text)) continue;
    update.run(JSON.stringify({ ...detail, usual }), flag.id);
  }
}
