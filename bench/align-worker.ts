// Child process of the alignment benchmark: reads a presegmented document pair as the
// `align --presegmented` command does, aligns it, and prints its size, time (wall and CPU:
// the machine may be shared), memory (peak RSS of this process, input included) and strict
// F1 against the gold beads (read only after the peak is taken).
import { alignSentences } from '../server/align/align';
import { parseBeads } from '../server/align/beads';
import { scoreAlignments } from '../server/align/evaluate';
import { presegmentedSentences } from '../server/commands/align';
import { readInputText } from '../server/commands/io';

const MB = 1024 * 1024;

function readSentences(file: string): string[] {
  return presegmentedSentences(readInputText(file).text).map((span) => span.text);
}

function main(): void {
  const [srcFile, tgtFile, goldFile] = process.argv.slice(2);
  const src = readSentences(srcFile);
  const tgt = readSentences(tgtFile);
  const before = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const beads = alignSentences(src, tgt, { srcLang: 'ar', tgtLang: 'fr' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peak = (process.resourceUsage().maxRSS * 1024) / MB;
  const f1 = scoreAlignments([parseBeads(readInputText(goldFile).text, goldFile)], [beads]).strict.f1;
  process.stdout.write(
    `${String(src.length).padStart(6)} × ${String(tgt.length).padEnd(6)} ${seconds.toFixed(2).padStart(6)} s (CPU ${cpuSeconds.toFixed(2)} s)   ` +
      `peak RSS ${peak.toFixed(0).padStart(4)} MB (${(before / MB).toFixed(0)} MB with the input read)   strict F1 ${f1.toFixed(3)}\n`,
  );
}

if (require.main === module) main();
