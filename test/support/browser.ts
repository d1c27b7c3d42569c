/// <reference lib="dom" />
import { Browser, chromium, Locator, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** The RGBA pixels of a decoded PNG, row by row, 4 bytes a pixel. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Lets the browser decode a PNG (a screenshot) and hands its pixels back. Screenshots are how WebGL
 * canvases are read without preserveDrawingBuffer; the counting then happens here, in plain Node.
 */
export async function decodePng(page: Page, png: Buffer): Promise<Pixels> {
  const { width, height, rgba } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: img.width, height: img.height, rgba: btoa(binary) };
  }, png.toString('base64'));
  return { width, height, data: Buffer.from(rgba, 'base64') };
}

/** How many pixels `match` their red, green and blue. */
export function countPixels(pixels: Pixels, match: (r: number, g: number, b: number) => boolean): number {
  const { data } = pixels;
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (match(data[i], data[i + 1], data[i + 2])) n++;
  return n;
}

export interface PixelStats {
  width: number;
  height: number;
  /** Share of pixels that differ from the most common colour (the background). */
  nonBackground: number;
  /** Number of distinct colours (quantised to 4 bits per channel). */
  colours: number;
}

/** Screenshots an element and counts its colours (see decodePng). */
export async function pixelStats(page: Page, target: Locator): Promise<PixelStats> {
  const { width, height, data } = await decodePng(page, await target.screenshot());
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = data.length / 4;
  const background = Math.max(...counts.values());
  return { width, height, nonBackground: (total - background) / total, colours: counts.size };
}

/**
 * Retries an assertion until it holds or the time is up. For checks of the database after an
 * optimistic UI step: the moderation view moves on before the server has answered.
 */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
