// HTTP conventions shared by the routes: errors with a status, JSON or HTML answers,
// validated parameters.
import type { Request, Response } from 'express';
import { InputError } from '../errors';

/** An error that becomes a readable page (or JSON `{ error }`) with this status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** True when the client asked for JSON: a `.json` URL or an Accept header preferring JSON. */
export function wantsJson(req: Request, res: Response): boolean {
  if (res.locals.json === true) return true;
  const accept = req.get('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** A positive integer id from a route parameter or a form field; 400 when it is not one. */
export function parseId(value: unknown, what: string): number {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  if (!/^[1-9]\d{0,15}$/.test(text)) throw new InputError(`${what} must be a positive whole number (got ${describe(value)})`);
  return Number(text);
}

/** A whole number >= 0 from a form field; 400 when it is not one. */
export function parseCount(value: unknown, what: string): number {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  if (!/^\d{1,9}$/.test(text)) throw new InputError(`${what} must be a whole number (got ${describe(value)})`);
  return Number(text);
}

/** A number in [0, 1] (a threshold); also accepts a percentage such as 85. */
export function parseThreshold(value: unknown): number {
  const text = typeof value === 'string' ? value.trim().replace(',', '.').replace(/%$/, '') : '';
  const number = Number(text);
  if (text === '' || !Number.isFinite(number) || number < 0 || number > 100) {
    throw new InputError(`threshold must be a number between 0 and 1 (or a percentage), got ${describe(value)}`);
  }
  return number > 1 ? number / 100 : number;
}

/** One of a fixed set of words; the fallback when absent; 400 when something else. */
export function parseChoice<T extends string>(value: unknown, choices: readonly T[], fallback: T, what: string): T {
  if (value === undefined || value === '') return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${what} must be one of ${choices.join(', ')} (got ${describe(value)})`);
}

/** A short, printable description of a parameter value for error messages. */
function describe(value: unknown): string {
  if (value === undefined || value === '') return 'nothing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}
