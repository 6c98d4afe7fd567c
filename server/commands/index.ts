// The list of commands, in the order `muqabala --help` shows them.
import { Command } from './command';
import { segmentCommand } from './segment';
import { ingestCommand } from './ingest';
import { anchorsCommand } from './anchors';
import { namesCommand } from './names';
import { checkCommand } from './check';
import { alignCommand } from './align';
import { evalCommand } from './eval';
import { importCommand } from './import';
import { serveCommand } from './serve';
import { exportCommand } from './export';

/** Every command of the CLI. */
export const COMMANDS: Command[] = [
  segmentCommand,
  ingestCommand,
  anchorsCommand,
  namesCommand,
  checkCommand,
  alignCommand,
  evalCommand,
  importCommand,
  serveCommand,
  exportCommand,
];
