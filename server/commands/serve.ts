// `muqabala serve`: not built yet; its issue replaces this stub.
import { Command } from './command';
import { UserError } from './io';

/** `muqabala serve [--db PATH] [--port 3000] [--host 127.0.0.1]` */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the review UI',
  usage: 'muqabala serve [--db PATH] [--port 3000] [--host 127.0.0.1]',
  options: {},
  run() {
    throw new UserError('this command is not available yet');
  },
};
