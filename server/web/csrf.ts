// CSRF protection: each browser gets a random id in a cookie; its token is an HMAC of that
// id under a per-process secret. Forms carry the token in a hidden `_csrf` field, scripts
// in the `X-CSRF-Token` header (from any page's <meta name="csrf-token"> or GET /csrf).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { HttpError } from './http';
import { readCookies, setCookie } from './cookies';

const COOKIE = 'muqabala_csrf';
const ID_BYTES = 18;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Middleware: gives every client a token (res.locals.csrfToken) and refuses POSTs without it. */
export function csrfProtection(secret: Buffer = randomBytes(32)): (req: Request, res: Response, next: NextFunction) => void {
  const tokenFor = (id: string): string => createHmac('sha256', secret).update(id).digest('base64url');
  return (req, res, next) => {
    let id = readCookies(req)[COOKIE];
    const hadCookie = id !== undefined && /^[A-Za-z0-9_-]{20,64}$/.test(id);
    if (!hadCookie) {
      id = randomBytes(ID_BYTES).toString('base64url');
      setCookie(res, COOKIE, id);
    }
    const expected = tokenFor(id as string);
    res.locals.csrfToken = expected;
    if (SAFE_METHODS.has(req.method)) return next();
    const body = req.body as Record<string, unknown> | undefined;
    const sent = req.get('x-csrf-token') ?? (typeof body?._csrf === 'string' ? body._csrf : undefined);
    if (!hadCookie || sent === undefined || !sameToken(sent, expected)) {
      return next(
        new HttpError(403, 'This form has expired or did not come from this site (missing or wrong CSRF token). Reload the page and try again.'),
      );
    }
    next();
  };
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
