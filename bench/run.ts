// Runs the benchmarks: every module of this folder that exports `run`, or those named on
// the command line. `--quick` asks each for a small, fast version (CI uses it).
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';

/** What a benchmark module exports. */
export interface BenchModule {
  run(options: { quick: boolean }): Promise<void> | void;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const names = readdirSync(__dirname)
    .filter((f) => f.endsWith('.js') && !['run.js', 'data.js'].includes(f))
    .map((f) => basename(f, '.js'))
    .filter((n) => wanted.length === 0 || wanted.includes(n))
    .sort();
  for (const name of names) {
    const module = (await import(`./${name}.js`)) as Partial<BenchModule>;
    if (typeof module.run !== 'function') continue;
    process.stdout.write(`\n== ${name}${quick ? ' (quick)' : ''}\n`);
    const started = Date.now();
    await module.run({ quick });
    process.stdout.write(`-- ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
