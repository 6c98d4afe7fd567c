// The one place the web app reaches the store, the import pipeline and the export
// writers: routes import from here, so a module moving only changes this file.
export * from '../store/index';
export { importDocuments } from '../pipeline';
export type { ImportSummary } from '../pipeline';
export { writeTmx, writeTsv, writeJsonl, writeMosesSide, ZipWriter } from '../export/index';
