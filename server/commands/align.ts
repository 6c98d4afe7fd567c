// `muqabala align`: not built yet; its issue replaces this stub.
import { Command } from './command';
import { UserError } from './io';

/** `muqabala align SRC TGT [--src-lang ar] [--tgt-lang fr] [--presegmented] [--mode translation|comparable] [--format beads|jsonl|tsv]` */
export const alignCommand: Command = {
  name: 'align',
  summary: 'Align the sentences of two documents',
  usage: 'muqabala align SRC TGT [--src-lang ar] [--tgt-lang fr] [--presegmented] [--mode translation|comparable] [--format beads|jsonl|tsv]',
  options: {},
  run() {
    throw new UserError('this command is not available yet');
  },
};
