// Speed and memory of ingest: the five seed reports one by one, then one large file made
// of the seeds repeated (a scraped dump), in UTF-8 and in Windows-1252, up to the size limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_INPUT_BYTES } from '../server/text/decode';
import { ingestDocument } from '../server/text/ingest';
import { SHARED_DIR } from './data';

/** Rounds over the seeds (each ingests all five). */
const SEED_ROUNDS = { quick: 50, full: 500 };
/** Size of the large file: 2 MB in quick mode, the size limit otherwise. */
const LARGE_BYTES = { quick: 2 * 1024 * 1024, full: MAX_INPUT_BYTES - 1024 };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Ingests `bytes` once and prints the time, the throughput and the heap growth. */
function measure(label: string, bytes: Buffer): void {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const doc = ingestDocument(bytes, { name: label });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  process.stdout.write(
    `${label}: ${megabytes(bytes.length)} in ${seconds.toFixed(2)} s (${megabytes(bytes.length / seconds)}/s), ` +
      `${doc.lines.length} lines, ${doc.sentences.length} sentences, heap +${megabytes(heapGrowth)}\n`,
  );
}

/** Prints ingest times for the seeds and for a large file. */
export function run({ quick }: { quick: boolean }): void {
  const seedDir = join(SHARED_DIR, 'seeds');
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedDir, f)));
  const rounds = quick ? SEED_ROUNDS.quick : SEED_ROUNDS.full;
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) for (const seed of seeds) ingestDocument(seed);
  const perReport = Number(process.hrtime.bigint() - started) / 1e6 / (rounds * seeds.length);
  process.stdout.write(`seed reports: ${perReport.toFixed(2)} ms per report (${rounds * seeds.length} ingests)\n`);

  // A French dump (the Arabic seed and caption left out, so that Windows-1252 can hold it).
  const french = [0, 1, 2, 4]
    .map((i) => seeds[i].toString('utf8').replace(/^.*[\u0600-\u06FF].*$/gm, ''))
    .join('\n\n');
  const target = quick ? LARGE_BYTES.quick : LARGE_BYTES.full;
  const unit = Buffer.from(`${french}\n\n`, 'utf8');
  const large = Buffer.concat(Array(Math.floor(target / unit.length)).fill(unit));
  measure('large UTF-8 file', large);
  // Typography beyond Latin-1 made ASCII, so that the latin1 bytes are valid Windows-1252.
  const latin = Buffer.from(
    large
      .toString('utf8')
      .replace(/[’‘]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[–—]/g, '-')
      .replace(/[^\u0000-\u00FF]/g, ' '),
    'latin1',
  );
  measure('large Windows-1252 file', latin);
}
