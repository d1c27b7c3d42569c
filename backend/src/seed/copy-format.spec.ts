import { copyLine, copyValue, pgTextArray } from './copy-format';

describe('COPY text format', () => {
  it('escapes what COPY would misread', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyValue(pgTextArray(['a', 'b"c']))).toBe('{"a","b\\\\"c"}');
    expect(copyValue(pgTextArray([]))).toBe('{}');
    expect(copyValue([])).toBe('[]');
    expect(copyValue([{ code: 'x', detail: 'y' }])).toBe('[{"code":"x","detail":"y"}]');
    expect(copyLine([1, 'x', null])).toBe('1\tx\t\\N\n');
  });
});
