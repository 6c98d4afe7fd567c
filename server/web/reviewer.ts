// The reviewer's name: a cookie set from the small form in the layout, recorded with
// every review action (there are no accounts yet).
import type { Request, Response } from 'express';
import { InputError } from '../errors';
import { readCookies, setCookie } from './cookies';

const COOKIE = 'muqabala_reviewer';
const MAX_NAME_LENGTH = 40;
const COOKIE_DAYS = 365;

/** The reviewer of a request: the cookie's name, else `fallback`. */
export function reviewerOf(req: Request, fallback: string): string {
  const name = readCookies(req)[COOKIE];
  return name !== undefined && isValidName(name) ? name : fallback;
}

/** Remembers the reviewer's name (400 when empty, too long or with control characters). */
export function setReviewer(res: Response, value: unknown): string {
  const name = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
  if (!isValidName(name)) throw new InputError(`a reviewer name is 1 to ${MAX_NAME_LENGTH} characters, without control characters`);
  setCookie(res, COOKIE, name, { maxAgeDays: COOKIE_DAYS });
  return name;
}

function isValidName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_NAME_LENGTH && !/[\p{Cc}\p{Cf}]/u.test(name);
}
