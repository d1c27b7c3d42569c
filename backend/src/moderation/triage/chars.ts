/**
 * Character tables shared by the triage rules and the duplicate check: what is a letter, a digit or a
 * combining mark, and how a letter folds (lowercase, without diacritics). Latin characters come from
 * tables built at module load; anything else is classified once by Unicode property and cached.
 */

/** 0 other (space, punctuation, emoji, …), 1 letter, 2 digit, 3 combining mark */
export type CharKind = 0 | 1 | 2 | 3;

const TABLE_SIZE = 0x250; // Basic Latin … Latin Extended-B
const KIND = new Uint8Array(TABLE_SIZE);
/** folded lowercase letter without diacritics, for the Latin table; 0 = none (not a letter) */
const FOLD = new Uint16Array(TABLE_SIZE);

const IS_LETTER = /\p{L}/u;
const IS_MARK = /\p{M}/u;
const IS_DIGIT = /\p{N}/u;
const MARKS = /\p{M}/gu;
const SPECIAL: Record<string, string> = { ß: 's', ẞ: 's', ı: 'i', ł: 'l', ø: 'o', đ: 'd', æ: 'a', œ: 'o', þ: 't', ħ: 'h', ŀ: 'l' };

function classify(code: number): CharKind {
  if (code >= 0xd800 && code <= 0xdfff) return 0; // surrogates: emoji, rare scripts → separators
  const ch = String.fromCharCode(code);
  return IS_LETTER.test(ch) ? 1 : IS_MARK.test(ch) ? 3 : IS_DIGIT.test(ch) ? 2 : 0;
}

function foldOf(code: number): string {
  const lower = String.fromCharCode(code).toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  return lower.normalize('NFD').replace(MARKS, '');
}

for (let c = 0; c < TABLE_SIZE; c++) {
  const k = classify(c);
  KIND[c] = k;
  if (k === 1) {
    const f = foldOf(c);
    FOLD[c] = f.length === 1 ? f.charCodeAt(0) : 0;
  }
}

const kindCache = new Map<number, CharKind>();
const foldCache = new Map<number, string>();

export function charKind(code: number): CharKind {
  if (code < TABLE_SIZE) return KIND[code] as CharKind;
  let k = kindCache.get(code);
  if (k === undefined) {
    k = classify(code);
    kindCache.set(code, k);
  }
  return k;
}

/** Lowercase without diacritics ("Ä" → "a", "ß" → "s", "É" → "e", "Ж" → "ж"); the code itself when it does not fold to one character. */
export function foldCode(code: number): number {
  if (code < TABLE_SIZE) return FOLD[code] || code;
  const f = foldString(code);
  return f.length === 1 ? f.charCodeAt(0) : code;
}

export function foldString(code: number): string {
  let f = foldCache.get(code);
  if (f === undefined) {
    f = code < TABLE_SIZE && FOLD[code] ? String.fromCharCode(FOLD[code]) : foldOf(code);
    foldCache.set(code, f);
  }
  return f;
}

/** A growable UTF-16 buffer, turned into a string at the end. */
export class CodeBuffer {
  buf = new Uint16Array(1024);
  length = 0;

  reset(capacity: number): void {
    if (capacity > this.buf.length) this.buf = new Uint16Array(Math.max(capacity, this.buf.length * 2));
    this.length = 0;
  }

  ensure(extra: number): void {
    if (this.length + extra > this.buf.length) {
      const grown = new Uint16Array(Math.max(this.buf.length * 2, this.length + extra + 64));
      grown.set(this.buf.subarray(0, this.length));
      this.buf = grown;
    }
  }

  push(code: number): void {
    if (this.length >= this.buf.length) this.ensure(1);
    this.buf[this.length++] = code;
  }

  toString(from = 0, to = this.length): string {
    let s = '';
    for (let i = from; i < to; i += 4096) s += String.fromCharCode.apply(null, this.buf.subarray(i, Math.min(to, i + 4096)) as unknown as number[]);
    return s;
  }
}
