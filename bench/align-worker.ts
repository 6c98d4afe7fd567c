// Child process of the alignment benchmark: runs `muqabala align --presegmented` on a
// document pair as the command line does (reading and decoding both files, aligning,
// writing the beads), and prints its size, the command's time (wall and CPU: the machine
// may be shared), the time since the process started (Node's own start and loading the
// modules included), memory (peak RSS of this process, input included) and strict F1 of
// the written beads against the gold beads (read only after the peak is taken).
import { closeSync, openSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseBeads } from '../server/align/beads';
import { scoreAlignments } from '../server/align/evaluate';
import { alignCommand } from '../server/commands/align';
import { readInputText } from '../server/commands/io';

const MB = 1024 * 1024;

/** Runs the align command with its standard output sent to `outFile`. */
async function runCommand(srcFile: string, tgtFile: string, outFile: string): Promise<void> {
  const fd = openSync(outFile, 'w');
  const stdoutWrite = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array): boolean => {
    writeSync(fd, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await alignCommand.run({ presegmented: true }, [srcFile, tgtFile]);
  } finally {
    process.stdout.write = stdoutWrite;
    closeSync(fd);
  }
}

async function main(): Promise<void> {
  const [srcFile, tgtFile, goldFile, outFile] = process.argv.slice(2);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await runCommand(srcFile, tgtFile, outFile);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const sinceStart = process.uptime();
  const peak = (process.resourceUsage().maxRSS * 1024) / MB;
  const beads = parseBeads(readInputText(outFile).text, outFile);
  const sentences = (file: string): number => readInputText(file).text.split('\n').length - 1;
  const f1 = scoreAlignments([parseBeads(readInputText(goldFile).text, goldFile)], [beads]).strict.f1;
  process.stdout.write(
    `${String(sentences(srcFile)).padStart(6)} × ${String(sentences(tgtFile)).padEnd(6)} ` +
      `command ${seconds.toFixed(2).padStart(5)} s (CPU ${cpuSeconds.toFixed(2)} s, ${sinceStart.toFixed(2)} s since the process started)   ` +
      `peak RSS ${peak.toFixed(0).padStart(4)} MB   strict F1 ${f1.toFixed(3)}\n`,
  );
}

if (require.main === module) void main();
