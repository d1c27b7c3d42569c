import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAccount } from './support/accounts';
import { PLACES, startTestApp, TestApp } from './support/test-app';

/** Just outside the city: Schwerte, south of Hörde (< 5 km from the boundary). */
const SCHWERTE = { lon: 7.5655, lat: 51.4447 };
const HEADER = 'externalId;placeName;story;address;lon;lat;firstName;email;consent;submittedAt';
const comma = (n: number) => String(n).replace('.', ',');

interface ImportAnswer {
  status: number;
  contentType: string | null;
  /** ndjson lines (200) */
  lines: any[];
  /** JSON error body (4xx) */
  body: any;
}

describe('imports (POST /api/imports, npm run import)', () => {
  let t: TestApp;
  let moderatorToken: string;
  let viewerToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    moderatorToken = (await createAccount(t, 'moderator')).token;
    viewerToken = (await createAccount(t, 'district_viewer', ['hoerde'])).token;
  });
  afterAll(() => t.close());

  async function upload(body: string | Buffer, { format = 'csv', channel, contentType, token = t.token }: { format?: string; channel?: string; contentType?: string; token?: string } = {}): Promise<ImportAnswer> {
    const query = new URLSearchParams({ format, ...(channel ? { channel } : {}) });
    const res = await fetch(`${t.baseUrl}/api/imports?${query}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType ?? (format === 'csv' ? 'text/csv; charset=utf-8' : 'application/geo+json') },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    const text = await res.text();
    const ndjson = res.headers.get('content-type') === 'application/x-ndjson';
    return { status: res.status, contentType: res.headers.get('content-type'), lines: ndjson ? text.trim().split('\n').map((l) => JSON.parse(l)) : [], body: ndjson ? null : JSON.parse(text) };
  }

  const resultOf = (a: ImportAnswer) => {
    expect(a.status).toBe(200);
    const last = a.lines[a.lines.length - 1];
    expect(last.type).toBe('result');
    return last;
  };

  const count = async (where = 'true', params: unknown[] = []) => (await t.db(`SELECT count(*)::int AS n FROM entries WHERE ${where}`, params))[0].n as number;

  const festivalCsv = () =>
    '\uFEFF' +
    [
      HEADER,
      `F-1;Phoenix-See;"Am See füttern wir sonntags die Enten; das Wasser glitzert in der Abendsonne.";Phoenixseestraße;${comma(PLACES.phoenixSee.lon)};${comma(PLACES.phoenixSee.lat)};Ayşe;ayse@example.org;ja;2026-05-09`,
      `F-2;Dortmunder U;"Ruf mich an: 0231 1234567, dann erzähle ich dir alles über das U und seine Ausstellungen.";;${comma(PLACES.dortmunderU.lon)};${comma(PLACES.dortmunderU.lat)};;kein-consent@example.org;nein;`,
      `F-3;Westfalenpark;Schön!;;${comma(PLACES.westfalenpark.lon)};${comma(PLACES.westfalenpark.lat)};;;;2026-05-10T15:30`,
      `F-4;Kaputt;;;${comma(PLACES.westfalenpark.lon)};abc;;;;`,
      `F-5;Freischütz Schwerte;"Gleich hinter der Stadtgrenze, aber für uns Hörder gehört der Freischütz zu Dortmund.";;${comma(SCHWERTE.lon)};${comma(SCHWERTE.lat)};;;;`,
      `F-6;Grugapark;"Der schönste Park, den ich kenne, aber leider ganz woanders.";;${comma(PLACES.essen.lon)};${comma(PLACES.essen.lat)};;;;`,
    ].join('\r\n') +
    '\r\n';

  it('imports a CSV: pending entries with channel, district, cells, themes, flags, places; refused rows only refuse themselves', async () => {
    const answer = await upload(festivalCsv(), { channel: 'event' });
    expect(answer.contentType).toBe('application/x-ndjson');
    const result = resultOf(answer);
    expect(result).toMatchObject({ type: 'result', total: 6, accepted: 4, unchanged: 0 });
    expect(result.ids).toHaveLength(4);
    expect(result.refused).toEqual([
      { row: 4, externalId: 'F-4', errors: ['story must be 1–2000 characters', 'lat must be a number between -90 and 90'] },
      { row: 6, externalId: 'F-6', errors: [expect.stringMatching(/^lon\/lat: this place is not in Dortmund \(more than 5 km from the city boundary/)] },
    ]);
    expect(answer.lines.filter((l) => l.type === 'progress').at(-1)).toEqual({ type: 'progress', processed: 6, total: 6 });

    const rows = await t.db(
      `SELECT external_id, status, channel, district_id, h3_r7, h3_r9, flags, themes, place_id, first_name, submitted_at FROM entries ORDER BY external_id`,
    );
    expect(rows.map((r) => r.external_id)).toEqual(['F-1', 'F-2', 'F-3', 'F-5']);
    for (const r of rows) {
      expect(r).toMatchObject({ status: 'pending', channel: 'event' });
      expect(r.h3_r7).toMatch(/^87/);
      expect(r.h3_r9).toMatch(/^89/);
      expect(r.place_id).not.toBeNull();
    }
    const byId = Object.fromEntries(rows.map((r) => [r.external_id, r]));
    expect(byId['F-1'].district_id).toBe('hoerde');
    expect(byId['F-1'].themes).toContain('wasser');
    expect(byId['F-1'].flags).toEqual([]);
    expect(byId['F-1'].first_name).toBe('Ayşe');
    expect(new Date(byId['F-1'].submitted_at).toISOString()).toBe('2026-05-08T22:00:00.000Z');
    expect(byId['F-2'].district_id).toBe('innenstadt-west');
    expect(byId['F-2'].flags.map((f: any) => f.code)).toEqual(['pii_phone']);
    expect(byId['F-3'].flags.map((f: any) => f.code)).toEqual(['too_short']);
    expect(new Date(byId['F-3'].submitted_at).toISOString()).toBe('2026-05-10T13:30:00.000Z');
    // just outside the city: the nearest district and a flag for the moderator
    expect(byId['F-5'].district_id).toBe('hoerde');
    expect(byId['F-5'].flags).toEqual([{ code: 'outside_city', detail: expect.stringMatching(/Außerhalb von Dortmund: \d\.\d km .*Hörde/) }]);

    // the email only with consent; like a submission, an import writes no audit events
    const contacts = await t.db(`SELECT e.external_id, c.email, c.consent FROM submitter_contacts c JOIN entries e ON e.id = c.entry_id`);
    expect(contacts).toEqual([{ external_id: 'F-1', email: 'ayse@example.org', consent: true }]);
    expect(await t.db(`SELECT * FROM moderation_events`)).toEqual([]);

    // in the console's queue, through the API
    const list = await t.http().get('/api/entries').query({ filter: JSON.stringify({ channel: 'event', status: 'pending' }) }).set('Authorization', `Bearer ${t.token}`).expect(200);
    expect(list.body).toHaveLength(4);
  });

  it('is idempotent: the same file again is all unchanged and stores nothing twice', async () => {
    const before = await count();
    const result = resultOf(await upload(festivalCsv(), { channel: 'event' }));
    expect(result).toMatchObject({ total: 6, accepted: 0, unchanged: 4, ids: [] });
    expect(result.refused.map((r: any) => r.row)).toEqual([4, 6]);
    expect(await count()).toBe(before);
    expect(await t.db(`SELECT external_id FROM entries GROUP BY 1 HAVING count(*) > 1`)).toEqual([]);
  });

  it('refuses a file with an unknown column with a 400 naming it, and stores nothing', async () => {
    const before = await count();
    const answer = await upload(`externalId,placeName,story,lon,lat,telefon\nU-1,Ort,Eine Geschichte über den Ort,7.5,51.5,0231\n`);
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/Unknown column "telefon"/);
    expect(await count()).toBe(before);
  });

  it('answers 400 with a message for file and request problems, never 500', async () => {
    const cases: [Parameters<typeof upload>, RegExp][] = [
      [['externalId;placeName;lon;lat\n1;a;7;51\n'], /Missing required column "story"/],
      [[''], /empty/],
      [['{"type":"Feature"}', { format: 'geojson' }], /FeatureCollection/],
      [['{"type":', { format: 'geojson', contentType: 'application/json' }], /not valid JSON/],
      [['a', { format: 'xlsx' }], /format must be one of csv, geojson/],
      [[festivalCsv(), { channel: 'web' }], /channel must be one of import, event/],
      [[festivalCsv(), { contentType: 'application/json' }], /Content-Type must be text\/csv/],
      [['{"type":"FeatureCollection","features":[]}', { format: 'geojson', contentType: 'text/csv' }], /Content-Type must be application\/geo\+json or application\/json/],
      [[festivalCsv(), { contentType: 'text/csv; charset=windows-1252' }], /UTF-8/],
      [[Buffer.from('externalId;placeName;story;lon;lat\n1;Stra\xdfe;x;7;51\n', 'latin1')], /not UTF-8/],
    ];
    for (const [args, message] of cases) {
      const answer = await upload(...args);
      expect({ status: answer.status, message: answer.body?.message }).toEqual({ status: 400, message: expect.stringMatching(message) });
    }
  });

  it('takes files up to 20 MB on this route only: a larger one is a 413', async () => {
    const big = HEADER + '\n' + 'x'.repeat(20 * 1024 * 1024);
    const answer = await upload(big);
    expect({ status: answer.status, message: answer.body?.message }).toEqual({ status: 413, message: 'The request body is too large' });
    // the other routes keep their JSON limit
    const res = await t.http().post('/api/users').set('Authorization', `Bearer ${t.token}`).send({ email: 'x'.repeat(70 * 1024) });
    expect(res.status).toBe(413);
  });

  it('imports GeoJSON (channel import by default)', async () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [PLACES.westfalenpark.lon, PLACES.westfalenpark.lat] }, properties: { externalId: 'G-1', placeName: 'Westfalenpark', story: 'Im Rosarium duftet es im Juni wunderbar nach Rosen.' } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[7.4, 51.5], [7.5, 51.5]] }, properties: { externalId: 'G-2', placeName: 'Linie', story: 'Keine Punktgeometrie' } },
      ],
    });
    const result = resultOf(await upload(geojson, { format: 'geojson' }));
    expect(result).toMatchObject({ total: 2, accepted: 1, unchanged: 0, refused: [{ row: 2, externalId: 'G-2', errors: ['geometry must be a Point with coordinates [lon, lat]', 'lon is required', 'lat is required'] }] });
    expect(await t.db(`SELECT channel, district_id FROM entries WHERE external_id = 'G-1'`)).toEqual([{ channel: 'import', district_id: 'innenstadt-ost' }]);
  });

  it('lets a moderator import and refuses a district viewer (403) and nobody (401)', async () => {
    const csv = `externalId,placeName,story,lon,lat\nM-1,Phoenix-See,Der See ist mein Lieblingsort zum Laufen am Morgen.,${PLACES.phoenixSee.lon},${PLACES.phoenixSee.lat}\n`;
    expect(resultOf(await upload(csv, { token: moderatorToken }))).toMatchObject({ accepted: 1 });
    expect((await upload(csv, { token: viewerToken })).status).toBe(403);
    expect((await upload(csv, { token: 'nonsense' })).status).toBe(401);
  });

  it('streams progress lines at most every 250 rows and one at the end, for a file above the usual 64 KB limit', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 600; i++) {
      const lon = 7.42 + (i % 30) * 0.003;
      const lat = 51.48 + Math.floor(i / 30) * 0.002;
      lines.push(`P-${i};Ort Nummer ${i};"Geschichte Nummer ${i}: hier treffe ich seit Jahren meine Freunde zum Grillen und Erzählen.";;${comma(lon)};${comma(lat)};;;;`);
    }
    const body = lines.join('\n');
    expect(Buffer.byteLength(body)).toBeGreaterThan(64 * 1024);
    const answer = await upload(body);
    const progress = answer.lines.filter((l) => l.type === 'progress');
    expect(progress).toEqual([
      { type: 'progress', processed: 250, total: 600 },
      { type: 'progress', processed: 500, total: 600 },
      { type: 'progress', processed: 600, total: 600 },
    ]);
    expect(resultOf(answer)).toMatchObject({ total: 600, accepted: 600, unchanged: 0, refused: [] });
  });

  it('ends with an error line and stores nothing when the write transaction fails', async () => {
    await t.db(`CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.external_id = 'BOOM' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`);
    await t.db(`CREATE TRIGGER refuse_boom BEFORE INSERT ON entries FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
    try {
      const before = await count();
      const csv = [HEADER, `W-1;Phoenix-See;"Eine ganz normale Geschichte über den See und die Enten.";;7,51;51,49;;;;`, `BOOM;Phoenix-See;"Diese Zeile lässt das Schreiben scheitern, mit Absicht.";;7,51;51,49;;;;`].join('\n');
      const answer = await upload(csv);
      expect(answer.status).toBe(200);
      expect(answer.lines.at(-1)).toEqual({ type: 'error', message: expect.stringMatching(/nothing of the file was stored/) });
      expect(answer.lines.slice(0, -1).every((l) => l.type === 'progress')).toBe(true);
      expect(await count()).toBe(before);
      expect(await count(`external_id = 'W-1'`)).toBe(0);
    } finally {
      await t.db(`DROP TRIGGER refuse_boom ON entries`);
      await t.db(`DROP FUNCTION refuse_boom()`);
    }
  });

  it('imports through the CLI (npm run import) against the same database, idempotently', () => {
    const dir = mkdtempSync(join(tmpdir(), 'herzensorte-import-'));
    const file = join(dir, 'karten.geojson');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Point', coordinates: [PLACES.dortmunderU.lon, PLACES.dortmunderU.lat] }, properties: { externalId: 'C-1', placeName: 'Dortmunder U', story: 'Vom Dach des U sieht man die ganze Stadt im Abendlicht.' } },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [PLACES.essen.lon, PLACES.essen.lat] }, properties: { externalId: 'C-2', placeName: 'Essen', story: 'Zu weit weg für Dortmund.' } },
        ],
      }),
    );
    const root = resolve(__dirname, '..');
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: t.databaseUrl, DISTRICTS_GEOJSON: process.env.DISTRICTS_GEOJSON ?? '' };
    if (!env.DISTRICTS_GEOJSON) delete (env as Record<string, unknown>).DISTRICTS_GEOJSON;
    const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/cli.mjs', 'import', ...args], { cwd: root, env, encoding: 'utf8', timeout: 240_000 });

    const first = run(file, '--channel', 'event');
    expect({ status: first.status, stderr: first.status === 0 ? '' : first.stderr }).toEqual({ status: 0, stderr: '' });
    expect(first.stdout).toMatch(/2 rows in [\d.]+ s: 1 accepted, 0 unchanged \(already imported\), 1 refused/);
    expect(first.stdout).toMatch(/row 2 \(C-2\): lon\/lat: this place is not in Dortmund/);
    expect(first.stderr).toMatch(/2\/2 rows/);

    const again = run(file, '--channel', 'event');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/0 accepted, 1 unchanged/);

    writeFileSync(join(dir, 'bad.csv'), 'externalId;placeName;story;lon;lat;farbe\n1;a;b;7;51;rot\n');
    const refused = run(join(dir, 'bad.csv'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/File refused: .*bad\.csv: Unknown column "farbe"/);
    return t.db(`SELECT channel, district_id FROM entries WHERE external_id = 'C-1'`).then((rows) => expect(rows).toEqual([{ channel: 'event', district_id: 'innenstadt-west' }]));
  }, 300_000);
});
