import { Readable, Transform } from 'node:stream';
import { crlf, featureCollection } from './streams';

function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Feeds `bytes` through the transform in chunks cut at the given offsets (anywhere, also inside a character). */
async function through(transform: Transform, bytes: Buffer, cuts: number[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts.sort((a, b) => a - b), bytes.length]) {
    chunks.push(bytes.subarray(from, cut));
    from = cut;
  }
  const out: Buffer[] = [];
  for await (const c of Readable.from(chunks, { objectMode: false }).pipe(transform)) out.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(out);
}

const randomCuts = (random: () => number, length: number) => Array.from({ length: Math.floor(random() * 6) }, () => Math.floor(random() * (length + 1)));

describe('export stream transforms', () => {
  it('crlf turns bare LF into CRLF and leaves every other byte alone, however the chunks are cut (UTF-8 split mid-character)', async () => {
    const random = rng(11);
    const alphabet = ['a', ';', '"', '\n', '\r\n', '\r', 'ä', 'ö', 'ü', 'ß', 'Hörde', '💖', '„', 'ẞ'];
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const bytes = Buffer.from(text, 'utf8');
      const out = await through(crlf(), bytes, randomCuts(random, bytes.length));
      expect(out.toString('utf8')).toBe(text.replace(/\r?\n/g, '\r\n'));
    }
  });

  it('crlf passes a chunk without a bare LF through as the same buffer', async () => {
    const t = crlf();
    const chunk = Buffer.from('Hörde;1\r\n');
    const out = await new Promise<Buffer>((resolve) => {
      t.once('data', resolve);
      t.write(chunk);
    });
    expect(out).toBe(chunk);
  });

  it('featureCollection joins one feature per line into valid JSON, whatever the chunking', async () => {
    const random = rng(5);
    for (let n = 0; n < 300; n++) {
      const features = Array.from({ length: Math.floor(random() * 5) }, (_, i) => ({ type: 'Feature', id: i, properties: { name: 'Straßenfest Hörde 💖 „x“', i } }));
      const bytes = Buffer.from(features.map((f) => `${JSON.stringify(f)}\n`).join(''), 'utf8');
      const out = await through(featureCollection(), bytes, randomCuts(random, bytes.length));
      expect(JSON.parse(out.toString('utf8'))).toEqual({ type: 'FeatureCollection', features });
      expect(out.toString('utf8')).not.toMatch(/Ã|\uFFFD/);
    }
  });
});
