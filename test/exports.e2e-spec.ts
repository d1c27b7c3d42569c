import { neutralise, neutralisedSql, parseCsv } from '../backend/src/exports/csv';
import { createAccount } from './support/accounts';
import { PLACES, startTestApp, submission, TestApp } from './support/test-app';

describe('exports', () => {
  let t: TestApp;
  let viewer: string;
  const auth = (token = t.token) => ({ Authorization: `Bearer ${token}` });
  const get = (path: string, token?: string) => t.http().get(path).set(auth(token)).buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks).toString('utf8')));
  });

  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    viewer = (await createAccount(t, 'district_viewer', ['hoerde'])).token;
    const hostile = await t.http().post('/api/public/entries').send(submission({ placeName: '=HYPERLINK("http://x.example","klick")', story: '+49 ist keine Formel, -5 Grad auch nicht; @Leute "zitiert"\nzweite Zeile', email: 'geheim@example.org', consent: true, ...PLACES.phoenixSee })).expect(201);
    await t.http().post(`/api/entries/${hostile.body.id}/moderate`).set(auth()).send({ action: 'approve', version: 1 }).expect(200);
  });
  afterAll(() => t.close());

  it('streams every entry as CSV for German Excel: BOM, semicolons, decimal commas, CRLF, no live formulas, no contact data', async () => {
    const res = await get('/api/exports/entries.csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text: string = res.body;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1), ';');
    const [header, ...data] = rows;
    expect(header).toEqual(['id', 'placeName', 'story', 'address', 'lon', 'lat', 'districtId', 'districtName', 'status', 'themes', 'placeId', 'channel', 'firstName', 'flags', 'submittedAt', 'updatedAt']);
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries`);
    expect(data).toHaveLength(n);
    expect(data.every((r) => r.length === header.length)).toBe(true);
    expect(data.every((r) => /^\d+,\d+$/.test(r[4]) && /^\d+,\d+$/.test(r[5]))).toBe(true);
    for (const row of data) for (const cell of [row[1], row[2], row[3], row[12]]) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
    const hostile = data.find((r) => r[1].includes('HYPERLINK'))!;
    expect(hostile[1]).toBe(`'=HYPERLINK("http://x.example","klick")`);
    expect(hostile[2]).toMatch(/^'\+49 ist keine Formel, -5 Grad auch nicht; @Leute "zitiert"\s+zweite Zeile/);
    expect(text).not.toContain('geheim@example.org');
    const [{ emails }] = await t.db(`SELECT count(*)::int AS emails FROM submitter_contacts`);
    expect(emails).toBeGreaterThan(0);
    for (const { email } of await t.db(`SELECT email FROM submitter_contacts`)) expect(text).not.toContain(email);
  });

  it('keeps umlauts and other multi-byte characters exactly, in CSV and in GeoJSON (no double encoding)', async () => {
    const story = 'Am Phoenix-See in Hörde: Größe, Wärme, Übermut – ä ö ü ß Ä Ö Ü ẞ, çà é 💖 „Grüße“';
    const created = await t.http().post('/api/public/entries').send(submission({ placeName: 'Straßenfest Hörde', story, firstName: 'Jürgen', ...PLACES.phoenixSee })).expect(201);
    const id: string = created.body.id;
    const res = await get('/api/exports/entries.csv').expect(200);
    // mojibake of a double-encoded UTF-8 text (Hörde → HÃ¶rde); checked as booleans to keep failures short
    expect(/Ã|Â/.test(res.body)).toBe(false);
    const [header, ...data] = parseCsv(res.body.slice(1), ';');
    const row = data.find((r) => r[0] === id)!;
    expect(row[header.indexOf('placeName')]).toBe('Straßenfest Hörde');
    expect(row[header.indexOf('story')]).toBe(story);
    expect(row[header.indexOf('firstName')]).toBe('Jürgen');
    expect(row[header.indexOf('districtName')]).toBe('Hörde');
    const geo = JSON.parse((await get('/api/exports/entries.geojson').expect(200)).body);
    const feature = geo.features.find((f: any) => f.id === id);
    expect(feature.properties).toMatchObject({ placeName: 'Straßenfest Hörde', story, firstName: 'Jürgen' });
  });

  it('neutralises in SQL exactly as the tested rule does, for 5,000 random strings (the export runs the SQL)', async () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const alphabet = ['=', '+', '-', '@', '\t', '\r', '\n', '"', ';', "'", '\\', 'a', '1', ' ', 'ä', '💖', '(', '['];
    const strings = Array.from({ length: 5000 }, () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    const rows: { s: string; cell: string }[] = await t.db(`SELECT s, ${neutralisedSql('s')} AS cell FROM unnest($1::text[]) WITH ORDINALITY AS x(s, i) ORDER BY i`, [strings]);
    expect(rows.map((r) => r.s)).toEqual(strings);
    for (const { s, cell } of rows) {
      expect(cell).toBe(neutralise(s));
      expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
    }
  });

  it('gives decimal points with delimiter=, and applies the list filters', async () => {
    const res = await get('/api/exports/entries.csv?delimiter=,&filter=' + encodeURIComponent('{"status":"approved","districtId":"hoerde"}')).expect(200);
    const [header, ...data] = parseCsv(res.body.slice(1), ',');
    expect(header[4]).toBe('lon');
    expect(data.every((r) => /^\d+\.\d+$/.test(r[4]) && r[8] === 'approved' && r[6] === 'hoerde')).toBe(true);
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE status = 'approved' AND district_id = 'hoerde'`);
    expect(data).toHaveLength(n);
    await get('/api/exports/entries.csv?delimiter=|').expect(400);
    await get('/api/exports/entries.csv?filter={"nope":1}').expect(400);
  });

  it('streams RFC 7946 GeoJSON: a FeatureCollection of [lon, lat] points without crs or contact data', async () => {
    const res = await get('/api/exports/entries.geojson').expect(200);
    expect(res.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    const fc = JSON.parse(res.body);
    expect(Object.keys(fc).sort()).toEqual(['features', 'type']);
    expect(fc.type).toBe('FeatureCollection');
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries`);
    expect(fc.features).toHaveLength(n);
    const [row] = await t.db(`SELECT id, lon, lat FROM entries ORDER BY submitted_at, id LIMIT 1`);
    expect(fc.features[0]).toMatchObject({ type: 'Feature', id: row.id, geometry: { type: 'Point', coordinates: [row.lon, row.lat] } });
    expect(res.body).not.toContain('geheim@example.org');
    const empty = JSON.parse((await get('/api/exports/entries.geojson?filter={"q":"kein-solcher-text-xyz"}').expect(200)).body);
    expect(empty).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('gives a district viewer only the approved entries and figures of their districts', async () => {
    const csv = parseCsv((await get('/api/exports/entries.csv', viewer).expect(200)).body.slice(1), ';').slice(1);
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE status = 'approved' AND district_id = 'hoerde'`);
    expect(csv).toHaveLength(n);
    expect(csv.every((r) => r[6] === 'hoerde' && r[8] === 'approved')).toBe(true);
    const geo = JSON.parse((await get('/api/exports/entries.geojson?filter={"status":"pending"}', viewer).expect(200)).body);
    expect(geo.features).toEqual([]);
    const districts = JSON.parse((await get('/api/exports/districts.geojson', viewer).expect(200)).body);
    expect(districts.features.map((f: any) => f.id)).toEqual(['hoerde']);
  });

  it('exports the districts with their figures as CSV and as polygons for QGIS, and logs every export', async () => {
    const csv = parseCsv((await get('/api/exports/districts.csv').expect(200)).body.slice(1), ';');
    expect(csv).toHaveLength(13);
    expect(csv[0]).toEqual(['id', 'nr', 'name', 'population', 'areaKm2', 'pending', 'approved', 'rejected', 'on_hold', 'total', 'approvedPer10k', 'approvedPerKm2']);
    const geo = JSON.parse((await get('/api/exports/districts.geojson').expect(200)).body);
    expect(geo.features).toHaveLength(12);
    expect(geo.features[0].geometry.type).toMatch(/Polygon$/);
    const [lon, lat] = geo.features[0].geometry.coordinates.flat(3).slice(0, 2);
    expect(lon).toBeGreaterThan(7);
    expect(lat).toBeGreaterThan(51);
    const logged = await t.db(`SELECT detail FROM security_events WHERE kind = 'export' ORDER BY id`);
    expect(logged.map((l) => l.detail.export)).toEqual(expect.arrayContaining(['entries.csv', 'entries.geojson', 'districts.csv', 'districts.geojson']));
    const csvLog = logged.find((l) => l.detail.export === 'entries.csv' && l.detail.filter?.includes('hoerde'));
    expect(csvLog.detail).toMatchObject({ completed: true, rows: expect.any(Number) });
  });
});
