// The --db option the import, serve and export commands share: --db PATH, else the
// MUQABALA_DB environment variable, else ./data/muqabala.sqlite.
import type { OptionSpec, ParsedValues } from './command';
import { stringOption } from './command';

/** The database file when neither --db nor MUQABALA_DB says otherwise. */
export const DEFAULT_DB_PATH = './data/muqabala.sqlite';

/** The --db option's declaration. */
export const DB_OPTION: OptionSpec = { type: 'string', short: 'd', help: `database file (default: MUQABALA_DB, else ${DEFAULT_DB_PATH})` };

/** The database path a command uses. */
export function databasePath(values: ParsedValues): string {
  return stringOption(values, 'db') ?? process.env.MUQABALA_DB ?? DEFAULT_DB_PATH;
}
