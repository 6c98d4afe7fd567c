// The HTML of one bead (views/partials/bead.ejs), compiled once without EJS's `with`
// scope: the review page of a long pair renders hundreds of them, and actions answer
// scripts with the touched beads' HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ejs from 'ejs';
import { VIEWS_DIR } from './paths';
import type { BeadPresentation } from './present';

/** What the bead template needs. */
export interface BeadLocals {
  b: BeadPresentation;
  showBoilerplate: boolean;
  /** The page to come back to after the bead's forms. */
  back: string;
  csrfToken: string;
}

let compiled: ejs.TemplateFunction | undefined;

/** The bead's HTML (all text escaped by the template). */
export function renderBeadHtml(locals: BeadLocals): string {
  compiled ??= ejs.compile(readFileSync(join(VIEWS_DIR, 'partials', 'bead.ejs'), 'utf8'), { _with: false, filename: join(VIEWS_DIR, 'partials', 'bead.ejs') });
  return compiled(locals) as string;
}
