// The export writers, one per format, each streaming rows to the sink it is given.
export type { ExportRow, TextSink } from './types';
export { writeTmx, escapeXml, tmxDate } from './tmx';
export type { TmxOptions } from './tmx';
export { writeTsv, escapeTsvField, unescapeTsvField, TSV_COLUMNS } from './tsv';
export { writeMoses, writeMosesSide } from './moses';
export { writeJsonl } from './jsonl';
export { removeInvalidCharacters, oneLine } from './text';

/** The export formats. */
export const EXPORT_FORMAT_IDS = ['tmx', 'tsv', 'moses', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMAT_IDS)[number];
export { ZipWriter, crc32 } from './zip';
export type { ByteSink } from './zip';
