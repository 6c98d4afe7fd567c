import { Command, commandHelp, parseCommandArgs } from '../../server/commands/command';
import { UsageError } from '../../server/commands/io';

const sample: Command = {
  name: 'sample',
  summary: 'A command to test argument parsing',
  usage: 'muqabala sample [--lang fr|ar] [--gold FILE …] [--quiet]',
  options: {
    lang: { type: 'string', help: 'language' },
    gold: { type: 'string', short: 'g', multiple: true, help: 'gold file' },
    quiet: { type: 'boolean', short: 'q', help: 'say less' },
  },
  run() {},
};

describe('parseCommandArgs', () => {
  it('reads options declared without short or multiple, repeated options and positionals', () => {
    const { values, positionals } = parseCommandArgs(sample, ['in.txt', '--lang', 'ar', '-g', 'a', '--gold', 'b', '-q']);
    expect(values).toEqual({ lang: 'ar', gold: ['a', 'b'], quiet: true });
    expect(positionals).toEqual(['in.txt']);
  });
  it('turns an unknown option or a missing value into a UsageError', () => {
    expect(() => parseCommandArgs(sample, ['--colour'])).toThrow(UsageError);
    expect(() => parseCommandArgs(sample, ['--lang'])).toThrow(UsageError);
  });
  it('lists every option in the help', () => {
    const help = commandHelp(sample);
    expect(help).toContain('-g, --gold VALUE');
    expect(help).toContain('--lang VALUE');
    expect(help).toContain('-q, --quiet');
  });
});
