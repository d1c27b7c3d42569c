import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/app-config';
import { createDataSource } from './database/data-source';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { SeedService } from './seed/seed.service';
import { readFileSync } from 'node:fs';
import { formatOfFileName, ImportFileError, parseImportFile, ParsedImport } from './imports/import-rows';
import { IMPORT_CHANNELS, ImportChannel, ImportResult, ImportsService } from './imports/imports.service';

const USAGE = `Usage:
  npm run migration:run
  npm run migration:revert
  npm run seed -- --count N [--seed S]
  npm run import -- FILE [--channel event|import]   (FILE: .csv, .geojson or .json)`;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} needs a whole number (got "${args[i + 1] ?? ''}")`);
  return value;
}

function progressBar(done: number, total: number, started: number, unit = 'entries'): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const rate = Math.round(done / ((Date.now() - started) / 1000 || 1));
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${unit} (${rate}/s)`);
  if (done === total) process.stderr.write('\n');
}

/** The file of `npm run import`, read and checked before any database starts; a refused file ends the run with 1. */
function importFile(args: string[]): { parsed: ParsedImport; channel: ImportChannel } | null {
  const i = args.indexOf('--channel');
  const channel = i < 0 ? 'import' : args[i + 1];
  const positional = args.filter((a, j) => !a.startsWith('--') && !(i >= 0 && j === i + 1));
  if (!(IMPORT_CHANNELS as readonly string[]).includes(channel)) throw new Error(`--channel must be one of ${IMPORT_CHANNELS.join(', ')} (got "${channel ?? ''}")`);
  if (positional.length !== 1) throw new Error(`import needs exactly one file\n${USAGE}`);
  const [file] = positional;
  const format = formatOfFileName(file);
  try {
    if (!format) throw new ImportFileError('The file name must end in .csv, .geojson or .json');
    return { parsed: parseImportFile(readFileSync(file), format), channel: channel as ImportChannel };
  } catch (e) {
    const message = e instanceof ImportFileError ? e.message : (e as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'No such file' : null;
    if (message === null) throw e;
    console.error(`File refused: ${file}: ${message}`);
    return null;
  }
}

function printImportReport(result: ImportResult, seconds: number): void {
  console.log(`${result.total} rows in ${seconds.toFixed(1)} s: ${result.accepted} accepted, ${result.unchanged} unchanged (already imported), ${result.refused.length} refused`);
  for (const r of result.refused) console.log(`  row ${r.row}${r.externalId ? ` (${r.externalId})` : ''}: ${r.errors.join('; ')}`);
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const config = loadConfig(process.env);
  const toImport = command === 'import' ? importFile(args) : undefined;
  if (toImport === null) {
    process.exitCode = 1;
    return;
  }
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres({ dir: config.dataDir, port: config.embeddedPgPort });
  const url = config.databaseUrl ?? embedded!.url;
  try {
    if (command === 'migration:run' || command === 'migration:revert') {
      const ds = await createDataSource(url).initialize();
      try {
        if (command === 'migration:run') {
          const done = await ds.runMigrations({ transaction: 'each' });
          console.log(done.length ? `Applied: ${done.map((m) => m.name).join(', ')}` : 'No pending migrations');
        } else {
          await ds.undoLastMigration({ transaction: 'each' });
          console.log('Reverted the last migration');
        }
      } finally {
        await ds.destroy();
      }
    } else if (command === 'seed') {
      const count = option(args, 'count', 3000);
      const seed = option(args, 'seed', 2026);
      const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, demoData: false, adminEmail: null }, url), {
        logger: ['warn', 'error'],
      });
      try {
        const started = Date.now();
        const inserted = await app.get(SeedService).seedEntries({ count, seed, onProgress: (d, t) => progressBar(d, t, started) });
        console.log(`Inserted ${inserted} entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      } finally {
        await app.close();
      }
    } else if (command === 'import' && toImport) {
      const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, demoData: false, adminEmail: null }, url), {
        logger: ['warn', 'error'],
      });
      try {
        const started = Date.now();
        const result = await app.get(ImportsService).importParsed(toImport.parsed, {
          channel: toImport.channel,
          onProgress: (d, t) => progressBar(d, t, started, 'rows'),
        });
        printImportReport(result, (Date.now() - started) / 1000);
      } finally {
        await app.close();
      }
    } else {
      console.error(USAGE);
      process.exitCode = 2;
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((e) => {
  if (e instanceof ConfigError) console.error(e.message);
  else new Logger('CLI').error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
