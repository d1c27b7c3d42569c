import type { Browser, Locator, Page } from 'playwright-core';
import { countPixels, decodePng, eventually, launchChromium, pixelStats } from '../support/browser';
import { ADMIN, PLACES, startTestApp, TestApp } from '../support/test-app';

interface RenderedView {
  longitude: number;
  latitude: number;
  zoom: number;
  width: number;
  height: number;
}

/** Web Mercator pixel of a place in a deck.gl MapView (512-pixel tiles), relative to the map's top left corner. */
function pixelOf(view: RenderedView, lon: number, lat: number): { x: number; y: number } {
  const project = (lo: number, la: number) => {
    const phi = (la * Math.PI) / 180;
    return [(lo + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
  };
  const scale = 512 * 2 ** view.zoom;
  const [x, y] = project(lon, lat);
  const [cx, cy] = project(view.longitude, view.latitude);
  return { x: (x - cx) * scale + view.width / 2, y: (y - cy) * scale + view.height / 2 };
}

/** The dashboard (figures, charts, the three map modes) and the district report in Chromium, against the real API with demo data. */
describe('dashboard and district report in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let map: Locator;
  const shots: Buffer[] = [];

  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'de-DE' });
    map = page.locator('[data-testid="dashboard-map"]');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Waits until the map shows `mode` with its data, lets deck.gl draw, and returns the canvas' pixels. */
  const drawn = async (mode: string) => {
    await page.waitForSelector(`[data-testid="dashboard-map"][data-mode="${mode}"][data-ready="true"] canvas`, { timeout: 60000 });
    await page.waitForTimeout(2000); // deck.gl draws on the next frames (SwiftShader is slow)
    const canvas = map.locator('canvas').first();
    shots.push(await canvas.screenshot());
    return pixelStats(page, canvas);
  };

  it('logs in and lands on the dashboard with key figures, weekly and theme charts', async () => {
    await page.goto(t.baseUrl + '/');
    await page.locator('input[name="email"]').fill(ADMIN.email);
    await page.locator('input[name="password"]').fill(ADMIN.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForSelector('[data-testid="dashboard"]', { timeout: 30000 });

    const [counts] = await t.db(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'approved')::int AS approved FROM entries`,
    );
    const total = page.locator('[data-testid="figure-total-value"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="figure-total-value"]')?.textContent !== '–', null, { timeout: 30000 });
    await expect(total.innerText()).resolves.toBe(counts.total.toLocaleString('de-DE'));
    await expect(page.locator('[data-testid="figure-approved-value"]').innerText()).resolves.toBe(counts.approved.toLocaleString('de-DE'));

    // recharts draws SVG: bars per week with the campaign's events, bars per theme
    await page.waitForSelector('[data-testid="weekly-chart"] svg .recharts-bar-rectangle', { timeout: 30000 });
    expect(await page.locator('[data-testid="weekly-chart"] .recharts-bar-rectangle').count()).toBeGreaterThan(10);
    expect(await page.locator('[data-testid="weekly-chart"] .recharts-reference-line').count()).toBeGreaterThanOrEqual(4);
    await expect(page.locator('[data-testid="campaign-events"]').innerText()).resolves.toContain('DORTBUNT!');
    await page.waitForSelector('[data-testid="theme-chart"] svg .recharts-bar-rectangle', { timeout: 30000 });
    expect(await page.locator('[data-testid="theme-chart"] .recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(6);
  });

  it('draws the district choropleth with several colours and a legend', async () => {
    const stats = await drawn('choropleth');
    expect(stats.width).toBeGreaterThan(300);
    // the districts cover most of the map, in several classes
    expect(stats.nonBackground).toBeGreaterThan(0.2);
    expect(stats.colours).toBeGreaterThan(5);
    expect(await page.locator('[data-testid="map-legend"] span[aria-hidden]').count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('[data-testid="map-attribution"]').first().innerText()).resolves.toMatch(/Stadt Dortmund/);

    // another measure recolours the districts
    await page.locator('[data-testid="map-measure-per10k"]').click();
    await expect(page.locator('[data-testid="map-legend"]').innerText()).resolves.toContain('Je 10.000 Einwohner');
    await eventually(async () => expect((await map.locator('canvas').first().screenshot()).equals(shots[0])).toBe(false));
  });

  it('switches to the heatmap (keyboard) and to the hexagons; each draws something else', async () => {
    await page.locator('[data-testid="map-measure-count"]').click();
    await page.locator('[data-testid="map-mode-choropleth"]').focus();
    await page.keyboard.press('Tab');
    // MUI toggle buttons are buttons: reachable with Tab, switched with Space/Enter
    await page.locator('[data-testid="map-mode-heatmap"]').focus();
    await page.keyboard.press('Enter');
    const heat = await drawn('heatmap');
    expect(Number(await map.getAttribute('data-cells'))).toBeGreaterThan(100);
    expect(heat.nonBackground).toBeGreaterThan(0.05);
    expect(heat.colours).toBeGreaterThan(5);
    expect(shots[shots.length - 1].equals(shots[0])).toBe(false);

    await page.locator('[data-testid="map-mode-hexagons"]').click();
    const hex = await drawn('hexagons');
    expect(Number(await map.getAttribute('data-cells'))).toBeGreaterThan(50);
    expect(hex.nonBackground).toBeGreaterThan(0.05);
    expect(hex.colours).toBeGreaterThan(5);
    expect(shots[shots.length - 1].equals(shots[shots.length - 2])).toBe(false);
    expect(shots[shots.length - 1].equals(shots[0])).toBe(false);
  });

  it('filters the key figures and the map by theme', async () => {
    const before = await page.locator('[data-testid="figure-total-value"]').innerText();
    const cellsBefore = Number(await map.getAttribute('data-cells'));
    await page.locator('[data-testid="theme-chip-wasser"]').click();
    await expect(page.locator('[data-testid="theme-chip-wasser"]').getAttribute('aria-pressed')).resolves.toBe('true');
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE 'wasser' = ANY(themes)`);
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="figure-total-value"]')?.textContent === expected,
      n.toLocaleString('de-DE'),
      { timeout: 30000 },
    );
    expect(n.toLocaleString('de-DE')).not.toBe(before);
    // the hexagons show the theme's entries only: fewer cells
    await page.waitForFunction(
      (all) => {
        const el = document.querySelector('[data-testid="dashboard-map"][data-mode="hexagons"][data-ready="true"]');
        return el !== null && Number(el.getAttribute('data-cells')) > 0 && Number(el.getAttribute('data-cells')) < all;
      },
      cellsBefore,
      { timeout: 30000 },
    );
    await page.locator('[data-testid="theme-chip-all"]').click();
    await page.waitForFunction((expected) => document.querySelector('[data-testid="figure-total-value"]')?.textContent === expected, before, {
      timeout: 30000,
    });
  });

  it('opens the district report with a click on Hörde in the choropleth', async () => {
    await page.locator('[data-testid="map-mode-choropleth"]').click();
    await drawn('choropleth');
    const view = JSON.parse((await map.getAttribute('data-view'))!) as RenderedView;
    const point = pixelOf(view, PLACES.phoenixSee.lon, PLACES.phoenixSee.lat);
    expect(point.x).toBeGreaterThan(0);
    expect(point.x).toBeLessThan(view.width);
    expect(point.y).toBeGreaterThan(0);
    expect(point.y).toBeLessThan(view.height);
    await map.click({ position: point });
    await page.waitForURL(/#\/districts\/hoerde\/report$/, { timeout: 15000 });
    await expect(page.locator('[data-testid="report-title"]').innerText()).resolves.toBe('Hörde');
  });

  it('shows the report with figures, theme and weekly charts, and prints without the menu', async () => {
    await page.waitForSelector('[data-testid="report-theme-chart"] svg .recharts-bar-rectangle', { timeout: 60000 });
    await page.waitForSelector('[data-testid="report-weekly-chart"] svg .recharts-bar-rectangle', { timeout: 30000 });
    expect(await page.locator('[data-testid="report-theme-chart"] .recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(6);
    const [{ n }] = await t.db(`SELECT count(*)::int AS n FROM entries WHERE district_id = 'hoerde'`);
    await expect(page.locator('[data-testid="figure-total-value"]').innerText()).resolves.toBe(n.toLocaleString('de-DE'));
    await expect(page.locator('[data-testid="report-theme-table"] tbody tr').count()).resolves.toBeGreaterThanOrEqual(6);
    expect(await page.locator('[data-testid="report-quotes"] blockquote').count()).toBeGreaterThan(0);
    await page.waitForSelector('[data-testid="report-heat-map"][data-ready="true"] canvas', { timeout: 60000 });

    await expect(page.locator('[data-testid="print-report"]').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.MuiAppBar-root').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-testid="menu-dashboard"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-testid="print-report"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-testid="report-title"]').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(6);
    await page.emulateMedia({ media: 'screen' });
  });
});

/**
 * With MAP_STYLE_URL the maps get a MapLibre basemap under the deck.gl layers. The style's host is
 * answered by the browser (playwright route) so the test stays offline: a plain background and an
 * empty source that carries the attribution. It proves the lazy chunk, the worker URL under Vite
 * and the CSP (the style's origin) work together.
 */
describe('dashboard map with a basemap in Chromium', () => {
  const STYLE_URL = 'https://basemap.test/styles/test.json';
  let t: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestApp({ mapStyleUrl: STYLE_URL });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'de-DE' });
    await page.route('https://basemap.test/**', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          version: 8,
          sources: { empty: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution: '&copy; <a href="https://basemap.test">Testkarte</a>' } },
          layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#88c0e8' } }],
        }),
      }),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('draws the basemap under the districts and names its source', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(t.baseUrl + '/');
    await page.locator('input[name="email"]').fill(ADMIN.email);
    await page.locator('input[name="password"]').fill(ADMIN.password);
    await page.locator('button[type="submit"]').click();
    const map = page.locator('[data-testid="dashboard-map"][data-basemap="on"]');
    await map.waitFor({ timeout: 60000 });
    await map.locator('canvas.maplibregl-canvas').waitFor({ timeout: 30000 });
    await expect(page.locator('[data-testid="basemap-attribution"]').innerText()).resolves.toContain('© Testkarte');
    await expect(page.locator('[data-testid="map-attribution"]').first().innerText()).resolves.toMatch(/Stadt Dortmund/);
    await page.waitForTimeout(2000);
    // the basemap's blue shows around the city, the districts (translucent, no entries: one class) over it
    const shot = await decodePng(page, await map.screenshot());
    const near = (value: number, target: number) => Math.abs(value - target) < 12;
    const blue = countPixels(shot, (r, g, b) => near(r, 0x88) && near(g, 0xc0) && near(b, 0xe8)) / (shot.width * shot.height);
    expect(blue).toBeGreaterThan(0.1);
    const stats = await pixelStats(page, map);
    expect(stats.colours).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });
});
