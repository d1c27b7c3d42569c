import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../backend/src/app.factory';
import { createDataSource } from '../backend/src/database/data-source';
import { createTestDatabase, startTestApp, testConfig } from './support/test-app';

describe('start-up', () => {
  it('fails with a message naming a missing or broken districts file, and writes nothing', async () => {
    const url = await createTestDatabase();
    await expect(createApp(testConfig({ districtsGeojson: '/nonexistent/bezirke.geojson' }), url, [])).rejects.toThrow(
      /DISTRICTS_GEOJSON \(\/nonexistent\/bezirke\.geojson\): file not found/,
    );
    const broken = join(mkdtempSync(join(tmpdir(), 'bezirke-')), 'bezirke.geojson');
    writeFileSync(broken, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'x', nr: 1, name: 'X' }, geometry: { type: 'Point', coordinates: [7, 51] } }] }));
    await expect(createApp(testConfig({ districtsGeojson: broken }), url, [])).rejects.toThrow(/valid Polygon/);
    const pg = new Client({ connectionString: url });
    await pg.connect();
    expect((await pg.query('SELECT count(*)::int AS n FROM districts')).rows[0].n).toBe(0);
    await pg.end();
  });

  it('loads districts idempotently and seeds demo data only into an empty database', async () => {
    const url = await createTestDatabase();
    const first = await startTestApp({ demoData: true }, url);
    try {
      const [{ n }] = await first.db('SELECT count(*)::int AS n FROM entries');
      expect(n).toBe(3000);
      const districts = await first.db('SELECT count(*)::int AS n, count(population)::int AS p FROM districts');
      expect(districts).toEqual([{ n: 12, p: 12 }]);
      const users = await first.db('SELECT email, role FROM users ORDER BY email');
      expect(users.map((u) => u.role).sort()).toEqual(['admin', 'admin', 'district_viewer', 'moderator']);
      const statuses = await first.db('SELECT status, count(*)::int AS n FROM entries GROUP BY status');
      expect(statuses.map((s) => s.status).sort()).toEqual(['approved', 'on_hold', 'pending', 'rejected']);
      // demo accounts work
      await first.http().post('/api/auth/login').send({ email: 'moderation@herzensorte.example', password: 'Herzensorte-Mod-2026' }).expect(200);
    } finally {
      await first.close();
    }
    const second = await startTestApp({ demoData: true }, url);
    try {
      expect(await second.db('SELECT count(*)::int AS n FROM entries')).toEqual([{ n: 3000 }]);
      expect(await second.db('SELECT count(*)::int AS n FROM districts')).toEqual([{ n: 12 }]);
      const health = await second.http().get('/api/health').expect(200);
      expect(health.body).toEqual({ status: 'ok' });
    } finally {
      await second.close();
    }
  });

  it('reverts and re-applies every migration', async () => {
    const url = await createTestDatabase();
    const ds = await createDataSource(url).initialize();
    try {
      const applied = await ds.runMigrations();
      expect(applied.length).toBeGreaterThan(0);
      for (let i = 0; i < applied.length; i++) await ds.undoLastMigration();
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(n).toBe(0);
      expect((await ds.runMigrations()).length).toBe(applied.length);
    } finally {
      await ds.destroy();
    }
  });

  it('serves the OpenAPI description', async () => {
    const t = await startTestApp();
    try {
      const res = await t.http().get('/api/docs-json').expect(200);
      expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/public/entries', '/api/entries/{id}', '/api/auth/login']));
    } finally {
      await t.close();
    }
  });
});
