// `muqabala anchors`: not built yet; its issue replaces this stub.
import { Command } from './command';
import { UserError } from './io';

/** `muqabala anchors [FILE|-] [--lang fr|ar|auto]` */
export const anchorsCommand: Command = {
  name: 'anchors',
  summary: 'List the numbers, dates and names of a text as JSONL',
  usage: 'muqabala anchors [FILE|-] [--lang fr|ar|auto]',
  options: {},
  run() {
    throw new UserError('this command is not available yet');
  },
};
