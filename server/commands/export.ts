// `muqabala export`: not built yet; its issue replaces this stub.
import { Command } from './command';
import { UserError } from './io';

/** `muqabala export --format tmx|tsv|moses|jsonl [--status confirmed|all] [--out PATH] [--db PATH]` */
export const exportCommand: Command = {
  name: 'export',
  summary: 'Export reviewed pairs as TMX, TSV, Moses or JSONL',
  usage: 'muqabala export --format tmx|tsv|moses|jsonl [--status confirmed|all] [--out PATH] [--db PATH]',
  options: {},
  run() {
    throw new UserError('this command is not available yet');
  },
};
