// Where the app's templates and static files are: found from the package root, so the
// same code works from dist/ (built) and from the TypeScript sources (tests).
import { join } from 'node:path';
import { packageRoot } from '../store/paths';

/** The EJS templates folder. */
export const VIEWS_DIR = join(packageRoot(), 'views');

/** The static files folder (CSS, the client script). */
export const PUBLIC_DIR = join(packageRoot(), 'server', 'web', 'public');
