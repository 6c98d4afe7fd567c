// Spellings of names across a corpus: which Latin spellings render one Arabic name, which
// one is usual, and which minority spelling differs in a main consonant and is likely an
// error (Hmouzi beside Hammouchi for حموشي) rather than an accepted variant (Abdelatif
// beside Abdellatif). A Latin mention without Arabic in its sentence is matched against
// the Arabic forms of the corpus, then against the other Latin spellings.
import { arabicKey, latinKey } from '../text/normalize';
import { alignName, foldLatinName, matchName, NameMatch } from './name-match';

/** One mention of a name in a corpus; at least one of `arabic` and `latin` is given. */
export interface NameMention {
  /** The Arabic form, when the sentence (or its aligned Arabic) has one. */
  arabic?: string;
  /** The Latin spelling, when there is one. */
  latin?: string;
  document: string;
  sentence?: string | number;
}

/** One Latin spelling of a name in the corpus and how it compares. */
export interface SpellingReport {
  latin: string;
  /** Mentions with this spelling. */
  count: number;
  /** Documents it occurs in, in order of first mention. */
  documents: string[];
  /** Against the Arabic form (null for a group without Arabic). */
  vsArabic: NameMatch | null;
  /** Against the usual spelling of the group. */
  vsUsual: NameMatch;
  /** A minority spelling that differs in a main consonant. */
  likelyError: boolean;
  explanation: string;
}

/** The Latin spellings of one name. */
export interface SpellingGroup {
  /** The Arabic form (as first written in the corpus), or null when the corpus has none. */
  arabic: string | null;
  /** The most frequent spelling. */
  usual: string;
  spellings: SpellingReport[];
}

/** A Latin mention without Arabic joins an Arabic form it renders with at most this many wrong consonants… */
const MAX_MAJORS_TO_JOIN = 1;
/** …at most this cost… */
const MAX_COST_TO_JOIN = 1.35;
/** …and only if that form has at least this many consonants (one error among few letters is another name). */
const MIN_CONSONANTS_TO_JOIN = 3;
/** Two Latin spellings with consonant skeletons this long or longer and one difference are one name misspelt. */
const MIN_SKELETON_TO_JOIN = 3;
const VERDICT_RANK = { same: 2, variant: 1, different: 0 } as const;

interface Unit {
  key: string;
  text: string;
}

/** Latin letter groups read as one consonant, longest first; vowels, w and y are left out. */
const SKELETON_RULES: readonly [RegExp, string][] = [
  [/^(sch|ch|sh)/, 'ʃ'],
  [/^kh/, 'x'],
  [/^(gh|rh)/, 'ɣ'],
  [/^(dj|j)/, 'ʒ'],
  [/^th/, 't'],
  [/^dh/, 'd'],
  [/^ph/, 'f'],
  [/^(ck|qu|q|k)/, 'k'],
  [/^c(?=[eiy])/, 's'],
  [/^c/, 'k'],
  [/^[aeiouyw]+/, ''],
  [/^[^a-z]+/, ''],
  [/^[a-z]/, '*'],
];

/** The consonant skeleton of a Latin spelling: Hammouchi → h m ʃ; doubled consonants count once. */
export function consonantSkeleton(latin: string): Unit[] {
  let rest = latinKey(latin.replace(/ç/gi, 's')).replace(/[^a-z]+/g, ' ');
  const units: Unit[] = [];
  while (rest.length > 0) {
    for (const [pattern, key] of SKELETON_RULES) {
      const found = pattern.exec(rest);
      if (!found) continue;
      const unitKey = key === '*' ? found[0] : key;
      if (unitKey !== '') {
        const previous = units[units.length - 1];
        if (previous && previous.key === unitKey) previous.text += found[0];
        else units.push({ key: unitKey, text: found[0] });
      }
      rest = rest.slice(found[0].length);
      break;
    }
  }
  return units;
}

/** Compares two Latin spellings of a name: same, variant (vowels, doubling, a silent h) or different (a main consonant). */
export function compareSpellings(a: string, b: string): NameMatch {
  if (foldLatinName(a) === foldLatinName(b)) return { verdict: 'same', score: 1, explanation: 'same spelling' };
  const x = consonantSkeleton(a);
  const y = consonantSkeleton(b);
  const differences = skeletonDifferences(x, y);
  const score = Math.round((1 - differences.length / Math.max(1, x.length, y.length)) * 1000) / 1000;
  const main = differences.filter((d) => !d.weak);
  if (main.length === 0) {
    const what = differences.length > 0 ? differences.map((d) => d.text).join('; ') : 'differs only in vowels or doubled letters';
    return { verdict: 'variant', score: Math.max(score, 0.8), explanation: what };
  }
  return { verdict: 'different', score, explanation: main.map((d) => d.text).join('; ') };
}

/** The edits between two skeletons, with a silent h counted as weak. */
function skeletonDifferences(x: Unit[], y: Unit[]): { text: string; weak: boolean }[] {
  const n = x.length;
  const m = y.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1].key === y[j - 1].key ? 0 : 1));
    }
  }
  const edits: { text: string; weak: boolean }[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + (x[i - 1].key === y[j - 1].key ? 0 : 1)) {
      if (x[i - 1].key !== y[j - 1].key) edits.push({ text: `${y[j - 1].text} written as ${x[i - 1].text}`, weak: false });
      i--;
      j--;
    } else if (i > 0 && d[i][j] === d[i - 1][j] + 1) {
      edits.push({ text: `extra ${x[i - 1].text}`, weak: x[i - 1].key === 'h' });
      i--;
    } else {
      edits.push({ text: `${y[j - 1].text} missing`, weak: y[j - 1].key === 'h' });
      j--;
    }
  }
  return edits.reverse();
}

interface Bucket {
  arabic: string | null;
  /** Spellings by folded key, in order of first mention. */
  spellings: Map<string, { latin: string; count: number; documents: string[] }>;
}

const arabicConsonants = (arabic: string): number => arabicKey(arabic).replace(/[^بتثجحخدذرزسشصضطظغفقكلمنه]/g, '').length;

/** Groups the Latin spellings of the corpus by Arabic name and flags likely misspellings. */
export function groupSpellings(mentions: readonly NameMention[]): SpellingGroup[] {
  const buckets = new Map<string, Bucket>();
  const bucketOf = (key: string, arabic: string | null): Bucket => {
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { arabic, spellings: new Map() }));
    return bucket;
  };
  const add = (bucket: Bucket, mention: NameMention, latin: string): void => {
    const key = foldLatinName(latin);
    const entry = bucket.spellings.get(key) ?? { latin, count: 0, documents: [] };
    entry.count++;
    if (!entry.documents.includes(mention.document)) entry.documents.push(mention.document);
    bucket.spellings.set(key, entry);
  };

  for (const mention of mentions) if (mention.arabic && arabicKey(mention.arabic).trim() !== '') bucketOf(`ar:${arabicKey(mention.arabic)}`, mention.arabic);
  const arabicBuckets = [...buckets.entries()];

  const latinOnly: NameMention[] = [];
  for (const mention of mentions) {
    if (!mention.latin || foldLatinName(mention.latin) === '') continue;
    if (mention.arabic && arabicKey(mention.arabic).trim() !== '') add(bucketOf(`ar:${arabicKey(mention.arabic)}`, mention.arabic), mention, mention.latin);
    else {
      const home = closestArabic(arabicBuckets, mention.latin);
      if (home) add(home, mention, mention.latin);
      else latinOnly.push(mention);
    }
  }
  for (const mention of latinOnly) {
    const latin = mention.latin as string;
    add(closestLatin(buckets, latin) ?? bucketOf(`fr:${foldLatinName(latin)}`, null), mention, latin);
  }
  return [...buckets.values()].filter((b) => b.spellings.size > 0).map(report);
}

/** The Arabic form a Latin spelling renders best, within one wrong consonant. */
function closestArabic(buckets: [string, Bucket][], latin: string): Bucket | null {
  let best: { bucket: Bucket; rank: number; cost: number } | null = null;
  for (const [, bucket] of buckets) {
    const arabic = bucket.arabic as string;
    const match = matchName(arabic, latin);
    const alignment = alignName(arabic, latin);
    const near = alignment.majors <= MAX_MAJORS_TO_JOIN && alignment.cost <= MAX_COST_TO_JOIN && arabicConsonants(arabic) >= MIN_CONSONANTS_TO_JOIN;
    if (match.verdict === 'different' && !near) continue;
    const rank = VERDICT_RANK[match.verdict];
    if (!best || rank > best.rank || (rank === best.rank && alignment.cost < best.cost)) best = { bucket, rank, cost: alignment.cost };
  }
  return best?.bucket ?? null;
}

/** The group holding a Latin spelling this one is a variant or a one-consonant misspelling of. */
function closestLatin(buckets: Map<string, Bucket>, latin: string): Bucket | null {
  const length = consonantSkeleton(latin).length;
  for (const bucket of buckets.values()) {
    for (const entry of bucket.spellings.values()) {
      const other = consonantSkeleton(entry.latin);
      const mainDifferences = skeletonDifferences(consonantSkeleton(latin), other).filter((d) => !d.weak).length;
      if (mainDifferences === 0 || (mainDifferences === 1 && Math.min(length, other.length) >= MIN_SKELETON_TO_JOIN)) return bucket;
    }
  }
  return null;
}

function report(bucket: Bucket): SpellingGroup {
  const entries = [...bucket.spellings.values()];
  const vsArabic = new Map(entries.map((e) => [e.latin, bucket.arabic ? matchName(bucket.arabic, e.latin) : null]));
  const rank = (e: (typeof entries)[number]): number => VERDICT_RANK[vsArabic.get(e.latin)?.verdict ?? 'same'];
  const usual = entries.reduce((best, e) => (e.count > best.count || (e.count === best.count && rank(e) > rank(best)) ? e : best));
  const spellings = entries.map((entry): SpellingReport => {
    const againstArabic = vsArabic.get(entry.latin) ?? null;
    const vsUsual = compareSpellings(entry.latin, usual.latin);
    const likelyError = entry !== usual && entry.count < usual.count && (againstArabic?.verdict === 'different' || vsUsual.verdict === 'different');
    let explanation: string;
    if (entry === usual) explanation = 'usual spelling';
    else if (likelyError) {
      const reason = againstArabic?.verdict === 'different' ? `${againstArabic.explanation} (for ${bucket.arabic})` : vsUsual.explanation;
      explanation = `likely misspelling of ${usual.latin}: ${reason}`;
    } else explanation = `accepted variant of ${usual.latin}: ${vsUsual.explanation}`;
    return { latin: entry.latin, count: entry.count, documents: entry.documents, vsArabic: againstArabic, vsUsual, likelyError, explanation };
  });
  return { arabic: bucket.arabic, usual: usual.latin, spellings };
}
