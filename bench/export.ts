// Export of 100,000 beads in every format to a sink that discards the bytes: time,
// throughput and peak memory (resident set and heap), sampled while the export runs.
import { Writable } from 'node:stream';
import { buildReviewDatabase } from './corpus-db';
import { iterateExportRows } from '../server/store/export-rows';
import { writeJsonl, writeMoses, writeTmx, writeTsv } from '../server/export/index';

const TOTAL_BEADS = 100_000;
const BEADS_PER_PAIR = 1000;
const SAMPLE_MS = 20;
const MIB = 1024 * 1024;

/** A writable that counts and drops what it gets. */
function nullSink(): Writable & { bytes: number } {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      sink.bytes += chunk.length;
      callback();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

/** Runs the export benchmark. */
export async function run({ quick }: { quick: boolean }): Promise<void> {
  const started = Date.now();
  const { db } = buildReviewDatabase(TOTAL_BEADS / BEADS_PER_PAIR, BEADS_PER_PAIR);
  db.prepare("UPDATE beads SET status = 'confirmed', reviewer = 'bench'").run();
  process.stdout.write(`built ${TOTAL_BEADS} beads in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const formats = quick ? (['tmx', 'moses'] as const) : (['tmx', 'tsv', 'moses', 'jsonl'] as const);
  try {
    for (const format of formats) {
      global.gc?.();
      const baseline = process.memoryUsage();
      let peakRss = baseline.rss;
      let peakHeap = baseline.heapUsed;
      const timer = setInterval(() => {
        const now = process.memoryUsage();
        peakRss = Math.max(peakRss, now.rss);
        peakHeap = Math.max(peakHeap, now.heapUsed);
      }, SAMPLE_MS);
      const begin = process.hrtime.bigint();
      const rows = iterateExportRows(db, { status: 'confirmed' });
      const out = nullSink();
      const second = nullSink();
      const count =
        format === 'tmx' ? await writeTmx(rows, out) : format === 'tsv' ? await writeTsv(rows, out) : format === 'jsonl' ? await writeJsonl(rows, out) : await writeMoses(rows, out, second);
      const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
      clearInterval(timer);
      const bytes = out.bytes + second.bytes;
      process.stdout.write(
        `${format.padEnd(6)} ${count} beads in ${seconds.toFixed(2)} s (${Math.round(count / seconds)} beads/s, ${(bytes / MIB).toFixed(1)} MiB)  ` +
          `peak RSS ${(peakRss / MIB).toFixed(0)} MiB (+${((peakRss - baseline.rss) / MIB).toFixed(0)}), peak heap ${(peakHeap / MIB).toFixed(0)} MiB (+${((peakHeap - baseline.heapUsed) / MIB).toFixed(0)})\n`,
      );
    }
  } finally {
    db.close();
  }
}
