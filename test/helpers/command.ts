// Running a command of the CLI in process for tests: its arguments parsed as the CLI
// parses them, what it prints to standard output and error captured.
import { Command, parseCommandArgs } from '../../server/commands/command';

/** What a command printed. */
export interface Printed {
  stdout: string;
  stderr: string;
}

/**
 * Runs `command` with `args` as `muqabala <name> ARGS` would and returns what it printed.
 * What the command throws is thrown once the capture has ended; pass `printed` to keep
 * what it printed before failing.
 */
export function runCommand(command: Command, args: string[], printed: Printed = { stdout: '', stderr: '' }): Printed {
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((printed.stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((printed.stderr += String(chunk)), true));
  try {
    const { values, positionals } = parseCommandArgs(command, args);
    void command.run(values, positionals);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return printed;
}
