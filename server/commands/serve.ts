// `muqabala serve`: the review UI over a database file, created (with the sample corpus)
// when new or empty. Binds 127.0.0.1 unless told otherwise.
import type { Server } from 'node:http';
import { Command, stringOption } from './command';
import { UsageError } from './io';
import { DB_OPTION, databasePath } from './database-option';
import { openDatabase } from '../store/database';
import { loadSampleIfEmpty } from '../store/sample';
import { createApp } from '../web/app';

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

/** `muqabala serve [--db PATH] [--port 3000] [--host 127.0.0.1]` */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the review UI (a new database gets the sample corpus)',
  usage: 'muqabala serve [--db PATH] [--port 3000] [--host 127.0.0.1] [--no-sample]',
  options: {
    db: DB_OPTION,
    port: { type: 'string', short: 'p', multiple: false, help: `port (default: PORT, else ${DEFAULT_PORT})` },
    host: { type: 'string', short: 'H', multiple: false, help: `address to bind (default: HOST, else ${DEFAULT_HOST})` },
    'no-sample': { type: 'boolean', short: 'n', multiple: false, help: 'do not load the sample corpus into an empty database' },
  },
  async run(values) {
    const portText = stringOption(values, 'port') ?? process.env.PORT ?? String(DEFAULT_PORT);
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (got ${portText})`);
    const host = stringOption(values, 'host') ?? process.env.HOST ?? DEFAULT_HOST;
    const path = databasePath(values);
    const db = openDatabase(path);
    if (values['no-sample'] !== true) {
      const loaded = loadSampleIfEmpty(db);
      if (loaded) process.stderr.write(`muqabala serve: new database ${path}: loaded the sample corpus (${loaded.documents.length} reports, ${loaded.pairs} pair(s))\n`);
    }
    const app = createApp({ db });
    await new Promise<void>((resolve, reject) => {
      const server: Server = app.listen(Number(portText), host, () => {
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : portText;
        process.stderr.write(`muqabala serve: review UI on http://${host.includes(':') ? `[${host}]` : host}:${port}/ (database ${path})\n`);
      });
      server.on('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new UsageError(`port ${portText} is already in use: choose another with --port`) : error),
      );
      const stop = (): void => {
        server.close(() => {
          db.close();
          resolve();
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
