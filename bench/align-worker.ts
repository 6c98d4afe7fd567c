// Child process of the alignment benchmark: aligns one long synthetic document pair and
// prints its size, time (wall and CPU: the machine may be shared), strict F1 and memory (peak RSS of this process, input included).
import { alignSentences } from '../server/align/align';
import { scoreAlignments } from '../server/align/evaluate';
import { longPair } from './align-data';

const MB = 1024 * 1024;

function main(): void {
  const size = Number(process.argv[2]);
  const pair = longPair(size, size);
  const before = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const beads = alignSentences(pair.src, pair.tgt, { srcLang: 'ar', tgtLang: 'fr' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peak = (process.resourceUsage().maxRSS * 1024) / MB;
  const f1 = scoreAlignments([pair.gold], [beads]).strict.f1;
  process.stdout.write(
    `${String(pair.src.length).padStart(6)} × ${String(pair.tgt.length).padEnd(6)} ${seconds.toFixed(2).padStart(6)} s (CPU ${cpuSeconds.toFixed(2)} s)   ` +
      `peak RSS ${peak.toFixed(0).padStart(4)} MB (${(before / MB).toFixed(0)} MB before aligning)   strict F1 ${f1.toFixed(3)}\n`,
  );
}

if (require.main === module) main();
