import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { createApp } from '../../backend/src/app.factory';
import { AppConfig, loadConfig } from '../../backend/src/config/app-config';

export const ADMIN = { email: 'admin@test.example', password: 'test-admin-password' };

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  databaseUrl: string;
  http: () => ReturnType<typeof request>;
  token: string;
  db: (sql: string, params?: unknown[]) => Promise<any[]>;
  close: () => Promise<void>;
}

/** A fresh database on the test server for each suite, so suites cannot see each other's rows. */
export async function createTestDatabase(): Promise<string> {
  const base = new URL(process.env.TEST_DATABASE_URL!);
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: base.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  base.pathname = `/${name}`;
  return base.toString();
}

/** Rate limits are off unless a test switches them on: suites submit and log in far more than people do. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    ...loadConfig({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, DEMO_DATA: 'false', SUBMISSION_RATE_LIMIT: '0', PUBLIC_RATE_LIMIT: '0' }),
    ...overrides,
  };
}

export async function startTestApp(overrides: Partial<AppConfig> = {}, databaseUrl?: string): Promise<TestApp> {
  const url = databaseUrl ?? (await createTestDatabase());
  const app = await createApp(testConfig(overrides), url, ['error']);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const pg = new Client({ connectionString: url });
  await pg.connect();
  const http = () => request(app.getHttpServer());
  const login = await http().post('/api/auth/login').send(ADMIN);
  return {
    app,
    baseUrl,
    databaseUrl: url,
    http,
    token: login.body.token,
    db: async (sql, params) => (await pg.query(sql, params as any[])).rows,
    close: async () => {
      await pg.end();
      await app.close();
    },
  };
}

/** Points in Dortmund (districts known) and outside. */
export const PLACES = {
  phoenixSee: { lon: 7.51, lat: 51.49 }, // Hörde
  dortmunderU: { lon: 7.453619, lat: 51.515 }, // Innenstadt-West
  westfalenpark: { lon: 7.476611, lat: 51.496611 }, // Innenstadt-Ost
  essen: { lon: 7.0116, lat: 51.4556 },
};

let submissions = 0;

/** A valid public submission; each call's story is a little different, since the same submission sent twice is stored once. */
export function submission(overrides: Record<string, unknown> = {}) {
  return {
    placeName: 'Phoenix-See',
    story: `Hier gehe ich jeden Sonntag mit meiner Tochter spazieren und wir füttern die Enten (Besuch ${++submissions}).`,
    address: 'Phoenixseestraße, 44263 Dortmund',
    firstName: 'Ayşe',
    lon: PLACES.phoenixSee.lon,
    lat: PLACES.phoenixSee.lat,
    ...overrides,
  };
}
