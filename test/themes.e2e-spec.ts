import { startTestApp, submission, TestApp } from './support/test-app';
import { ThemesService } from '../backend/src/analytics/themes.service';

describe('themes: the codebook and classification', () => {
  let t: TestApp;
  const auth = () => ({ Authorization: `Bearer ${t.token}` });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('starts with the 12 themes of the API, in order, with German labels and keywords', async () => {
    const res = await t.http().get('/api/themes?range=[0,99]').set(auth()).expect(200);
    expect(res.body.map((x: any) => x.id)).toEqual([
      'natur', 'wasser', 'industriekultur', 'geschichte', 'kultur', 'sport', 'gastronomie', 'erinnerung', 'gemeinschaft', 'ruhe', 'aussicht', 'einkaufen',
    ]);
    expect(res.headers['content-range']).toBe('themes 0-11/12');
    expect(res.body[0]).toEqual({ id: 'natur', label: expect.stringMatching(/^Natur/), keywords: expect.arrayContaining([expect.stringMatching(/park/i)]), position: 1 });
  });

  it('assigns themes on submit and on edit, several where the story says so', async () => {
    const story = 'Auf der Stadtparkbank unter den alten Bäumen lese ich sonntags stundenlang, es ist herrlich still.';
    const { body } = await t.http().post('/api/public/entries').send(submission({ placeName: 'Bank im Park', story })).expect(201);
    const { body: entry } = await t.http().get(`/api/entries/${body.id}`).set(auth()).expect(200);
    expect(entry.themes).toEqual(expect.arrayContaining(['natur', 'ruhe']));
    const edited = await t.http().put(`/api/entries/${entry.id}`).set(auth())
      .send({ ...entry, placeName: 'Signal Iduna Park', story: 'Jedes Heimspiel des BVB stehe ich mit meinem Vater auf der Südtribüne, seit 1995.' })
      .expect(200);
    expect(edited.body.themes).toContain('sport');
    expect(edited.body.themes).not.toContain('ruhe');
  });

  it('re-classifies all entries in the background when the codebook changes, with progress', async () => {
    const { body } = await t.http().post('/api/public/entries').send(submission({ placeName: 'Bolzplatz', story: 'Auf dem Bolzplatz hinter der Schule haben wir als Kinder jeden Nachmittag gekickt.' })).expect(201);
    const created = await t.http().post('/api/themes').set(auth()).send({ id: 'spielplatz', label: 'Spielplatz', keywords: ['Bolzplatz', 'Spielplatz', 'Rutsche'] }).expect(201);
    expect(created.body).toMatchObject({ id: 'spielplatz', label: 'Spielplatz' });
    await t.app.get(ThemesService).settled();
    const { body: job } = await t.http().get('/api/analytics/reclassification').set(auth()).expect(200);
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries`);
    expect(job).toMatchObject({ kind: 'reclassify', status: 'done', done: n });
    const [row] = await t.db(`SELECT themes FROM entries WHERE id = $1`, [body.id]);
    expect(row.themes).toContain('spielplatz');

    await t.http().delete('/api/themes/spielplatz').set(auth()).expect(200);
    await t.app.get(ThemesService).settled();
    const [after] = await t.db(`SELECT themes FROM entries WHERE id = $1`, [body.id]);
    expect(after.themes).not.toContain('spielplatz');
  });

  it('validates theme input and names the field', async () => {
    const bad = await t.http().post('/api/themes').set(auth()).send({ id: 'Groß Schreiben', label: 'x', keywords: [] }).expect(400);
    expect(bad.body.errors[0].field).toBe('id');
    await t.http().post('/api/themes').set(auth()).send({ id: 'natur', label: 'Natur', keywords: ['Park'] }).expect(409);
    const put = await t.http().put('/api/themes/natur').set(auth()).send({ id: 'natur', label: '', keywords: ['Park'], position: 1 }).expect(400);
    expect(put.body.errors[0].field).toBe('label');
    await t.http().put('/api/themes/nope').set(auth()).send({ label: 'Nope', keywords: [] }).expect(404);
  });
});
