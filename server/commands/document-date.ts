// The --document-date option shared by the commands that read dates.
import { ParsedValues, stringOption } from './command';
import { UsageError } from './io';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The `--document-date YYYY-MM-DD` option, checked to be a real day (undefined when absent). */
export function documentDateOption(values: ParsedValues): string | undefined {
  const value = stringOption(values, 'document-date');
  if (value === undefined) return undefined;
  const match = ISO_DATE.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new UsageError(`--document-date must be a day written YYYY-MM-DD, such as 2025-11-25 (got ${value})`);
  }
  return value;
}
