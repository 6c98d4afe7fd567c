// A one-time message for the next page (a "flash"): an action answering a form with a
// redirect leaves it in a short cookie, the next page shows it once and clears it.
import type { NextFunction, Request, Response } from 'express';
import { readCookies, setCookie } from './cookies';

const FLASH_COOKIE = 'flash';
/** The longest message kept (a cookie is small). */
const MAX_FLASH_LENGTH = 300;
/** How long an unread message waits for its page (a redirect follows at once). */
const FLASH_MAX_AGE_DAYS = 60 / 86400;

/** Leaves `message` for the next page the browser opens. */
export function setFlash(res: Response, message: string): void {
  setCookie(res, FLASH_COOKIE, message.slice(0, MAX_FLASH_LENGTH), { maxAgeDays: FLASH_MAX_AGE_DAYS });
}

/** Middleware: moves a waiting message into `res.locals.flash` (for the layout) and clears it. */
export function takeFlash(req: Request, res: Response, next: NextFunction): void {
  const message = readCookies(req)[FLASH_COOKIE];
  if (message) {
    res.locals.flash = message.slice(0, MAX_FLASH_LENGTH);
    setCookie(res, FLASH_COOKIE, '', { maxAgeDays: 0 });
  }
  next();
}
