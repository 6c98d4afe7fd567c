// `muqabala eval`: not built yet; its issue replaces this stub.
import { Command } from './command';
import { UserError } from './io';

/** `muqabala eval --gold GOLD --test TEST` */
export const evalCommand: Command = {
  name: 'eval',
  summary: 'Score test alignments against gold ones (precision, recall, F1)',
  usage: 'muqabala eval --gold GOLD --test TEST',
  options: {},
  run() {
    throw new UserError('this command is not available yet');
  },
};
