// `muqabala segment`: not built yet; its issue replaces this stub.
import { Command } from './command';
import { UserError } from './io';

/** `muqabala segment [FILE|-] [--lang fr|ar|auto] [--format text|jsonl]` */
export const segmentCommand: Command = {
  name: 'segment',
  summary: 'Split French or Arabic text into sentences',
  usage: 'muqabala segment [FILE|-] [--lang fr|ar|auto] [--format text|jsonl]',
  options: {},
  run() {
    throw new UserError('this command is not available yet');
  },
};
