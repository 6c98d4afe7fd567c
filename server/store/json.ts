// JSON columns: parsed leniently on the way out (a damaged value reads as null, never throws).

/** Parses a JSON column; null for a missing or unreadable value. */
export function parseJson(text: string | null): unknown {
  if (text === null || text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
