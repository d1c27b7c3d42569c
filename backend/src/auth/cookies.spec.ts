import { readCookie } from './cookies';

describe('readCookie', () => {
  it('finds one cookie among others and decodes it', () => {
    expect(readCookie('a=1; herzensorte_refresh=x%2Ey; b=2', 'herzensorte_refresh')).toBe('x.y');
    expect(readCookie('herzensorte_refresh=abc', 'herzensorte_refresh')).toBe('abc');
  });
  it('is undefined when absent or broken', () => {
    expect(readCookie(undefined, 'x')).toBeUndefined();
    expect(readCookie('xy=1; y=2', 'x')).toBeUndefined();
    expect(readCookie('x=%E0%A4%A', 'x')).toBeUndefined();
  });
});
