/// <reference lib="dom" />
import type { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countPixels, decodePng, eventually, launchChromium, Pixels, pixelStats } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

/** The CSP the public page must run under (API.md hardening; no inline scripts, no external hosts, no eval). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:";
const PHONE = { width: 390, height: 844 };
const UI_DIST = join(__dirname, '../../admin-ui/dist');
const PIN_RED = [204, 0, 51];
// WebGL in SwiftShader on a shared 2-core machine: generous per-test limits.
const SLOW = 300_000;

const project = (lon: number, lat: number): [number, number] => {
  const phi = (lat * Math.PI) / 180;
  return [(lon + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
};

/** Pixel position of a coordinate inside a map element, from the camera it publishes in data-* attributes. */
async function pixelOf(map: Locator, lon: number, lat: number) {
  const view = await map.evaluate((el: HTMLElement) => ({
    lon: Number(el.dataset.longitude),
    lat: Number(el.dataset.latitude),
    zoom: Number(el.dataset.zoom),
    width: el.clientWidth,
    height: el.clientHeight,
  }));
  const scale = 512 * 2 ** view.zoom;
  const [x, y] = project(lon, lat);
  const [cx, cy] = project(view.lon, view.lat);
  return { x: view.width / 2 + (x - cx) * scale, y: view.height / 2 + (y - cy) * scale };
}

/** Euclidean distance in RGB below `tolerance`. */
const near = ([r, g, b]: number[], tolerance: number) => (pr: number, pg: number, pb: number) => Math.hypot(pr - r, pg - g, pb - b) < tolerance;

/** A spot whose whole neighbourhood (± margin) is `background`, away from the edges and the zoom buttons (right). */
function backgroundSpot({ width, height, data }: Pixels, background: number[], margin: number): { x: number; y: number } | null {
  const isBackground = near(background, 6);
  const at = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    return isBackground(data[i], data[i + 1], data[i + 2]);
  };
  for (let y = 20; y < height - 20; y += 4) {
    for (let x = 20; x < width - 70; x += 4) {
      let ok = true;
      for (let dy = -margin; dy <= margin && ok; dy += 2) for (let dx = -margin; dx <= margin && ok; dx += 2) ok = at(x + dx, y + dy);
      if (ok) return { x, y };
    }
  }
  return null;
}

const countColour = async (page: Page, png: Buffer, colour: number[]) => countPixels(await decodePng(page, png), near(colour, 40));

describe('public page /herzensorte in Chromium', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchChromium();
  }, SLOW);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A phone-sized page whose document carries the production CSP; violations and POSTs are recorded. */
  async function openPhone(hash = '') {
    // "Mein Standort" finds the visitor at the Dortmunder U
    const context: BrowserContext = await browser.newContext({
      viewport: PHONE,
      locale: 'de-DE',
      geolocation: { longitude: 7.453619, latitude: 51.515 },
      permissions: ['geolocation'],
    });
    await context.route(/\/herzensorte(#.*)?$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
    });
    await context.addInitScript(() => {
      (window as any).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const posts: Request[] = [];
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r);
      loaded.push(new URL(r.url()).pathname);
    });
    await page.goto(`${t.baseUrl}/herzensorte${hash}`);
    return { context, page, posts, loaded };
  }

  const violations = (page: Page) => page.evaluate(() => (window as any).__violations as string[]);

  /** Waits until the pick map has its canvas and the districts (its camera is fitted to them). */
  async function pickMap(page: Page) {
    const map = page.locator('[data-testid="pick-map"]');
    await map.locator('canvas').waitFor({ timeout: 30000 });
    await page.waitForFunction(() => {
      const el = document.querySelector<HTMLElement>('[data-testid="pick-map"]');
      return el && Number(el.dataset.zoom) !== 10 && !document.querySelector('.map-status');
    }, undefined, { timeout: 30000 });
    await page.waitForTimeout(800); // first frames
    return map;
  }

  const pendingEntry = async (placeName: string) => {
    const res = await t
      .http()
      .get(`/api/entries?filter=${encodeURIComponent(JSON.stringify({ status: 'pending', q: placeName }))}`)
      .set('Authorization', `Bearer ${t.token}`)
      .expect(200);
    return (res.body as any[]).find((e) => e.placeName === placeName);
  };

  it('submits a place on a phone: pin by tap, text, thank-you; approved, it is in the list and on the map', async () => {
    const { context, page, posts, loaded } = await openPhone();
    const map = await pickMap(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');

    // tap on the Phoenix-See (Hörde)
    await map.click({ position: await pixelOf(map, 7.51, 51.49) });
    await expect(page.locator('[data-testid="pin-status"]').innerText()).resolves.toContain('Hörde');
    const stats = await pixelStats(page, map.locator('canvas').first());
    expect(stats.nonBackground).toBeGreaterThan(0.2); // district outlines drawn
    await eventually(async () => expect(await countColour(page, await map.screenshot(), PIN_RED)).toBeGreaterThan(50), 30000); // the pin

    await page.locator('#f-placeName').fill('Bank am Phoenix-See');
    await page.locator('#f-story').fill('Hier sitze ich nach der Arbeit, schaue aufs Wasser und höre den Enten zu.');
    await page.locator('#f-firstName').fill('Ayşe');
    // email without consent is not sent: the form asks for the consent instead
    await page.locator('#f-email').fill('ayse@example.org');
    await page.locator('[data-testid="send"]').click();
    await expect(page.locator('#f-consent-error').innerText()).resolves.toMatch(/Einwilligung/);
    expect(posts).toHaveLength(0);
    await page.locator('#f-email').fill('');
    await page.locator('[data-testid="send"]').click();

    await expect(page.locator('[data-testid="thanks"]').innerText({ timeout: 15000 })).resolves.toBe('Danke! Dein Herzensort erscheint nach der Prüfung.');
    await page.locator('[data-testid="announcer"]', { hasText: 'Danke!' }).waitFor({ state: 'attached' });
    expect(posts).toHaveLength(1);
    const body = posts[0].postDataJSON();
    expect(body).toMatchObject({ placeName: 'Bank am Phoenix-See', firstName: 'Ayşe' });
    expect(body).not.toHaveProperty('email');
    expect(body.lon).toBeCloseTo(7.51, 2);
    expect(body.lat).toBeCloseTo(51.49, 2);

    // pending in the admin API, in Hörde; approve it there
    const entry = await pendingEntry('Bank am Phoenix-See');
    expect(entry).toMatchObject({ status: 'pending', districtId: 'hoerde', firstName: 'Ayşe', channel: 'web' });
    await t
      .http()
      .post(`/api/entries/${entry.id}/moderate`)
      .set('Authorization', `Bearer ${t.token}`)
      .send({ action: 'approve', version: entry.version })
      .expect(200);

    // the public list has it, the map draws it
    await page.goto(`${t.baseUrl}/herzensorte#entdecken`);
    await page.reload();
    const link = page.locator(`[data-testid="entry-list"] a[data-entry-id="${entry.id}"]`);
    await link.waitFor({ timeout: 15000 });
    await expect(link.innerText()).resolves.toContain('Bank am Phoenix-See');
    await expect(page.locator('[data-testid="list-count"]').innerText()).resolves.toBe('1 Herzensort');
    const entriesMap = page.locator('[data-testid="entries-map"]');
    await entriesMap.locator('canvas').waitFor({ timeout: 30000 });
    expect(await entriesMap.getAttribute('data-dots')).toBe('1');
    await eventually(async () => expect(await countColour(page, await entriesMap.screenshot(), PIN_RED)).toBeGreaterThan(30), 30000);
    const dot = await pixelOf(entriesMap, entry.lon, entry.lat);
    // the red is where the entry is
    const box = (await entriesMap.boundingBox())!;
    const around = await page.screenshot({ clip: { x: box.x + dot.x - 12, y: box.y + dot.y - 12, width: 24, height: 24 } });
    expect(await countColour(page, around, PIN_RED)).toBeGreaterThan(30);

    // opening it from the list, then through its shareable link on a fresh page
    await link.click();
    await expect(page.locator('#entry-title').innerText()).resolves.toBe('Bank am Phoenix-See');
    expect(await page.evaluate(() => location.hash)).toBe(`#eintrag=${entry.id}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('entry-title');
    const shared = await context.newPage();
    await shared.goto(`${t.baseUrl}/herzensorte#eintrag=${entry.id}`);
    await expect(shared.locator('[data-testid="entry-detail"] .entry-story').innerText({ timeout: 15000 })).resolves.toContain('Enten');
    await expect(shared.locator('[data-testid="entry-detail"]').innerText()).resolves.toContain('von Ayşe');

    // lean: nothing of the console's framework (react-admin, MUI) was loaded; all under the CSP
    expect(loaded.filter((p) => /framework-|\/assets\/main-/.test(p))).toEqual([]);
    const assets = [...new Set(loaded.filter((p) => /^\/assets\/.+\.(js|css)$/.test(p)))];
    const gzipKb = Math.round(assets.reduce((sum, p) => sum + gzipSync(readFileSync(join(UI_DIST, p))).length, 0) / 1024);
    console.log(`public page: ${assets.length} assets, ${gzipKb} KB gzip (JS + CSS, with both maps)`);
    expect(gzipKb).toBeLessThan(400);
    expect(await violations(page)).toEqual([]);
    expect(await violations(shared)).toEqual([]);
    await context.close();
  }, SLOW);

  it('works with the keyboard alone: the pin by Enter and arrow keys, the form by Tab and typing', async () => {
    const { context, page, posts } = await openPhone();
    await pickMap(page);
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const tabTo = async (id: string) => {
      for (let i = 0; i < 25 && (await focusedId()) !== id; i++) await page.keyboard.press('Tab');
      expect(await focusedId()).toBe(id);
    };

    await tabTo('f-location');
    // the keyboard help shows while the map has focus
    await expect(page.locator('#pick-map-keys').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter'); // pin in the middle of the map
    const first = await page.locator('[data-testid="pick-map"]').getAttribute('data-pin');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const moved = (await page.locator('[data-testid="pick-map"]').getAttribute('data-pin'))!;
    expect(moved).not.toBe(first);
    const [lon, lat] = moved.split(',').map(Number);
    const [lon0, lat0] = first!.split(',').map(Number);
    expect(lon).toBeGreaterThan(lon0);
    expect(lat).toBeLessThan(lat0);
    await expect(page.locator('[data-testid="pin-status"]').innerText()).resolves.toMatch(/Stadtbezirk/);

    await tabTo('f-placeName');
    await page.keyboard.type('Mein Lieblingsplatz in der City');
    await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('f-story');
    await page.keyboard.type('Hier treffe ich samstags meine Freundinnen zum Kaffee und wir beobachten die Leute.');
    await tabTo('f-firstName');
    await page.keyboard.type('Jörg');
    await page.keyboard.press('Tab'); // email
    await page.keyboard.press('Tab'); // consent
    await page.keyboard.press('Tab'); // send
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('send');
    await page.keyboard.press('Enter');

    await page.locator('[data-testid="thanks"]').waitFor({ timeout: 15000 });
    expect(await focusedId()).toBe('thanks-heading');
    expect(posts).toHaveLength(1);
    const [row] = await t.db(`SELECT status, first_name, lon, lat FROM entries WHERE place_name = $1`, ['Mein Lieblingsplatz in der City']);
    expect(row).toMatchObject({ status: 'pending', first_name: 'Jörg' });
    expect(row.lon).toBeCloseTo(lon, 5);
    expect(row.lat).toBeCloseTo(lat, 5);
    expect(await violations(page)).toEqual([]);
    await context.close();
  }, SLOW);

  it('refuses a spot outside Dortmund before sending, and asks in English after the switch', async () => {
    const { context, page, posts } = await openPhone();
    const map = await pickMap(page);

    // a pixel of plain background (outside every district), away from edges and the zoom buttons
    const spot = backgroundSpot(await decodePng(page, await map.screenshot()), [246, 244, 239], 8);
    expect(spot).not.toBeNull();
    await map.click({ position: spot! });
    await expect(page.locator('[data-testid="pin-status"]').innerText()).resolves.toContain('außerhalb Dortmunds');
    await expect(page.locator('#f-location-error').innerText()).resolves.toContain('nicht in Dortmund');

    await page.locator('#f-placeName').fill('Irgendwo draußen');
    await page.locator('#f-story').fill('Das ist eigentlich schon Bochum, aber ich mag es trotzdem sehr.');
    await page.locator('[data-testid="send"]').click();
    await expect(page.locator('[data-testid="error-summary"]').innerText()).resolves.toContain('Dieser Ort liegt nicht in Dortmund');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-location');
    expect(await page.locator('[data-testid="pick-map"]').getAttribute('aria-describedby')).toContain('f-location-error');
    expect(posts).toHaveLength(0);

    // English: the same form, English messages
    await page.locator('[data-testid="lang-switch"]').click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('#f-placeName').fill('');
    await page.locator('[data-testid="send"]').click();
    await expect(page.locator('#f-placeName-error').innerText()).resolves.toContain('Please fill this in.');
    await expect(page.locator('#f-location-error').innerText()).resolves.toContain('not in Dortmund');
    expect(await page.locator('#f-placeName').getAttribute('aria-describedby')).toContain('f-placeName-error');
    expect(posts).toHaveLength(0);

    // "My location" puts the pin where the visitor is, inside the city: the refusal goes away
    await page.getByRole('button', { name: 'My location' }).click();
    // the browser answers the location asynchronously: wait for the pin to move
    await page.locator('[data-testid="pin-status"]', { hasText: 'Innenstadt-West' }).waitFor({ timeout: 10000 });
    await expect(page.locator('#f-location-error').count()).resolves.toBe(0);
    expect(await violations(page)).toEqual([]);
    await context.close();
  }, SLOW);

  it('keeps the text when the network fails or the server says too many, and sends it again', async () => {
    const { context, page, posts } = await openPhone();
    const map = await pickMap(page);
    await map.click({ position: await pixelOf(map, 7.476611, 51.496611) }); // Westfalenpark
    await page.locator('#f-placeName').fill('Westfalenpark');
    await page.locator('#f-story').fill('Im Rosarium riecht es im Juni wunderbar, dort lese ich am liebsten.');

    await page.route('**/api/public/entries', (route) => route.abort('internetdisconnected'));
    await page.locator('[data-testid="send"]').click();
    await expect(page.locator('[data-testid="form-error"]').innerText()).resolves.toMatch(/keine Verbindung/);
    await expect(page.locator('#f-story').inputValue()).resolves.toContain('Rosarium');

    await page.unroute('**/api/public/entries');
    await page.route('**/api/public/entries', (route) =>
      route.fulfill({ status: 429, headers: { 'Retry-After': '420', 'Content-Type': 'application/json' }, body: '{"statusCode":429,"message":"Too many"}' }),
    );
    await page.locator('[data-testid="send"]').click();
    await expect(page.locator('[data-testid="form-error"]').innerText()).resolves.toBe(
      'Zu viele Einsendungen von diesem Anschluss. Bitte versuch es in 7 Minuten noch einmal.',
    );
    await expect(page.locator('#f-placeName').inputValue()).resolves.toBe('Westfalenpark');

    // a validation answer of the server lands at its field
    await page.unroute('**/api/public/entries');
    await page.route('**/api/public/entries', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          statusCode: 400,
          message: 'story must be shorter than or equal to 2000 characters',
          errors: [{ field: 'story', message: 'story must be shorter than or equal to 2000 characters' }],
        }),
      }),
    );
    await page.locator('[data-testid="send"]').click();
    await expect(page.locator('#f-story-error').innerText()).resolves.toContain('Höchstens 2.000 Zeichen.');
    expect(await page.locator('#f-story').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-story');

    await page.unroute('**/api/public/entries');
    await page.locator('[data-testid="send"]').click();
    await page.locator('[data-testid="thanks"]').waitFor({ timeout: 15000 });
    expect(posts.length).toBe(4);
    const [row] = await t.db(`SELECT district_id FROM entries WHERE place_name = 'Westfalenpark'`);
    expect(row.district_id).toBe('innenstadt-ost');

    // another one starts from an empty form
    await page.getByRole('button', { name: 'Weiteren Herzensort eintragen' }).click();
    await expect(page.locator('#f-placeName').inputValue()).resolves.toBe('');
    await context.close();
  }, SLOW);
});
