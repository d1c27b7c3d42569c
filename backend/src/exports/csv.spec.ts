import { csvField, dialectOf, neutralise, parseCsv } from './csv';

function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('CSV pieces', () => {
  it('neutralises every cell a spreadsheet would run as a formula (property over random strings)', () => {
    const random = rng(7);
    const alphabet = ['=', '+', '-', '@', '\t', '\r', '\n', '"', ';', ',', "'", 'a', 'Z', '1', ' ', 'ä', '💖', '(', ')'];
    for (let i = 0; i < 20_000; i++) {
      const s = Array.from({ length: Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const cell = neutralise(s);
      expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      // nothing is lost: the original follows the apostrophe
      expect(cell === s || cell === `'${s}`).toBe(true);
      // and it survives a round trip through RFC 4180 quoting
      for (const d of [';', ',']) expect(parseCsv(`${csvField(cell, d)}\r\n`, d)).toEqual([[cell]]);
    }
  });

  it('knows the two dialects and refuses others', () => {
    expect(dialectOf(undefined)).toEqual({ delimiter: ';', decimalComma: true });
    expect(dialectOf(',')).toEqual({ delimiter: ',', decimalComma: false });
    expect(() => dialectOf('\t')).toThrow(/delimiter/);
  });

  it('parses quoted fields with delimiters, quotes and line breaks', () => {
    expect(parseCsv('a;"b;c";"say ""hi"""\r\n"x\r\ny";2\r\n', ';')).toEqual([['a', 'b;c', 'say "hi"'], ['x\r\ny', '2']]);
  });
});
