import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { ADMIN, startTestApp, submission, TestApp } from '../support/test-app';

/** A moderator clears a small queue by keyboard alone, in the built console in Chromium. */
describe('moderation view by keyboard', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const stories = [
      'Im Westfalenpark sitze ich jeden Sonntag unter den alten Platanen und lese Zeitung.',
      'Die Zeche Zollern zeigt mir, woher meine Familie kommt: Opa war hier unter Tage.',
      'Am Hafen trinke ich nach der Arbeit gern ein Bier und schaue den Schiffen beim Anlegen zu.',
    ];
    for (const [i, story] of stories.entries()) {
      const { body } = await t.http().post('/api/public/entries').send(submission({ placeName: `Ort ${i + 1}`, story })).expect(201);
      ids.push(body.id);
      // oldest first in the queue: Ort 1, Ort 2, Ort 3
      await t.db(`UPDATE entries SET submitted_at = now() - make_interval(days => $2) WHERE id = $1`, [body.id, 10 - i]);
    }
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    await page.goto(t.baseUrl + '/');
    await page.locator('input[name="email"]').fill(ADMIN.email);
    await page.locator('input[name="password"]').fill(ADMIN.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/(?!login)/, { timeout: 30000 });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const waitForEntry = (id: string) =>
    page.waitForSelector(`[data-testid="moderation-entry"][data-entry-id="${id}"]`, { timeout: 15000 });

  it('approves, holds and rejects three entries with A, H and R', async () => {
    await page.goto(t.baseUrl + '/#/moderation');
    await waitForEntry(ids[0]);
    await expect(page.locator('[data-testid="moderation-place"]').innerText()).resolves.toContain('Ort 1');

    await page.keyboard.press('a');
    await waitForEntry(ids[1]);
    await page.keyboard.press('h');
    await waitForEntry(ids[2]);
    await page.keyboard.press('r');
    await page.waitForSelector('[data-testid="reason-dialog"]');
    await page.keyboard.press('1');
    await page.waitForSelector('[data-testid="moderation-empty"]', { timeout: 15000 });

    const rows = await t.db('SELECT id, status FROM entries WHERE id = ANY($1::uuid[])', [ids]);
    const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    expect([status[ids[0]], status[ids[1]], status[ids[2]]]).toEqual(['approved', 'on_hold', 'rejected']);
    const events = await t.db(
      `SELECT ev.entry_id, ev.action, ev.reason_code, u.email FROM moderation_events ev JOIN users u ON u.id = ev.actor_id WHERE ev.entry_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(events).toHaveLength(3);
    expect(events.every((e) => e.email === ADMIN.email)).toBe(true);
    expect(events.find((e) => e.entry_id === ids[2])).toMatchObject({ action: 'reject', reason_code: 'netiquette' });
  });

  it('shows the new statuses in the entry list', async () => {
    await page.goto(`${t.baseUrl}/#/entries`);
    await page.waitForSelector('[data-testid="status-chip"]');
    for (const [id, expected] of [[ids[0], 'approved'], [ids[1], 'on_hold'], [ids[2], 'rejected']]) {
      const row = page.locator('tr', { has: page.locator(`text=Ort ${ids.indexOf(id) + 1}`) });
      await expect(row.locator('[data-testid="status-chip"]').first().getAttribute('data-status')).resolves.toBe(expected);
    }
  });
});
