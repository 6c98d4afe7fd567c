// Names across the corpus: the French spellings seen for each name (recorded per bead,
// with the Arabic words that render them when there are), grouped by the names module
// into one group per Arabic name with its usual spelling and likely misspellings; and the
// spelling reviewers accepted, which the checks compare against.
import type { Db } from './database';
import { NotFoundError } from './errors';
import { arabicKey } from '../text/normalize';
import { foldLatinName } from '../anchors/name-match';
import { groupSpellings, NameMention, SpellingGroup } from '../anchors/spellings';
import { now } from './write';

/** A French name seen in a bead, with the Arabic words rendering it (null when none do). */
export interface MentionInput {
  latin: string;
  arabic: string | null;
  frenchSentenceId: number;
  arabicSentenceId: number | null;
}

/** One French spelling of a name: how often, where, and whether it looks like a misspelling. */
export interface SpellingRow {
  latin: string;
  count: number;
  /** A likely misspelling (a minority spelling differing in a main consonant), or any spelling but the accepted one. */
  doubtful: boolean;
  accepted: boolean;
  /** How it compares with the usual spelling and the Arabic ("ش written as z"). */
  explanation: string;
  places: { pairId: number; documentId: number; documentTitle: string | null; sentenceId: number; sentence: string }[];
}

/** A name with its French spellings, the most common first. */
export interface NameGroupRow {
  /** Position in the list (names are grouped when asked for, so this is not a stored id). */
  id: number;
  /** The Arabic form, or null for a name the Arabic side never renders. */
  arabic: string | null;
  usual: string;
  accepted: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  spellings: SpellingRow[];
  /** How many mentions use a doubtful spelling. */
  doubtfulCount: number;
}

/** Records the name mentions of a pair (a mention already recorded is kept once). */
export function recordMentions(db: Db, pairId: number, mentions: MentionInput[]): void {
  const insert = db.prepare(`INSERT OR IGNORE INTO name_mentions (pair_id, latin, arabic, french_sentence_id, arabic_sentence_id) VALUES (?, ?, ?, ?, ?)`);
  for (const m of mentions) insert.run(pairId, m.latin, m.arabic, m.frenchSentenceId, m.arabicSentenceId);
}

/** The accepted spellings, by the Arabic name's key (what the checks compare against). */
export function acceptedSpellings(db: Db): Map<string, string[]> {
  const rows = db.prepare('SELECT key, accepted FROM names WHERE accepted IS NOT NULL').all() as { key: string; accepted: string }[];
  return new Map(rows.map((r) => [r.key, [r.accepted]]));
}

/** Marks the accepted French spelling of an Arabic name; the change is in the history. */
export function setAcceptedSpelling(db: Db, arabic: string, latin: string, user: string): void {
  db.transaction(() => {
    const key = arabicKey(arabic);
    const before = db.prepare('SELECT accepted FROM names WHERE key = ?').get(key) as { accepted: string | null } | undefined;
    db.prepare(`INSERT INTO names (key, arabic, accepted, updated_by, updated_at) VALUES (@key, @arabic, @latin, @user, @at)
      ON CONFLICT (key) DO UPDATE SET accepted = @latin, updated_by = @user, updated_at = @at`).run({ key, arabic, latin, user, at: now() });
    db.prepare(`INSERT INTO review_events (at, user, action, before, after) VALUES (?, ?, 'accept-spelling', ?, ?)`).run(
      now(),
      user,
      JSON.stringify({ arabic, accepted: before?.accepted ?? null }),
      JSON.stringify({ arabic, accepted: latin }),
    );
  })();
}

interface MentionRecord {
  latin: string;
  arabic: string | null;
  pair_id: number;
  document_id: number;
  document_title: string | null;
  sentence_id: number;
  sentence: string;
}

function mentionRecords(db: Db): MentionRecord[] {
  return db
    // A French sentence paired with several Arabic reports counts once.
    .prepare(`SELECT m.latin, MAX(m.arabic) AS arabic, MIN(m.pair_id) AS pair_id, s.document_id, d.title AS document_title, s.id AS sentence_id, s.text AS sentence
      FROM name_mentions m JOIN sentences s ON s.id = m.french_sentence_id JOIN documents d ON d.id = s.document_id
      GROUP BY m.french_sentence_id, m.latin ORDER BY MIN(m.id)`)
    .all() as MentionRecord[];
}

/** The corpus' spellings grouped by name (the names module's grouping). */
function spellingGroups(records: MentionRecord[]): SpellingGroup[] {
  const mentions: NameMention[] = records.map((r) => ({ latin: r.latin, ...(r.arabic ? { arabic: r.arabic } : {}), document: String(r.document_id), sentence: r.sentence_id }));
  return groupSpellings(mentions);
}

/** Every name with its spellings; names with a doubtful spelling first, then by mentions. */
export function listNameGroups(db: Db): NameGroupRow[] {
  const records = mentionRecords(db);
  const accepted = new Map(
    (db.prepare('SELECT key, accepted, updated_by, updated_at FROM names').all() as { key: string; accepted: string | null; updated_by: string | null; updated_at: string | null }[]).map(
      (r) => [r.key, r],
    ),
  );
  const groups = spellingGroups(records).map((group): NameGroupRow => {
    const decision = group.arabic === null ? undefined : accepted.get(arabicKey(group.arabic));
    const acceptedKey = decision?.accepted ? foldLatinName(decision.accepted) : null;
    const groupKey = group.arabic === null ? null : arabicKey(group.arabic);
    const spellings = group.spellings
      .map((s): SpellingRow => {
        const key = foldLatinName(s.latin);
        const isAccepted = acceptedKey !== null && key === acceptedKey;
        const places = records
          .filter((r) => foldLatinName(r.latin) === key && (r.arabic === null || groupKey === null || arabicKey(r.arabic) === groupKey))
          .map((r) => ({ pairId: r.pair_id, documentId: r.document_id, documentTitle: r.document_title, sentenceId: r.sentence_id, sentence: r.sentence }));
        return { latin: s.latin, count: s.count, doubtful: acceptedKey !== null ? !isAccepted : s.likelyError, accepted: isAccepted, explanation: s.explanation, places };
      })
      .sort((a, b) => b.count - a.count || a.latin.localeCompare(b.latin));
    return {
      id: 0,
      arabic: group.arabic,
      usual: group.usual,
      accepted: decision?.accepted ?? null,
      updatedBy: decision?.updated_by ?? null,
      updatedAt: decision?.updated_at ?? null,
      spellings,
      doubtfulCount: spellings.filter((s) => s.doubtful).reduce((sum, s) => sum + s.count, 0),
    };
  });
  return groups
    .sort(
      (a, b) =>
        b.doubtfulCount - a.doubtfulCount ||
        b.spellings.reduce((n, s) => n + s.count, 0) - a.spellings.reduce((n, s) => n + s.count, 0) ||
        (a.arabic ?? a.usual).localeCompare(b.arabic ?? b.usual),
    )
    .map((g, i) => ({ ...g, id: i + 1 }));
}

/** One name group by its position in the list (NotFoundError when there is none). */
export function getNameGroup(db: Db, id: number): NameGroupRow {
  const group = listNameGroups(db).find((g) => g.id === id);
  if (!group) throw new NotFoundError(`there is no name ${id}`);
  return group;
}

/**
 * The usual French spelling, in the corpus, of the name a French spelling stands for:
 * the accepted spelling of its group, else the group's most frequent one; as many last
 * words as the spelling has (Hammouchi for Hmouzi, not Abdellatif Hammouchi).
 */
function usualFor(groups: NameGroupRow[], latin: string, arabic: string | null): string | null {
  const words = latin.trim().split(/\s+/).length;
  const lastWords = (text: string): string => text.trim().split(/\s+/).slice(-words).join(' ');
  const key = foldLatinName(latin);
  const arabicWanted = arabic === null ? null : arabicKey(arabic).trim();
  const group =
    groups.find((g) => g.spellings.some((s) => foldLatinName(s.latin) === key)) ??
    groups.find((g) => g.spellings.some((s) => foldLatinName(lastWords(s.latin)) === key)) ??
    (arabicWanted === null
      ? undefined
      : groups.find((g) => g.arabic !== null && (arabicKey(g.arabic) === arabicWanted || arabicKey(g.arabic).endsWith(` ${arabicWanted}`))));
  if (!group) return null;
  return lastWords(group.accepted ?? group.usual);
}

interface NameFlagRecord {
  id: number;
  detail: string;
}

/**
 * Adds to name flags without a suggested spelling the usual spelling of their name in the
 * corpus (`detail.usual`), so that the review page can show which letters differ. Only the
 * flags of the given beads, or all when none are given.
 */
export function annotateNameFlags(db: Db, beadIds?: number[]): void {
  const ofBead = db.prepare("SELECT id, detail FROM flags WHERE kind = 'name' AND bead_id = ?");
  const flags = (beadIds === undefined ? db.prepare("SELECT id, detail FROM flags WHERE kind = 'name'").all() : beadIds.flatMap((id) => ofBead.all(id))) as NameFlagRecord[];
  if (flags.length === 0) return;
  const groups = listNameGroups(db);
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
    if (typeof detail.suggestion === 'string' || typeof french?.text !== 'string') continue;
    const usual = usualFor(groups, french.text, typeof arabic?.text === 'string' ? arabic.text : null);
    if (usual === null || foldLatinName(usual) === foldLatinName(french.text)) continue;
    update.run(JSON.stringify({ ...detail, usual }), flag.id);
  }
}
