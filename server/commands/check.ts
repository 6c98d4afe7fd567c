// `muqabala check`: not built yet; its issue replaces this stub.
import { Command } from './command';
import { UserError } from './io';

/** `muqabala check [FILE|-] [--src-lang ar --tgt-lang fr]` */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Flag names, numbers and dates that disagree in arabic<TAB>french lines',
  usage: 'muqabala check [FILE|-] [--src-lang ar --tgt-lang fr]',
  options: {},
  run() {
    throw new UserError('this command is not available yet');
  },
};
