/**
 * Triage of public submissions: finds personal data (e-mail addresses, phone numbers, IBANs),
 * profanity, links and too short stories, so moderators see problem entries first.
 *
 * Pure: no Nest, no I/O, no clock. Every regular expression is compiled once at module load;
 * one story of a few hundred characters takes a few microseconds.
 *
 * Offsets (`start`/`end`) are UTF-16 indices into the story, exactly as `story.slice(start, end)`
 * expects; they are only set for matches in the story. Matches in the place name, first name or
 * address carry the field in `detail` instead ("Ortsname – Link: www.example.de").
 *
 * Order of detection: IBAN → e-mail → link → phone. Each finding is masked (same length) before the
 * next detector runs, so the digits of an IBAN or of a URL are never reported as a phone number and
 * an e-mail address is not reported as a link as well. Profanity runs over the unmasked text.
 */
import { charKind, CodeBuffer, foldCode, foldString } from './chars';
import { PROFANITY } from './profanity';

export interface Flag {
  code: 'pii_email' | 'pii_phone' | 'pii_iban' | 'profanity' | 'spam_link' | 'too_short' | 'duplicate';
  /** what matched, short and German: "Telefonnummer: 0231 1234567", "Ortsname – Link: www.example.de" */
  detail: string;
  /** UTF-16 offsets of the match in the story (story flags only): story.slice(start, end) */
  start?: number;
  end?: number;
}

export type FlagCode = Flag['code'];

export interface TriageInput {
  placeName: string;
  story: string;
  address?: string | null;
  firstName?: string | null;
}

/** A story (trimmed) shorter than this many characters is flagged `too_short`. */
export const MIN_STORY_CHARS = 20;
/** At most this many flags of one code per field (a story full of links is one problem, not fifty). */
const MAX_PER_CODE = 10;

// ---------------------------------------------------------------------------------------------
// Matches

interface Hit {
  code: Exclude<FlagCode, 'too_short' | 'duplicate'>;
  start: number;
  end: number;
  label: string;
}

const LABEL: Record<Hit['code'], string> = {
  pii_email: 'E-Mail-Adresse',
  pii_phone: 'Telefonnummer',
  pii_iban: 'IBAN',
  profanity: 'Schimpfwort',
  spam_link: 'Link',
};

const WS = /\s+/g;
const oneLine = (s: string): string => s.replace(WS, ' ').trim();

function mask(text: string, hits: readonly Hit[]): string {
  if (!hits.length) return text;
  let out = '';
  let at = 0;
  for (const h of hits) {
    if (h.start < at) continue;
    out += text.slice(at, h.start) + '#'.repeat(h.end - h.start);
    at = h.end;
  }
  return out + text.slice(at);
}

// ---------------------------------------------------------------------------------------------
// IBAN (ISO 13616): two letters, two check digits, 11–30 alphanumerics, mod-97 checksum = 1

/** IBAN lengths of the SEPA countries and a few more; other countries: any length 15–34. */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22,
  DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21,
  HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24,
  ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24,
  SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ \u00a0-]?[A-Za-z0-9]){11,30}/gu;
const ALNUM = /[A-Za-z0-9]/;

export function ibanChecksumOk(compact: string): boolean {
  const s = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    if (c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else rem = (rem * 100 + (c - 55)) % 97;
  }
  return rem === 1;
}

/** Valid IBANs (as hits) and the spans of IBAN-shaped strings with a wrong checksum (to mask). */
function findIbans(text: string): { hits: Hit[]; shaped: Hit[] } {
  const hits: Hit[] = [];
  const shaped: Hit[] = [];
  IBAN_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IBAN_CANDIDATE.exec(text))) {
    const from = m.index;
    const raw = m[0];
    // positions of the alphanumeric characters
    const pos: number[] = [];
    let compact = '';
    for (let i = 0; i < raw.length; i++) {
      if (ALNUM.test(raw[i])) {
        pos.push(i);
        compact += raw[i];
      }
    }
    const upper = compact.toUpperCase();
    const country = upper.slice(0, 2);
    const known = IBAN_LENGTH[country];
    // lengths to try: the country's, else every length that ends at a group boundary
    const lengths: number[] = [];
    if (known !== undefined) {
      if (compact.length >= known) lengths.push(known);
    } else {
      for (let L = Math.min(34, compact.length); L >= 15; L--) lengths.push(L);
    }
    let found = false;
    for (const L of lengths) {
      const endRaw = pos[L - 1] + 1;
      const next = raw[endRaw];
      if (next !== undefined && ALNUM.test(next)) continue; // must end at a group boundary
      const candidate = upper.slice(0, L);
      if (known === undefined && !/^[A-Z]{2}\d{2}[A-Z0-9]*\d[A-Z0-9]*$/.test(candidate)) continue;
      if (ibanChecksumOk(candidate)) {
        hits.push({ code: 'pii_iban', start: from, end: from + endRaw, label: `${candidate.slice(0, 4)} …` });
        IBAN_CANDIDATE.lastIndex = from + endRaw;
        found = true;
        break;
      }
    }
    if (!found) {
      // IBAN-shaped (uppercase groups or the country's length) with a wrong checksum: masked for the
      // phone detector, never reported as an IBAN.
      const shape = /^[A-Za-z]{2}\d{2}(?:[ \u00a0-]?[A-Z0-9]{1,4})+/.exec(raw);
      let endRaw = shape ? shape[0].length : 0;
      if (known !== undefined && compact.length >= known) endRaw = Math.max(endRaw, pos[known - 1] + 1);
      if (endRaw > 0) shaped.push({ code: 'pii_iban', start: from, end: from + endRaw, label: '' });
      IBAN_CANDIDATE.lastIndex = from + Math.max(4, endRaw);
    }
  }
  return { hits, shaped };
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses, plain and obfuscated

/** Top-level domains accepted for bare domains and for spaced-out ("name @ domain . de") addresses. */
const STRONG_TLDS = [
  'de', 'com', 'net', 'org', 'info', 'biz', 'eu', 'io', 'shop', 'store', 'online', 'site', 'website', 'blog', 'app', 'dev',
  'xyz', 'top', 'club', 'ru', 'su', 'ch', 'at', 'nl', 'fr', 'pl', 'uk', 'tv', 'fm', 'cc', 'ws', 'ly', 'gl', 'gg', 'tk', 'cn',
  'nrw', 'ruhr', 'berlin', 'koeln', 'cologne', 'hamburg', 'bayern', 'link', 'click', 'live', 'news', 'art', 'travel', 'email',
  'media', 'digital', 'social', 'world', 'today', 'page', 'space', 'fun', 'vip', 'win', 'bet', 'casino', 'porn', 'sex', 'xxx',
  'dk', 'se', 'fi', 'cz', 'hu', 'gr', 'pt', 'ro', 'tr', 'ua', 'jp', 'kr', 'br', 'mx', 'au', 'nz', 'gov', 'edu',
];
/** Country codes that are also common words or abbreviations ("es", "in", "so", "to", "me", "it", "am", "ca.", …): only with a path. */
const WEAK_TLDS = ['es', 'in', 'so', 'to', 'me', 'it', 'be', 'is', 'us', 'co', 'ai', 'am', 'an', 'im', 'ag', 'la', 'li', 'lu', 'by', 'do', 'ms', 'st', 'no', 'ca'];
const STRONG_SET = new Set(STRONG_TLDS);
const WEAK_SET = new Set(WEAK_TLDS);

const L_N = String.raw`[\p{L}\p{N}]`;
const LOCAL = String.raw`${L_N}(?:[\p{L}\p{N}._%+\-]*[\p{L}\p{N}_])?`;
const LABEL_RE = String.raw`${L_N}(?:[\p{L}\p{N}\-]*${L_N})?`;
// Without the "i" flag, so that "lowercase TLD" can be said in the pattern; the words are spelled out.
const W_AT = String.raw`(?:[aA][tT]|[äÄ][tT])`;
const W_DOT = String.raw`(?:[dD][oO][tT]|[pP][uU][nN][kK][tT])`;
const AT = String.raw`(?<at>[ \t]*@[ \t]*|[ \t]*[(\[{<][ \t]*(?:${W_AT}|@)[ \t]*[)\]}>][ \t]*|[ \t]+${W_AT}[ \t]+)`;
const DOT_WORD = String.raw`[ \t]*[(\[{<][ \t]*${W_DOT}[ \t]*[)\]}>][ \t]*|[ \t]+${W_DOT}[ \t]+`;
/** a dot with spaces only right before a lowercase final label: "example . de", not "example.org. Das" */
const TLD_AHEAD = String.raw`(?=[a-z]{2,24}(?![\p{L}\p{N}\-]))`;
const DOT = String.raw`(?:\.|[ \t]+\.[ \t]*${TLD_AHEAD}|\.[ \t]+${TLD_AHEAD}|${DOT_WORD})`;
const EMAIL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])${LOCAL}${AT}(?<domain>${LABEL_RE}(?:${DOT}${LABEL_RE})*${DOT}(?<tld>\p{L}{2,24}))(?![\p{L}\p{N}\-])`,
  'gu',
);
/** plain "local@domain.tld", tried at the same place when the spaced reading fails */
const EMAIL_PLAIN = new RegExp(String.raw`${LOCAL}@(?:${LABEL_RE}\.)+\p{L}{2,24}(?![\p{L}\p{N}\-])`, 'uy');
const DOT_WORD_TEST = new RegExp(DOT_WORD, 'u');
const SPACED_DOT = /[ \t]\.|\.[ \t]/;

function findEmails(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!/@|\bat\b|ät/i.test(text)) return hits;
  EMAIL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMAIL_RE.exec(text))) {
    const g = m.groups ?? {};
    const at = g.at ?? '';
    const domain = g.domain ?? '';
    const tld = g.tld ?? '';
    const wordAt = !/[@(\[{<]/.test(at);
    const dotWords = DOT_WORD_TEST.test(domain);
    const tldLower = tld.toLowerCase();
    let ok = true;
    // "name at domain dot de": only with clear at and dot words
    if (wordAt && !dotWords) ok = false;
    // spaced forms ("name @ domain . de", "at"/"dot" words): a known TLD
    if (ok && (wordAt || dotWords || SPACED_DOT.test(domain) || /\s/.test(at))) {
      if (!(STRONG_SET.has(tldLower) || WEAK_SET.has(tldLower))) ok = false;
      // "wir trafen uns @ phoenixsee. es war toll": a spaced dot needs an unambiguous TLD
      else if (SPACED_DOT.test(domain) && !STRONG_SET.has(tldLower)) ok = false;
    }
    if (ok) {
      hits.push({ code: 'pii_email', start: m.index, end: m.index + m[0].length, label: oneLine(m[0]) });
      continue;
    }
    EMAIL_PLAIN.lastIndex = m.index;
    const plain = EMAIL_PLAIN.exec(text);
    if (plain) {
      hits.push({ code: 'pii_email', start: m.index, end: m.index + plain[0].length, label: plain[0] });
      EMAIL_RE.lastIndex = m.index + plain[0].length;
    } else EMAIL_RE.lastIndex = m.index + 1;
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Links and bare domains

const URL_RE = /(?<![\p{L}\p{N}])(?:(?:https?|ftp):\/\/|www\d{0,3}\.)[^\s<>"'„“”«»‚‘’]+/giu;
const TLD_ALT = [...STRONG_TLDS, ...WEAK_TLDS].sort((a, b) => b.length - a.length).join('|');
const BARE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._%+\-/])(?<host>(?:${LABEL_RE}\.)+)(?<tld>${TLD_ALT})(?![\p{L}\p{N}\-])(?<path>[/?#][^\s<>"'„“”«»‚‘’]*)?`,
  'giu',
);
/** Cheap pre-filters: a scheme or "www.", and a dot between a word character and two letters. */
const URL_HINT = /:\/\/|www\d{0,3}\./i;
function domainHint(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (i > 0 && i + 2 < text.length && charKind(text.charCodeAt(i - 1)) !== 0 && charKind(text.charCodeAt(i + 1)) === 1 && charKind(text.charCodeAt(i + 2)) === 1) return true;
  }
  return false;
}
const TRAILING_PUNCT = /[.,;:!?…)\]}'"»“”’]+$/u;

function trimUrl(s: string): string {
  let out = s.replace(TRAILING_PUNCT, '');
  // keep a closing parenthesis that belongs to the URL ("…/Foo_(Bar)")
  if (s.length > out.length && s[out.length] === ')' && out.includes('(') && !out.includes(')')) out += ')';
  return out;
}

function findLinks(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('.')) return hits;
  let m: RegExpExecArray | null;
  URL_RE.lastIndex = 0;
  while (URL_HINT.test(text) && (m = URL_RE.exec(text))) {
    const s = trimUrl(m[0]);
    if (!/[\p{L}\p{N}]\.[\p{L}\p{N}]|:\/\/[\p{L}\p{N}]/u.test(s)) continue;
    hits.push({ code: 'spam_link', start: m.index, end: m.index + s.length, label: s });
  }
  if (!domainHint(text)) return hits;
  const masked = mask(text, hits);
  BARE_RE.lastIndex = 0;
  while ((m = BARE_RE.exec(masked))) {
    const g = m.groups ?? {};
    const host = g.host ?? '';
    const tld = g.tld ?? '';
    const path = g.path ?? '';
    const labels = host.slice(0, -1).split('.');
    const main = labels[labels.length - 1];
    const tldLower = tld.toLowerCase();
    let ok = true;
    // the TLD as written: lowercase, or the whole domain in capitals ("WWW-LESS.DE"); "See.Es", "Dortmund.De" are sentences
    if (tld !== tldLower && !(tld === tld.toUpperCase() && host === host.toUpperCase())) ok = false;
    // a plausible domain label: a letter in it, two characters or more (or a path after it: "t.co/…")
    if (ok && (!/\p{L}/u.test(main) || (main.length < 2 && !path))) ok = false;
    // single-letter labels all the way ("z.b.", "u.a.", "e.v.") are abbreviations
    if (ok && labels.every((l) => l.length <= 1) && path.length < 2) ok = false;
    if (ok && WEAK_SET.has(tldLower) && !STRONG_SET.has(tldLower) && path.length < 2) ok = false;
    if (!ok) continue;
    const s = trimUrl(m[0]);
    hits.push({ code: 'spam_link', start: m.index, end: m.index + s.length, label: s });
  }
  return hits.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Phone numbers
//
// A run of digit groups joined by one separator (space, "/", "-", "–", a dot without spaces, " (0)";
// single digits spaced out, "0 1 7 6 …", are joined first) is a phone number when
// - it starts with "+" and a country code and has 8–15 digits ("+49 231 1234567", "+44 20 7946 0958",
//   "+49 (0)176 12345678": the "(0)" does not count), or
// - it starts with "00" and a country code and has 10–15 digits ("0049 231 1234567"), or
// - it starts with a German trunk "0" and an area code of 2–5 digits (the first group has 3–6 digits,
//   or the whole number is written without separators) and has 8–13 digits ("0231 1234567",
//   "(0231) 12 34 56", "0176/12345678", "0231-12 34 56"), or
// - a phone keyword ("Tel.", "Telefon", "Handy", "Nummer", "WhatsApp", "ruf mich an" …) stands right
//   before it and it has 6–13 digits.
// Years, year ranges, postcodes, house numbers, times, prices, counts and line numbers ("U42",
// "Linie 440") have no leading zero or "+" or too few digits; in dates ("01.05.2026") the first group
// is shorter than an area code; opening hours ("0900-1800", "09 – 17 Uhr") are recognised as such;
// a digit right after a decimal point or comma never starts a number ("80.000", "0,5").
// The address field is not checked: street numbers and postcodes belong there.

const PH_PIECE = String.raw`(?:\+[ \u00a0]?\d+|\([ \u00a0]?\+?\d{1,6}[ \u00a0]?\)|\d+)`;
const PH_SEP = String.raw`(?:[ \u00a0]?\(0\)[ \u00a0]?|[ \u00a0]?[\/\-–—][ \u00a0]?|\.|[ \u00a0]{1,2})`;
const PHONE_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!\d[.,])${PH_PIECE}(?:${PH_SEP}${PH_PIECE})*`, 'gu');
const PH_PIECES = /\+[ \u00a0]?\d+|\([ \u00a0]?\+?\d{1,6}[ \u00a0]?\)|\d+/g;
const PHONE_KEYWORD =
  /(?:^|[^\p{L}])(?:tel|telefon\w*|fon|phone|handy\w*|mobil\w*|whats\s?app|signal|sms|anrufen|rufnummer|\w*nummer|call|erreichbar\w*|ruf\w*\s+(?:mich|uns|gern|gerne|einfach)(?:\s+\p{L}+)?\s+an)[^\p{L}\p{N}\n]{0,6}(?:\p{L}+[^\p{L}\p{N}\n]{1,3}){0,2}$/iu;
const AFTER_TIME = /^\s*(?:uhr|h)(?![\p{L}\p{N}])/iu;
const WS_ONLY = /^[ \u00a0]*$/;

interface Piece {
  start: number;
  end: number;
  digits: string;
  plus: boolean;
  paren: boolean;
  sep: string;
}

type PhoneMode = 'intl' | 'intl00' | 'nat' | 'kw';

const PHONE_LIMITS: Record<PhoneMode, [number, number]> = { intl: [8, 15], intl00: [10, 15], nat: [8, 13], kw: [6, 13] };

function phoneMode(text: string, p: Piece): PhoneMode | null {
  if (p.plus) return p.digits.length >= 1 ? 'intl' : null;
  const d = p.digits;
  if (d.length >= 4 && d[0] === '0' && d[1] === '0' && d[2] !== '0') return 'intl00';
  if (d.length >= 3 && d[0] === '0' && d[1] !== '0') return 'nat';
  if (d.length >= 2 && PHONE_KEYWORD.test(text.slice(Math.max(0, p.start - 40), p.start))) return 'kw';
  return null;
}

function findPhones(text: string): Hit[] {
  const hits: Hit[] = [];
  PHONE_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE_RUN.exec(text))) {
    const run = m[0];
    if (run.length < 6) continue;
    const base = m.index;
    const pieces: Piece[] = [];
    PH_PIECES.lastIndex = 0;
    let pm: RegExpExecArray | null;
    let prevEnd = 0;
    while ((pm = PH_PIECES.exec(run))) {
      const s = pm[0];
      pieces.push({
        start: base + pm.index,
        end: base + pm.index + s.length,
        digits: s.replace(/\D/g, ''),
        plus: s[0] === '+',
        paren: s[0] === '(',
        sep: run.slice(prevEnd, pm.index),
      });
      prevEnd = pm.index + s.length;
    }
    // "0 1 7 6 1 2 3 4 5 6 7": single digits spaced out are one group
    for (let a = 0; a < pieces.length; a++) {
      if (pieces[a].digits.length !== 1 || pieces[a].plus || pieces[a].paren) continue;
      let b = a;
      while (b + 1 < pieces.length && pieces[b + 1].digits.length === 1 && !pieces[b + 1].paren && /^[ \u00a0.\-]$/.test(pieces[b + 1].sep)) b++;
      if (b - a >= 3) {
        const merged: Piece = { ...pieces[a], end: pieces[b].end, digits: pieces.slice(a, b + 1).map((x) => x.digits).join('') };
        pieces.splice(a, b - a + 1, merged);
      }
    }
    for (let i = 0; i < pieces.length; i++) {
      const first = pieces[i];
      const mode = phoneMode(text, first);
      if (!mode) continue;
      const [min, max] = PHONE_LIMITS[mode];
      let total = first.digits.length;
      let best = total >= min && total <= max ? i : -1;
      // nat: a first group longer than an area code only stands alone ("02311234567")
      const alone = (mode === 'nat' && first.digits.length > 6) || (mode === 'intl00' && first.digits.length > 6);
      if (!alone) {
        for (let k = i + 1; k < pieces.length; k++) {
          const q = pieces[k];
          if (q.plus) break;
          if ((mode === 'intl' || mode === 'intl00') && q.paren && q.digits === '0') continue; // "+49 (0)231"
          if (WS_ONLY.test(q.sep) && q.digits.length < 2) break;
          if (total + q.digits.length > max) break;
          total += q.digits.length;
          if (total >= min) best = k;
        }
      }
      if (best < 0) continue;
      if (mode === 'nat' && best > i && (first.digits.length < 3 || first.digits.length > 6)) continue;
      const start = first.start;
      const end = pieces[best].end;
      // "0800-1800 Uhr", "09 – 17 h": opening hours
      if (AFTER_TIME.test(text.slice(end, end + 6))) continue;
      if (best === i + 1 && /^\d{4}$/.test(first.digits) && /^\d{4}$/.test(pieces[best].digits) && /-|–/.test(pieces[best].sep)) {
        const a = +first.digits;
        const b = +pieces[best].digits;
        if (a <= 2400 && b <= 2400 && a % 100 < 60 && b % 100 < 60) continue;
      }
      hits.push({ code: 'pii_phone', start, end, label: oneLine(text.slice(start, end)) });
      i = best;
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Profanity (word lists and decisions: profanity.ts)
//
// Words (letters and digits, with "@$*!|" allowed inside a word) are folded in one pass into a
// buffer: lowercase, ä/ae → a, ö/oe → o, ü/ue → u, ß/ss → s, other diacritics dropped, leetspeak mapped
// in words that mix letters with digits or symbols ("sch31ße", "a$$hole"), repeated letters
// collapsed ("scheiiiße"). A trie of the folded stems is walked from every position of every word;
// a stem counts by its kind (whole word, word start, anywhere), and the allowlist always wins.

const LEET_CODES = new Int32Array(128).fill(-1);
for (const [k, v] of Object.entries({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i' })) {
  LEET_CODES[k.charCodeAt(0)] = v.charCodeAt(0);
}
const SYMBOL = new Uint8Array(128);
for (const c of '@$*!|') SYMBOL[c.charCodeAt(0)] = 1;

/** cbuf: the word being scanned; wbuf: canonicalWord() (word lists, spaced-out letters) */
const cbuf = new CodeBuffer();
const wbuf = new CodeBuffer();

/**
 * Appends the folded form of the word text[start, end) to cbuf. `leet`: map digits and symbols to
 * letters (only for words that mix them with letters). The word lists go through the same function.
 */
function foldWordInto(out: CodeBuffer, text: string, start: number, end: number, leet: boolean): void {
  out.ensure((end - start) * 2 + 2);
  const buf = out.buf;
  let pos = out.length;
  const begin = pos;
  let last = -1;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) code += 32;
      else if (leet && LEET_CODES[code] >= 0) code = LEET_CODES[code];
    } else {
      const kind = charKind(code);
      if (kind !== 1 && kind !== 2) continue; // combining marks of decomposed input
      code = foldCode(code);
      if (code >= 0x250 && code === text.charCodeAt(i)) {
        const f = foldString(code);
        if (f.length > 1) {
          for (let j = 0; j < f.length; j++) {
            const c = f.charCodeAt(j);
            if (c !== last) buf[pos++] = last = c;
          }
          continue;
        }
      }
    }
    // "ae", "oe", "ue" → "a", "o", "u" (the other direction of umlaut folding)
    if (code === 101 && pos > begin && (last === 97 || last === 111 || last === 117)) continue;
    if (code === last) continue; // repeated letters
    buf[pos++] = last = code;
  }
  out.length = pos;
}

function wordFlags(word: string): boolean {
  let letter = false;
  let other = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const k = charKind(code);
    if (k === 1) letter = true;
    else if (k === 2 || (code < 128 && SYMBOL[code])) other = true;
  }
  return letter && other;
}

/** Folded form of a word, as the profanity check compares it. '*' is kept (a wildcard). */
export function canonicalWord(word: string): string {
  wbuf.reset(word.length * 2 + 2);
  foldWordInto(wbuf, word, 0, word.length, wordFlags(word));
  return wbuf.toString();
}

// The stems as a trie over a–z: transitions in a flat table, the kinds (bit set) per node.
const KIND_EXACT = 1;
const KIND_PREFIX = 2;
const KIND_INFIX = 4;
const trieNext: number[] = [];
const trieKind: number[] = [];
function trieNode(): number {
  for (let i = 0; i < 26; i++) trieNext.push(-1);
  trieKind.push(0);
  return trieKind.length - 1;
}
trieNode();
function addStem(word: string, kind: number): void {
  const c = canonicalWord(word);
  if (!/^[a-z]{2,}$/.test(c)) throw new Error(`profanity stem must fold to a–z: ${word} → ${c}`);
  let node = 0;
  for (let i = 0; i < c.length; i++) {
    const slot = node * 26 + (c.charCodeAt(i) - 97);
    if (trieNext[slot] < 0) trieNext[slot] = trieNode();
    node = trieNext[slot];
  }
  trieKind[node] |= kind;
}
for (const w of PROFANITY.exact) addStem(w, KIND_EXACT);
for (const w of PROFANITY.prefix) addStem(w, KIND_PREFIX);
for (const w of PROFANITY.infix) addStem(w, KIND_INFIX);
const TRIE_NEXT = Int32Array.from(trieNext);
const TRIE_KIND = Uint8Array.from(trieKind);
const ALLOW = new Set(PROFANITY.allow.map(canonicalWord));
const WILDCARD_TARGETS = [...new Set(PROFANITY.wildcardTargets.map(canonicalWord))];

/** Does the folded word buf[from, to) contain a stem of the right kind? */
function stemIn(buf: Uint16Array, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    let node = 0;
    for (let j = p; j < to; j++) {
      const c = buf[j] - 97;
      if (c < 0 || c >= 26) break;
      node = TRIE_NEXT[node * 26 + c];
      if (node < 0) break;
      const kind = TRIE_KIND[node];
      if (kind === 0) continue;
      if (kind & KIND_INFIX) return true;
      if (p === from && kind & KIND_PREFIX) return true;
      if (p === from && j + 1 === to && kind & KIND_EXACT) return true;
    }
  }
  return false;
}

function badFolded(word: string): boolean {
  if (ALLOW.has(word)) return false;
  const codes = new Uint16Array(word.length);
  for (let i = 0; i < word.length; i++) codes[i] = word.charCodeAt(i);
  return stemIn(codes, 0, codes.length);
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wildcardBad(folded: string): boolean {
  if (folded.replace(/\*/g, '').length < 2) return false;
  const re = new RegExp(`^${folded.split(/\*+/).map(esc).join('[a-z]{1,4}')}$`);
  return WILDCARD_TARGETS.some((t) => re.test(t));
}

const SPACED_GAP = /^[ .\-_·*/+]{1,2}$/;

function findProfanity(text: string): Hit[] {
  const hits: Hit[] = [];
  const n = text.length;
  cbuf.reset(n * 2 + 16);
  // single-letter words, for "s.c.h.e.i.ß.e"
  let runStart = -1;
  let runEnd = -1;
  let runCount = 0;
  const flushRun = (): void => {
    if (runCount >= 3) {
      const w = canonicalWord(text.slice(runStart, runEnd).replace(/[^\p{L}\p{M}\p{N}@$!|]+/gu, ''));
      if ((badFolded(w) || (w.includes('*') && wildcardBad(w))) && !hits.some((h) => h.start < runEnd && h.end > runStart)) {
        hits.push({ code: 'profanity', start: runStart, end: runEnd, label: text.slice(runStart, runEnd) });
      }
    }
    runStart = -1;
    runCount = 0;
  };
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let k = code < 128 ? ((code | 32) >= 97 && (code | 32) <= 122 ? 1 : code >= 48 && code <= 57 ? 2 : 0) : charKind(code);
    if (k === 0 || k === 3) {
      i++;
      continue;
    }
    const start = i;
    let letter = k === 1;
    let other = k === 2;
    let star = false;
    for (;;) {
      i++;
      if (i >= n) break;
      code = text.charCodeAt(i);
      k = code < 128 ? ((code | 32) >= 97 && (code | 32) <= 122 ? 1 : code >= 48 && code <= 57 ? 2 : 0) : charKind(code);
      if (k === 1) {
        letter = true;
        continue;
      }
      if (k === 2) {
        other = true;
        continue;
      }
      if (k === 3) continue;
      // leetspeak and censoring symbols inside a word: "a$$hole", "f*ck", "sch!ße"
      if (code < 128 && SYMBOL[code]) {
        let j = i;
        while (j < n && text.charCodeAt(j) < 128 && SYMBOL[text.charCodeAt(j)]) j++;
        if (j < n && charKind(text.charCodeAt(j)) !== 0) {
          other = true;
          if (text.slice(i, j).includes('*')) star = true;
          i = j;
          continue;
        }
      }
      break;
    }
    const end = i;
    const from = cbuf.length;
    foldWordInto(cbuf, text, start, end, letter && other);
    const to = cbuf.length;
    // spaced-out letters: a run of one-letter words with one or two separators between them
    if (to - from === 1 && end - start <= 2) {
      if (runCount > 0 && SPACED_GAP.test(text.slice(runEnd, start))) {
        runEnd = end;
        runCount++;
      } else {
        flushRun();
        runStart = start;
        runEnd = end;
        runCount = 1;
      }
    } else if (runCount > 0) flushRun();
    let bad = stemIn(cbuf.buf, from, to);
    if (bad || star) {
      const folded = cbuf.toString(from, to);
      if (bad && ALLOW.has(folded)) bad = false;
      if (!bad && star) bad = wildcardBad(folded);
    }
    if (bad) hits.push({ code: 'profanity', start, end, label: text.slice(start, end) });
    cbuf.length = from; // the buffer only ever holds the current word
  }
  flushRun();
  return hits.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Fields

type Detector = 'iban' | 'email' | 'link' | 'phone' | 'profanity';

/** All findings in one text, in the order of their position. */
export function scanText(text: string, detectors: readonly Detector[] = ['iban', 'email', 'link', 'phone', 'profanity']): Hit[] {
  if (!text) return [];
  const all: Hit[] = [];
  let work = text;
  if (detectors.includes('iban') && /\d\d/.test(work)) {
    const { hits, shaped } = findIbans(work);
    all.push(...hits);
    work = mask(work, [...hits, ...shaped].sort((a, b) => a.start - b.start));
  }
  if (detectors.includes('email')) {
    const hits = findEmails(work);
    all.push(...hits);
    work = mask(work, hits);
  }
  if (detectors.includes('link')) {
    const hits = findLinks(work);
    all.push(...hits);
    work = mask(work, hits);
  }
  if (detectors.includes('phone') && /\d/.test(work)) all.push(...findPhones(work));
  if (detectors.includes('profanity')) all.push(...findProfanity(text));
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}

const FIELD_LABEL = { placeName: 'Ortsname', firstName: 'Vorname', address: 'Adresse' } as const;

function toFlags(hits: Hit[], field: keyof typeof FIELD_LABEL | 'story'): Flag[] {
  const out: Flag[] = [];
  const perCode = new Map<string, number>();
  const details = new Set<string>();
  for (const h of hits) {
    const n = perCode.get(h.code) ?? 0;
    if (n >= MAX_PER_CODE) continue;
    const detail = field === 'story' ? `${LABEL[h.code]}: ${h.label}` : `${FIELD_LABEL[field]} – ${LABEL[h.code]}: ${h.label}`;
    if (field !== 'story') {
      if (details.has(detail)) continue;
      details.add(detail);
    }
    perCode.set(h.code, n + 1);
    out.push(field === 'story' ? { code: h.code, detail, start: h.start, end: h.end } : { code: h.code, detail });
  }
  return out;
}

/** Number of characters as a person counts them (code points, not UTF-16 units). */
function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * Triage of one submission or edit. Story, place name and first name are checked for personal data,
 * profanity and links; the address only for e-mail addresses, links and IBANs (street numbers and
 * postcodes are expected there). Story flags carry `start`/`end`.
 */
export function triageText(input: TriageInput): Flag[] {
  const story = input.story ?? '';
  const flags: Flag[] = toFlags(scanText(story), 'story');
  const trimmed = story.trim();
  const n = charCount(trimmed);
  if (n < MIN_STORY_CHARS) flags.push({ code: 'too_short', detail: `Text zu kurz (${n} Zeichen)` });
  if (input.placeName) flags.push(...toFlags(scanText(input.placeName), 'placeName'));
  if (input.firstName) flags.push(...toFlags(scanText(input.firstName), 'firstName'));
  if (input.address) flags.push(...toFlags(scanText(input.address, ['iban', 'email', 'link']), 'address'));
  return flags;
}
