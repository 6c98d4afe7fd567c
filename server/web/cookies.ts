// Reading and writing the app's few cookies without a parser dependency.
import type { Request, Response } from 'express';

/** The cookies of a request, by name (values URI-decoded; malformed ones skipped). */
export function readCookies(req: Request): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const equals = part.indexOf('=');
    if (equals <= 0) continue;
    const name = part.slice(0, equals).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(equals + 1).trim());
    } catch {
      // a cookie that is not valid URI encoding is ignored, as browsers would send it again
    }
  }
  return cookies;
}

/** Sets a cookie for the whole site: HttpOnly unless said otherwise, SameSite=Strict. */
export function setCookie(res: Response, name: string, value: string, options: { maxAgeDays?: number; httpOnly?: boolean } = {}): void {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'SameSite=Strict'];
  if (options.httpOnly !== false) parts.push('HttpOnly');
  if (options.maxAgeDays !== undefined) parts.push(`Max-Age=${Math.round(options.maxAgeDays * 86400)}`);
  res.append('Set-Cookie', parts.join('; '));
}
