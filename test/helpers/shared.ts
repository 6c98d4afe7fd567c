// Where the shared seeds and development data are, for tests (beside the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared folder: MUQABALA_SHARED, or `shared` beside the repository. */
export const SHARED_DIR = process.env.MUQABALA_SHARED ?? resolve(__dirname, '..', '..', '..', 'shared');

/** Path of a file under the shared folder (e.g. `seeds/000_f8f5ab929af20d70.txt`). */
export function sharedPath(...parts: string[]): string {
  const path = join(SHARED_DIR, ...parts);
  if (!existsSync(path)) throw new Error(`missing shared file ${parts.join('/')}: set MUQABALA_SHARED to the shared folder`);
  return path;
}

/** Reads a shared file as UTF-8 text. */
export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

/** The seed report of a number: 0 → the file `seeds/000_….txt`. */
export function readSeed(index: number): string {
  const prefix = `${String(index).padStart(3, '0')}_`;
  const name = readdirSync(sharedPath('seeds')).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed report numbered ${index}`);
  return readShared('seeds', name);
}
