// `muqabala ingest`: not built yet; its issue replaces this stub.
import { Command } from './command';
import { UserError } from './io';

/** `muqabala ingest FILE [--format text|json]` */
export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read a raw report: language, title, date and classified lines',
  usage: 'muqabala ingest FILE [--format text|json]',
  options: {},
  run() {
    throw new UserError('this command is not available yet');
  },
};
