import type { Browser, Page } from 'playwright-core';
import { DEMO_USERS } from '../../backend/src/seed/demo-data.generator';
import { launchChromium } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

const demo = (role: string) => DEMO_USERS.find((u) => u.role === role)!;

// Menu items by role: Moderation, Einträge, Stadtbezirke, Protokoll, Benutzer.
const ADMIN_MENU = { moderation: 1, entries: 1, districts: 1, protocol: 1, import: 1, users: 1, privacy: 1 };
const MODERATOR_MENU = { ...ADMIN_MENU, users: 0, privacy: 0 };
const VIEWER_MENU = { moderation: 0, entries: 1, districts: 1, protocol: 0, import: 0, users: 0, privacy: 0 };

/** Accounts and roles in the built console: users page, menus by role, district viewer scope, session across reloads. */
describe('roles in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  const newUser = { email: 'neue.moderation@herzensorte.example', password: 'Neue-Moderation-2026' };

  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const freshPage = async () => {
    await page?.context().close();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    page = await context.newPage();
  };

  const login = async (email: string, password: string) => {
    await page.goto(t.baseUrl + '/#/login');
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/(?!login)/, { timeout: 30000 });
  };

  /** Opens the user menu and checks who is logged in. */
  const openUserMenu = async (email: string) => {
    await page.getByRole('button', { name: 'Profil' }).click();
    await expect(page.locator('[data-testid="user-menu-email"]').innerText()).resolves.toBe(email);
  };

  const logout = async (email: string) => {
    await openUserMenu(email);
    await page.getByRole('menuitem', { name: 'Abmelden' }).click();
    await page.waitForSelector('input[name="email"]', { timeout: 15000 });
  };

  const chooseRole = async (label: string) => {
    await page.getByRole('combobox', { name: 'Rolle' }).click();
    await page.getByRole('option', { name: label, exact: true }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
  };

  const menuNow = async () => ({
    moderation: await page.locator('[data-testid="menu-moderation"]').count(),
    entries: await page.locator('[data-testid="menu-entries"]').count(),
    districts: await page.locator('[data-testid="menu-districts"]').count(),
    protocol: await page.locator('[data-testid="menu-moderation-events"]').count(),
    import: await page.locator('[data-testid="menu-import"]').count(),
    users: await page.locator('[data-testid="menu-users"]').count(),
    privacy: await page.locator('[data-testid="menu-privacy"]').count(),
  });

  /** The menu items, once they match `expected` (the role arrives asynchronously) or after 10 s. */
  const menu = async (expected: Awaited<ReturnType<typeof menuNow>>) => {
    await page.waitForSelector('[data-testid="menu-entries"]', { timeout: 30000 });
    let items = await menuNow();
    for (let i = 0; i < 20 && JSON.stringify(items) !== JSON.stringify(expected); i++) {
      await page.waitForTimeout(500);
      items = await menuNow();
    }
    return items;
  };

  it('an admin creates a moderator; the moderator logs in and has no Benutzer menu', async () => {
    await freshPage();
    const admin = demo('admin');
    await login(admin.email, admin.password);
    expect(await menu(ADMIN_MENU)).toEqual(ADMIN_MENU);
    await expect(page.locator('[data-testid="menu-users"]').innerText()).resolves.toContain('Benutzer');

    await page.locator('[data-testid="menu-users"]').click();
    await page.waitForSelector('[data-testid="role-chip"]', { timeout: 30000 });
    const roles = await page.locator('[data-testid="role-chip"]').allInnerTexts();
    expect(roles).toEqual(expect.arrayContaining(['Administration', 'Moderation', 'Stadtbezirk (lesend)']));

    await page.getByRole('link', { name: 'Erstellen' }).click();
    await page.locator('input[name="email"]').fill(newUser.email);
    // too short: the form says so at the field and sends nothing
    await page.locator('input[name="password"]').fill('zu-kurz');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('mindestens 12 Zeichen lang').waitFor({ timeout: 10000 });
    // districts only for district viewers
    await expect(page.locator('[data-testid="user-districts"]').count()).resolves.toBe(0);
    await chooseRole('Stadtbezirk (lesend)');
    await page.locator('[data-testid="user-districts"]').waitFor({ timeout: 10000 });
    await chooseRole('Moderation');
    await expect(page.locator('[data-testid="user-districts"]').count()).resolves.toBe(0);

    await page.locator('input[name="password"]').fill(newUser.password);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/#\/users$/, { timeout: 15000 });
    await page.getByText(newUser.email).waitFor({ timeout: 15000 });
    const [row] = await t.db('SELECT role, district_ids, disabled FROM users WHERE email = $1', [newUser.email]);
    expect(row).toEqual({ role: 'moderator', district_ids: [], disabled: false });

    // the same email again: the server's 409 shows at the field
    await page.getByRole('link', { name: 'Erstellen' }).click();
    await page.locator('input[name="email"]').fill(newUser.email);
    await page.locator('input[name="password"]').fill(newUser.password);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.locator('.MuiFormHelperText-root.Mui-error', { hasText: 'exists already' }).waitFor({ timeout: 15000 });

    await logout(admin.email);
    await login(newUser.email, newUser.password);
    expect(await menu(MODERATOR_MENU)).toEqual(MODERATOR_MENU);
    await openUserMenu(newUser.email);
    await expect(page.locator('[data-testid="user-menu-role"]').innerText()).resolves.toBe('Moderation');
    await page.keyboard.press('Escape');
    // the users page is not there for a moderator
    await page.goto(t.baseUrl + '/#/users');
    await page.waitForTimeout(1000);
    await expect(page.locator('[data-testid="role-chip"]').count()).resolves.toBe(0);
  });

  it('a district viewer lands on their district report and reads approved entries only', async () => {
    await freshPage();
    const viewer = demo('district_viewer');
    await login(viewer.email, viewer.password);
    await page.waitForURL(/#\/districts\/hoerde\/report/, { timeout: 30000 });
    await page.getByText('Hörde').first().waitFor({ timeout: 15000 });
    expect(await menu(VIEWER_MENU)).toEqual(VIEWER_MENU);
    await openUserMenu(viewer.email);
    await expect(page.locator('[data-testid="user-menu-role"]').innerText()).resolves.toBe('Stadtbezirk (lesend)');
    await page.keyboard.press('Escape');

    await page.locator('[data-testid="menu-entries"]').click();
    await page.waitForSelector('[data-testid="status-chip"]', { timeout: 30000 });
    const statuses = await page.locator('[data-testid="status-chip"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['approved']));
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE status = 'approved' AND district_id = 'hoerde'`);
    const body = await page.locator('body').innerText();
    expect(body).toContain(n.toLocaleString('de-DE'));
    // no edit, no bulk selection, no moderation tools
    await expect(page.locator('a[href*="/edit"]').count()).resolves.toBe(0);
    await expect(page.locator('input[type="checkbox"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="queue-preset"]').count()).resolves.toBe(0);
    // but the export, as for every role
    await expect(page.locator('[data-testid="export-menu"]').count()).resolves.toBe(1);

    await page.locator('[data-testid="status-chip"]').first().click();
    await page.waitForURL(/#\/entries\/[^/]+\/show/, { timeout: 15000 });
    await page.waitForSelector('[data-testid="status-chip"]', { timeout: 15000 });
    await expect(page.locator('a[href*="/edit"]').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Freigeben' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Ablehnen' }).count()).resolves.toBe(0);
  });

  it('keeps the session across a reload (refresh cookie), and logout ends it', async () => {
    const viewer = demo('district_viewer');
    const url = page.url();
    await page.reload();
    await page.waitForSelector('[data-testid="status-chip"]', { timeout: 30000 });
    expect(page.url()).toBe(url);
    await expect(page.locator('input[name="password"]').count()).resolves.toBe(0);
    // no access token in web storage, the refresh token is httpOnly
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await logout(viewer.email);
    await page.reload();
    await page.waitForSelector('input[name="email"]', { timeout: 30000 });
    await page.goto(t.baseUrl + '/#/entries');
    await page.waitForSelector('input[name="email"]', { timeout: 30000 });
    await expect(page.locator('[data-testid="status-chip"]').count()).resolves.toBe(0);
  });

  it('an admin disables the account in the edit form; a password left empty stays unchanged', async () => {
    await freshPage();
    const admin = demo('admin');
    await login(admin.email, admin.password);
    const [before] = await t.db('SELECT id, password_hash FROM users WHERE email = $1', [newUser.email]);
    await page.goto(`${t.baseUrl}/#/users/${before.id}`);
    await page.locator('input[name="email"]').waitFor({ timeout: 30000 });
    await expect(page.locator('input[name="email"]').inputValue()).resolves.toBe(newUser.email);
    await page.getByText('leer lassen = unverändert').waitFor();
    // no delete button, only save
    await expect(page.getByRole('button', { name: 'Löschen' }).count()).resolves.toBe(0);
    await page.getByLabel('Deaktiviert').check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/#\/users$/, { timeout: 15000 });
    const [after] = await t.db('SELECT disabled, password_hash FROM users WHERE id = $1', [before.id]);
    expect(after).toEqual({ disabled: true, password_hash: before.password_hash });

    // an admin cannot disable themselves: the server's 422 shows at the field
    const [self] = await t.db('SELECT id FROM users WHERE email = $1', [admin.email]);
    await page.goto(`${t.baseUrl}/#/users/${self.id}`);
    await page.locator('input[name="email"]').waitFor({ timeout: 30000 });
    await expect(page.locator('input[name="email"]').inputValue()).resolves.toBe(admin.email);
    await page.getByLabel('Deaktiviert').check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.locator('.MuiFormHelperText-root.Mui-error', { hasText: 'cannot disable your own account' }).waitFor({ timeout: 15000 });
    const [still] = await t.db('SELECT disabled FROM users WHERE id = $1', [self.id]);
    expect(still.disabled).toBe(false);
  });

  // Last: it blocks further logins from this address.
  it('says how long to wait after too many failed logins', async () => {
    await freshPage();
    for (let i = 0; i < 10; i++) {
      await t.http().post('/api/auth/login').send({ email: 'niemand@herzensorte.example', password: `falsch-${i}` });
    }
    await page.goto(t.baseUrl + '/#/login');
    await page.locator('input[name="email"]').fill('niemand@herzensorte.example');
    await page.locator('input[name="password"]').fill('noch-einmal-falsch');
    await page.locator('button[type="submit"]').click();
    await page.getByText(/Zu viele Anmeldeversuche\. Bitte in \d+ Minuten? erneut versuchen\./).waitFor({ timeout: 15000 });
  });
});
