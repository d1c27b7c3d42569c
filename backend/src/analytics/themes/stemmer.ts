/**
 * The German Snowball stemmer (https://snowballstem.org/algorithms/german/stemmer.html), the
 * classic variant: prelude (ß → ss; u and y between vowels marked as consonants U/Y), regions R1/R2
 * (R1 adjusted so that at least 3 letters precede it), steps 1–3 and the postlude (U/Y back to
 * lower case, ä/ö/ü → a/o/u).
 *
 * Input: one lower-case word. Letters outside a–z, ä, ö, ü, ß are left as they are and count as
 * consonants. The "ae/oe/ue" transliteration of the german2 variant is not done here but in
 * `normalise.ts`, before stemming, so the stemmer stays the reference algorithm.
 *
 * Pure and allocation-light: works on an array of char codes, one string at the end.
 */

const A_UML = 0xe4; // ä
const O_UML = 0xf6; // ö
const U_UML = 0xfc; // ü
const SZ = 0xdf; // ß
const CH_U = 0x75; // u
const CH_Y = 0x79; // y
const MARK_U = 0x55; // U
const MARK_Y = 0x59; // Y

/** a e i o u y ä ö ü */
function isVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79 || c === A_UML || c === O_UML || c === U_UML;
}

/** valid s-ending: b d f g h k l m n r t */
function isSEnding(c: number): boolean {
  return c === 0x62 || c === 0x64 || c === 0x66 || c === 0x67 || c === 0x68 || c === 0x6b || c === 0x6c || c === 0x6d || c === 0x6e || c === 0x72 || c === 0x74;
}

/** valid st-ending: the s-endings without r */
function isStEnding(c: number): boolean {
  return c !== 0x72 && isSEnding(c);
}

const cc = (s: string): number[] => Array.from(s, (ch) => ch.charCodeAt(0));
const STEP1_A = ['ern', 'em', 'er'].map(cc);
const STEP1_B = ['en', 'es', 'e'].map(cc);
const STEP2_A = ['est', 'en', 'er'].map(cc);
const STEP3 = ['isch', 'lich', 'heit', 'keit', 'end', 'ung', 'ig', 'ik'].map(cc);

function endsWith(w: number[], len: number, suffix: readonly number[]): boolean {
  const n = suffix.length;
  if (n > len) return false;
  for (let i = 0; i < n; i++) if (w[len - n + i] !== suffix[i]) return false;
  return true;
}

/** the longest of `suffixes` that `w[0..len)` ends with, or null */
function longest(w: number[], len: number, suffixes: ReadonlyArray<readonly number[]>): readonly number[] | null {
  let best: readonly number[] | null = null;
  for (const s of suffixes) if ((best === null || s.length > best.length) && endsWith(w, len, s)) best = s;
  return best;
}

const fromCodes = (w: number[], len: number): string => {
  let out = '';
  for (let i = 0; i < len; i++) out += String.fromCharCode(w[i]);
  return out;
};

/** Stem one lower-case German word. */
export function stemGerman(word: string): string {
  // prelude 1: ß → ss
  const w: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === SZ) w.push(0x73, 0x73);
    else w.push(c);
  }
  // prelude 2: u / y between vowels → U / Y (Snowball `repeat goto (v [u|y] v)`: after a
  // replacement the scan continues behind the following vowel)
  for (let c = 0; c + 2 < w.length; ) {
    if (isVowel(w[c]) && (w[c + 1] === CH_U || w[c + 1] === CH_Y) && isVowel(w[c + 2])) {
      w[c + 1] = w[c + 1] === CH_U ? MARK_U : MARK_Y;
      c += 3;
    } else c++;
  }

  // regions
  let len = w.length;
  let p1 = len;
  let p2 = len;
  if (len >= 3) {
    let i = 0;
    while (i < len && !isVowel(w[i])) i++;
    while (i < len && isVowel(w[i])) i++;
    if (i < len) {
      p1 = i + 1;
      let j = p1;
      while (j < len && !isVowel(w[j])) j++;
      while (j < len && isVowel(w[j])) j++;
      if (j < len) p2 = j + 1;
      if (p1 < 3) p1 = 3;
    }
  }

  // step 1
  {
    const a = longest(w, len, STEP1_A);
    const b = longest(w, len, STEP1_B);
    const s = len >= 2 && w[len - 1] === 0x73 ? 1 : 0; // 's'
    // the longest of all three groups decides; ties cannot happen across groups except e/… (no)
    const la = a ? a.length : 0;
    const lb = b ? b.length : 0;
    const max = Math.max(la, lb, s);
    if (max > 0 && len - max >= p1) {
      if (max === la) len -= la;
      else if (max === lb) {
        len -= lb;
        // "niss" → "nis"
        if (len >= 4 && w[len - 1] === 0x73 && w[len - 2] === 0x73 && w[len - 3] === 0x69 && w[len - 4] === 0x6e) len -= 1;
      } else if (isSEnding(w[len - 2])) len -= 1;
    }
  }

  // step 2
  {
    const a = longest(w, len, STEP2_A);
    const st = endsWith(w, len, [0x73, 0x74]) ? 2 : 0; // 'st'
    const la = a ? a.length : 0;
    if (la >= st && la > 0) {
      if (len - la >= p1) len -= la;
    } else if (st > 0 && len - 2 >= p1) {
      // st preceded by a valid st-ending, itself preceded by at least 3 letters
      const e = len - 3;
      if (e >= 3 && isStEnding(w[e])) len -= 2;
    }
  }

  // step 3: d-suffixes
  {
    const suf = longest(w, len, STEP3);
    if (suf && len - suf.length >= p2) {
      const name = fromCodes(suf as number[], suf.length);
      const at = len - suf.length;
      const prevIs = (s: string, end: number): boolean => endsWith(w, end, cc(s));
      switch (name) {
        case 'end':
        case 'ung':
          len = at;
          if (prevIs('ig', len) && len - 2 >= p2 && !(len >= 3 && w[len - 3] === 0x65)) len -= 2;
          break;
        case 'ig':
        case 'ik':
        case 'isch':
          if (!(at >= 1 && w[at - 1] === 0x65)) len = at;
          break;
        case 'lich':
        case 'heit':
          len = at;
          if ((prevIs('er', len) || prevIs('en', len)) && len - 2 >= p1) len -= 2;
          break;
        case 'keit':
          len = at;
          if (prevIs('lich', len) && len - 4 >= p2) len -= 4;
          else if (prevIs('ig', len) && len - 2 >= p2) len -= 2;
          break;
      }
    }
  }

  // postlude
  let out = '';
  for (let i = 0; i < len; i++) {
    const c = w[i];
    out += String.fromCharCode(c === MARK_U ? CH_U : c === MARK_Y ? CH_Y : c === A_UML ? 0x61 : c === O_UML ? 0x6f : c === U_UML ? CH_U : c);
  }
  return out;
}
