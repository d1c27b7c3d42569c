import type { Browser, Page } from 'playwright-core';
import { launchChromium, pixelStats } from '../support/browser';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

/** The built console in Chromium against the real API and PostgreSQL with demo data. */
describe('console in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('logs in, in German by default', async () => {
    await page.goto(t.baseUrl + '/');
    await page.locator('input[name="email"]').fill(ADMIN.email);
    await page.locator('input[name="password"]').fill('wrong-password-123');
    await page.locator('button[type="submit"]').click();
    // the login page stays, with a German error; then the right password gets in
    await page.getByText('Anmeldung fehlgeschlagen').waitFor({ timeout: 15000 });
    await expect(page.locator('input[name="email"]').isVisible()).resolves.toBe(true);
    await page.locator('input[name="password"]').fill(ADMIN.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForSelector('[data-testid="status-chip"]', { timeout: 30000 });
  });

  it('shows entry rows with their German status and the total', async () => {
    const chips = page.locator('[data-testid="status-chip"]');
    expect(await chips.count()).toBeGreaterThan(5);
    const statuses = await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.every((s) => ['pending', 'approved', 'rejected', 'on_hold'].includes(s!))).toBe(true);
    const body = await page.locator('body').innerText();
    expect(body).toMatch(/Freigegeben|Offen|Abgelehnt|Zurückgestellt/);
    expect(body).toMatch(/3\.000|3000/); // the pagination total of the demo data
  });

  it('opens an entry and draws its pin on a non-blank map', async () => {
    const [{ id, place_name }] = await t.db(`SELECT id, place_name FROM entries WHERE status = 'approved' ORDER BY submitted_at DESC LIMIT 1`);
    await page.goto(`${t.baseUrl}/#/entries/${id}/show`);
    await page.waitForSelector('[data-testid="entry-map"] canvas', { timeout: 30000 });
    await expect(page.locator('body').innerText()).resolves.toContain(place_name);
    await page.waitForTimeout(1500); // let deck.gl draw its first frames
    const stats = await pixelStats(page, page.locator('[data-testid="entry-map"] canvas').first());
    expect(stats.width).toBeGreaterThan(100);
    // outlines and the pin: more than a flat background
    expect(stats.nonBackground).toBeGreaterThan(0.02);
    expect(stats.colours).toBeGreaterThan(3);
    await expect(page.locator('[data-testid="map-attribution"]').innerText()).resolves.toMatch(/Stadt Dortmund/);
  });
});
