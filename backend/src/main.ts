import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';

async function main(): Promise<void> {
  const logger = new Logger('Main');
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  let embedded: EmbeddedDatabase | null = null;
  let closing = false;
  const stop = async (code: number) => {
    if (closing) return;
    closing = true;
    await app?.close().catch((e) => logger.error(e));
    await embedded?.stop().catch((e) => logger.error(e));
    process.exit(code);
  };
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.log(`${signal} received, shutting down`);
      void stop(0);
    });
  }
  try {
    embedded = config.databaseUrl ? null : await startEmbeddedPostgres({ dir: config.dataDir, port: config.embeddedPgPort });
    app = await createApp(config, config.databaseUrl ?? embedded!.url);
    await app.listen(config.port);
    logger.log(`Herzensorte is running: console http://localhost:${config.port}/  API http://localhost:${config.port}/api/docs`);
  } catch (e) {
    logger.error(`Start failed: ${(e as Error).message}`);
    await stop(1);
  }
}

void main();
