// `muqabala serve`: the review UI over a database file, created (with the sample corpus)
// when new or empty. Binds 127.0.0.1 unless told otherwise.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Command, stringOption } from './command';
import { UsageError } from './io';
import { DB_OPTION, databasePath } from './database-option';
import type { Db } from '../store/database';
import type { ImportSummary } from '../pipeline';

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

/** A running review server. */
export interface RunningServer {
  server: Server;
  db: Db;
  url: string;
  /** The sample import when the database was empty, else null. */
  sample: ImportSummary | null;
  close(): Promise<void>;
}

/** Opens (creating) the database, loads the sample into an empty one, and listens. */
export async function startServer(options: { dbPath: string; port: number; host: string; sample: boolean }): Promise<RunningServer> {
  // Loaded here, not at the top: every other command starts without Express and SQLite.
  const [{ openDatabase }, { loadSampleIfEmpty }, { createApp }] = await Promise.all([import('../store/database'), import('../store/sample'), import('../web/app')]);
  const db = openDatabase(options.dbPath);
  try {
    const sample = options.sample ? loadSampleIfEmpty(db) : null;
    const server = createApp({ db }).listen(options.port, options.host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new UsageError(`port ${options.port} is already in use: choose another with --port`) : error),
      );
    });
    const { port } = server.address() as AddressInfo;
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    return {
      server,
      db,
      url: `http://${host}:${port}/`,
      sample,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => {
            db.close();
            resolve();
          });
        }),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** `muqabala serve [--db PATH] [--port 3000] [--host 127.0.0.1]` */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the review UI (a new database gets the sample corpus)',
  usage: 'muqabala serve [--db PATH] [--port 3000] [--host 127.0.0.1] [--no-sample]',
  options: {
    db: DB_OPTION,
    port: { type: 'string', short: 'p', help: `port (default: PORT, else ${DEFAULT_PORT})` },
    host: { type: 'string', short: 'H', help: `address to bind (default: HOST, else ${DEFAULT_HOST})` },
    'no-sample': { type: 'boolean', short: 'n', help: 'do not load the sample corpus into an empty database' },
  },
  async run(values) {
    const portText = stringOption(values, 'port') ?? process.env.PORT ?? String(DEFAULT_PORT);
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (got ${portText})`);
    const dbPath = databasePath(values);
    const running = await startServer({ dbPath, port: Number(portText), host: stringOption(values, 'host') ?? process.env.HOST ?? DEFAULT_HOST, sample: values['no-sample'] !== true });
    if (running.sample) {
      process.stderr.write(`muqabala serve: new database ${dbPath}: loaded the sample corpus (${running.sample.documents.length} reports, ${running.sample.pairs} pair(s))\n`);
    }
    process.stderr.write(`muqabala serve: review UI on ${running.url} (database ${dbPath}); Ctrl-C stops it\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => void running.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
