import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { parseCsv } from '../../backend/src/exports/csv';
import { launchChromium } from '../support/browser';
import { ADMIN, PLACES, startTestApp, submission, TestApp } from '../support/test-app';

const CONTACT = 'anna.auskunft@example.org';

// Three postcards, the third without latitude (refused with a reason).
const POSTCARDS = [
  'externalId;placeName;story;address;lon;lat;firstName;email;consent;submittedAt',
  'K-001;Westfalenpark;Im Rosengarten habe ich meinem Mann zum ersten Mal zugehört, wie er von seiner Kindheit erzählt.;;7,476611;51,496611;Mia;;;2026-05-09',
  'K-002;Dortmunder U;Von der Dachterrasse sieht man abends die ganze Stadt leuchten, das beruhigt mich immer.;;7,453619;51,515;;;;',
  'K-003;Hafen;Hier hat mein Opa gearbeitet und mir als Kind die Schiffe erklärt.;;7,44;;;;;',
].join('\r\n');

/** Data in and out in the built console: the list's CSV export with its filter, the district report's export, the import page, the privacy page. */
describe('exports, import and privacy in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let contactEntryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    // two approved and two pending entries; one pending with an email (consent) for the privacy requests
    const ids: string[] = [];
    for (const [i, place] of [PLACES.phoenixSee, PLACES.dortmunderU, PLACES.westfalenpark, PLACES.phoenixSee].entries()) {
      const extra = i === 3 ? { email: CONTACT, consent: true, firstName: 'Anna', placeName: 'Auskunftsort' } : {};
      const res = await t.http().post('/api/public/entries').send(submission({ ...place, ...extra }));
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    contactEntryId = ids[3];
    await t.db(`UPDATE entries SET status = 'approved' WHERE id = ANY($1::uuid[])`, [ids.slice(0, 2)]);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('exports the entry list as CSV with its current status filter', async () => {
    await page.goto(t.baseUrl + '/#/login');
    await page.locator('input[name="email"]').fill(ADMIN.email);
    await page.locator('input[name="password"]').fill(ADMIN.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/(?!login)/, { timeout: 30000 });
    await page.locator('[data-testid="menu-import"]').waitFor({ timeout: 30000 });
    await expect(page.locator('[data-testid="menu-privacy"]').count()).resolves.toBe(1);

    await page.locator('[data-testid="menu-entries"]').click();
    await page.waitForSelector('[data-testid="status-chip"]', { timeout: 30000 });
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Freigegeben', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => {
        const chips = Array.from(document.querySelectorAll('[data-testid="status-chip"]'));
        return chips.length === 2 && chips.every((c) => c.getAttribute('data-status') === 'approved');
      },
      undefined,
      { timeout: 15000 },
    );

    await page.locator('[data-testid="export-menu"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-entries-csv"]').click()]);
    expect(download.suggestedFilename()).toBe('herzensorte-eintraege.csv');
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [columns, ...rows] = parseCsv(text.slice(1), ';');
    expect(columns).toEqual(expect.arrayContaining(['id', 'placeName', 'story', 'status', 'districtId']));
    expect(rows).toHaveLength(2);
    const status = columns.indexOf('status');
    expect(rows.map((r) => r[status])).toEqual(['approved', 'approved']);
  });

  it("exports the district report's approved entries as GeoJSON; the buttons are not printed", async () => {
    await page.goto(`${t.baseUrl}/#/districts/hoerde/report`);
    await page.locator('[data-testid="report-export-menu"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-entries-geojson"]').click()]);
    expect(download.suggestedFilename()).toBe('herzensorte-eintraege.geojson');
    const collection = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(collection.type).toBe('FeatureCollection');
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE district_id = 'hoerde' AND status = 'approved'`);
    expect(n).toBeGreaterThan(0);
    expect(collection.features).toHaveLength(n);
    for (const f of collection.features) expect(f.properties).toMatchObject({ districtId: 'hoerde', status: 'approved' });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-testid="report-export-menu"]').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('imports postcards: counts, the refused row and its reason; a second import creates nothing', async () => {
    await page.locator('[data-testid="menu-import"]').click();
    await page.locator('[data-testid="import-page"]').waitFor({ timeout: 30000 });
    await expect(page.locator('[data-testid="import-help"]').innerText()).resolves.toContain('externalId');
    await page.locator('[data-testid="import-file"]').setInputFiles({ name: 'postkarten.csv', mimeType: 'text/csv', buffer: Buffer.from(POSTCARDS, 'utf8') });
    await expect(page.locator('[data-testid="import-file-name"]').innerText()).resolves.toBe('postkarten.csv');
    await page.locator('[data-testid="import-channel"]').click();
    await page.getByRole('option', { name: 'Veranstaltung (Postkarten)' }).click();
    await page.locator('[data-testid="import-submit"]').click();

    const result = page.locator('[data-testid="import-result"]');
    await result.waitFor({ timeout: 30000 });
    await expect(page.locator('[data-testid="import-accepted"]').getAttribute('data-count')).resolves.toBe('2');
    await expect(page.locator('[data-testid="import-unchanged"]').getAttribute('data-count')).resolves.toBe('0');
    await expect(page.locator('[data-testid="import-refused"]').getAttribute('data-count')).resolves.toBe('1');
    const refused = page.locator('[data-testid="import-refused-rows"] tbody tr');
    await expect(refused.count()).resolves.toBe(1);
    const cells = await refused.first().locator('td').allInnerTexts();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('K-003');
    expect(cells[2]).toMatch(/lat/);
    const stored = await t.db(`SELECT channel, status FROM entries WHERE place_name IN ('Westfalenpark', 'Dortmunder U') AND channel = 'event'`);
    expect(stored).toHaveLength(2);
    expect(stored.every((e) => e.status === 'pending')).toBe(true);

    await page.locator('[data-testid="import-submit"]').click();
    await page.locator('[data-testid="import-unchanged"][data-count="2"]').waitFor({ timeout: 30000 });
    await expect(page.locator('[data-testid="import-accepted"]').getAttribute('data-count')).resolves.toBe('0');
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE channel = 'event'`);
    expect(n).toBe(2);

    // a file the server refuses (400): its message on the page, nothing stored
    await page.locator('[data-testid="import-file"]').setInputFiles({ name: 'falsch.csv', mimeType: 'text/csv', buffer: Buffer.from('externalId;placeName;story;lon;lat;telefon\r\nX-1;Ort;Eine Geschichte;7,5;51,5;0231\r\n', 'utf8') });
    await page.locator('[data-testid="import-submit"]').click();
    await expect(page.locator('[data-testid="import-error"]').innerText({ timeout: 30000 })).resolves.toContain('Unknown column "telefon"');
    await expect(t.db(`SELECT count(*)::int AS n FROM entries WHERE external_id = 'X-1'`)).resolves.toEqual([{ n: 0 }]);
  });

  it('answers an access request and carries out an erasure request', async () => {
    await page.locator('[data-testid="menu-privacy"]').click();
    await page.locator('[data-testid="privacy-email"]').fill(CONTACT);
    await page.locator('[data-testid="privacy-access"]').click();
    const entries = page.locator('[data-testid="privacy-entries"]');
    await entries.waitFor({ timeout: 15000 });
    await expect(entries.innerText()).resolves.toContain('Auskunftsort');
    await expect(page.locator('[data-testid="privacy-contacts"]').innerText()).resolves.toContain(CONTACT);
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="privacy-download"]').click()]);
    const answer = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(answer.entries.map((e: { id: string }) => e.id)).toEqual([contactEntryId]);

    await page.locator('[data-testid="privacy-erase"]').click();
    await page.getByRole('button', { name: 'Endgültig löschen' }).click();
    await page.locator('[data-testid="privacy-erasure-result"]').waitFor({ timeout: 15000 });
    await expect(page.locator('[data-testid="privacy-contacts-deleted"]').innerText()).resolves.toBe('1 Kontaktdatensatz gelöscht.');
    await expect(page.locator('[data-testid="privacy-entries-changed"]').innerText()).resolves.toBe('1 Eintrag geändert (Vorname entfernt).');
    await expect(t.db(`SELECT count(*)::int AS n FROM submitter_contacts WHERE email = $1`, [CONTACT])).resolves.toEqual([{ n: 0 }]);
    await expect(t.db(`SELECT first_name FROM entries WHERE id = $1`, [contactEntryId])).resolves.toEqual([{ first_name: null }]);
  });
});
