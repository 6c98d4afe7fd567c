// The store: opening the database, the read models, the pipeline's writes, the review
// actions, names, the export rows and the sample corpus.
export { openDatabase, migrate } from './database';
export type { Db } from './database';
export { NotFoundError, StaleVersionError } from './errors';
export * from './read';
export { applyReview } from './review';
export type { ReviewAction, ReviewResult } from './review';
export { setAcceptedSpelling, acceptedSpellings, getNameGroup } from './names';
export { iterateExportRows } from './export-rows';
export type { ExportQuery } from './export-rows';
export { loadSampleIfEmpty, SAMPLE_DIR } from './sample';
