// The shape of one CLI command and the argument parsing they share.
import { parseArgs } from 'node:util';
import { UsageError } from './io';

/** An option as `node:util` parseArgs declares it, plus its help text. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  help: string;
}

/** One `muqabala <name>` command. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The usage line, e.g. `muqabala segment [FILE|-] [--lang fr|ar|auto]`. */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Runs with parsed values and positional arguments; may return a promise. */
  run(values: ParsedValues, positionals: string[]): void | Promise<void>;
}

/** Parsed option values, keyed by long name. */
export type ParsedValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

/** Parses argv for a command; unknown options and missing values become a UsageError. */
export function parseCommandArgs(command: Command, argv: string[]): { values: ParsedValues; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    // parseArgs rejects keys present with an undefined value: copy only those given.
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: parsed.values as ParsedValues, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}

/** Reads a string option restricted to a set of choices (default when absent). */
export function choiceOption<T extends string>(values: ParsedValues, name: string, choices: readonly T[], fallback: T): T {
  const value = values[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got ${String(value)})`);
  }
  return value as T;
}

/** Reads a string option (undefined when absent). */
export function stringOption(values: ParsedValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The help text of a command. */
export function commandHelp(command: Command): string {
  const lines = [`usage: ${command.usage}`, '', command.summary];
  const entries = Object.entries(command.options);
  if (entries.length > 0) {
    lines.push('', 'options:');
    for (const [name, spec] of entries) {
      const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ' VALUE' : ''}`;
      lines.push(`  ${flag.padEnd(26)} ${spec.help}`);
    }
  }
  lines.push(`  ${'-h, --help'.padEnd(26)} show this help`);
  return lines.join('\n') + '\n';
}
