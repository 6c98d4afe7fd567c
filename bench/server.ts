// Load on the review server (autocannon): the review page of a 500-bead pair, and the
// confirm action (one connection, each request carrying the bead's current version).
// Prints latency percentiles and throughput.
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { buildReviewDatabase } from './corpus-db';
import { createApp } from '../server/web/app';

const BEADS = 500;
const PAGE_CONNECTIONS = 4;

function report(label: string, result: autocannon.Result): void {
  const l = result.latency;
  process.stdout.write(
    `${label.padEnd(34)} p50 ${l.p50} ms  p90 ${l.p90} ms  p99 ${l.p99} ms  max ${l.max} ms  ` +
      `${result.requests.average.toFixed(0)} req/s  (${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors)\n`,
  );
}

/** Runs the server benchmark. */
export async function run({ quick }: { quick: boolean }): Promise<void> {
  const duration = quick ? 3 : 10;
  const { db, pairIds } = buildReviewDatabase(1, BEADS);
  const app = createApp({ db, user: 'bench' });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const csrf = await fetch(`${base}/csrf`);
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const { token } = (await csrf.json()) as { token: string };
    const page = await fetch(`${base}/pairs/${pairIds[0]}`, { headers: { cookie } });
    const bytes = (await page.text()).length;
    process.stdout.write(`pair page: ${BEADS} beads, ${(bytes / 1024).toFixed(0)} KiB of HTML\n`);

    report(`GET /pairs/:id (${PAGE_CONNECTIONS} connections)`, await autocannon({ url: `${base}/pairs/${pairIds[0]}`, connections: PAGE_CONNECTIONS, duration, headers: { cookie } }));

    const beads = db.prepare('SELECT id, version FROM beads WHERE pair_id = ? ORDER BY ordinal').all(pairIds[0]) as { id: number; version: number }[];
    let next = 0;
    const confirm = await autocannon({
      url: base,
      connections: 1,
      duration,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const bead = beads[next++ % beads.length];
            const body = `version=${bead.version++}`;
            return {
              ...request,
              path: `/beads/${bead.id}/confirm`,
              headers: { cookie, 'x-csrf-token': token, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
              body,
            };
          },
        },
      ],
    });
    report('POST /beads/:id/confirm (1 conn.)', confirm);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    db.close();
  }
}
