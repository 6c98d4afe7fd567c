#!/usr/bin/env node
// muqabala command line: finds the command, parses its arguments, runs it, and turns
// failures into a one-line reason (exit 1) or a usage message (exit 2).
import { COMMANDS } from './commands/index';
import { Command, commandHelp, parseCommandArgs } from './commands/command';
import { UsageError, UserError } from './commands/io';

const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'usage: muqabala <command> [options]',
    '',
    'French–Arabic translation alignment and review.',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    "Run 'muqabala <command> --help' for a command's options.",
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${(require('../../package.json') as { version: string }).version}\n`);
    return 0;
  }
  const command: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`muqabala: unknown command '${name}'\n\n${mainHelp()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(commandHelp(command));
    return 0;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    await command.run(values, positionals);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`muqabala ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UserError) {
      process.stderr.write(`muqabala ${command.name}: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`muqabala ${command.name}: unexpected error: ${message}\n`);
    if (process.env.MUQABALA_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT_FAILURE;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`muqabala: ${String(error)}\n`);
    process.exitCode = EXIT_FAILURE;
  },
);
