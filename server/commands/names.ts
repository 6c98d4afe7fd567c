// `muqabala names`: not built yet; its issue replaces this stub.
import { Command } from './command';
import { UserError } from './io';

/** `muqabala names check [FILE|-]` */
export const namesCommand: Command = {
  name: 'names',
  summary: 'Compare Arabic names with Latin spellings (names check)',
  usage: 'muqabala names check [FILE|-]',
  options: {},
  run() {
    throw new UserError('this command is not available yet');
  },
};
