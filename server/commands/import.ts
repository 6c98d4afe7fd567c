// `muqabala import`: not built yet; its issue replaces this stub.
import { Command } from './command';
import { UserError } from './io';

/** `muqabala import FILES... [--db PATH]` */
export const importCommand: Command = {
  name: 'import',
  summary: 'Import reports into the database: ingest, pair, align, check',
  usage: 'muqabala import FILES... [--db PATH]',
  options: {},
  run() {
    throw new UserError('this command is not available yet');
  },
};
