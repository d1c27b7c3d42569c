/**
 * Near-duplicate detection for stories: the same or nearly the same story submitted again for a place
 * within DUPLICATE_RADIUS_M. Candidate selection (same area) is done by SQL in the service; this file
 * only compares texts.
 *
 * Measure: the Jaccard index of the character 3-grams of the normalised stories (lowercase, umlauts
 * folded, punctuation, emoji and extra whitespace removed; the single space between words is part of
 * the 3-grams, so word boundaries count). Typical re-submissions (other casing, "!!" instead of ".",
 * a trailing newline, doubled spaces, an emoji, a fixed typo, a changed word or a greeting added to a
 * longer story) score ≥ 0.9; different stories about the same place score far lower, even when they
 * share phrases.
 *
 * Pure and fast: 3-grams are small integers streamed straight from the raw text into open-addressing
 * hash tables (no strings, no garbage), and a candidate is abandoned as soon as it has too many
 * 3-grams the story does not have to reach the threshold – most candidates after a few dozen
 * characters. One story against 50 candidates takes a few dozen microseconds.
 */
import { charKind, CodeBuffer, foldString } from './chars';
import type { Flag } from './triage';

export const DUPLICATE_RADIUS_M = 200;
// Builtins held locally: global lookups are slow in some hosts (vm contexts such as jest's).
const { imul, log2, floor, max } = Math;
export const DUPLICATE_THRESHOLD = 0.9;

const UMLAUT: Record<number, string> = { 0xe4: 'ae', 0xf6: 'oe', 0xfc: 'ue', 0xc4: 'ae', 0xd6: 'oe', 0xdc: 'ue', 0xdf: 'ss', 0x1e9e: 'ss' };

/**
 * The normalising scanner, shared by normaliseStory() and the 3-gram stream: calls sink.put() for
 * every character of the normalised text. Lowercase, umlauts folded (ä → ae, ß → ss), other
 * diacritics dropped (é → e), every run of anything that is not a letter or a digit (punctuation,
 * emoji, line breaks, spaces) → one space, nothing at either end.
 */
interface Sink {
  put(code: number): void;
  stop: boolean;
}

function scan(story: string, sink: Sink): void {
  const n = story.length;
  let space = false;
  let emitted = false;
  let last = 0;
  for (let i = 0; i < n && !sink.stop; i++) {
    const code = story.charCodeAt(i);
    let c = -1;
    let multi: string | undefined;
    if (code < 128) {
      if (code >= 97 && code <= 122) c = code;
      else if (code >= 65 && code <= 90) c = code + 32;
      else if (code >= 48 && code <= 57) c = code;
    } else {
      const kind = charKind(code);
      if (kind === 3) {
        // decomposed umlaut: "a" + U+0308 → "ae"
        if (code === 0x308 && !space && (last === 97 || last === 111 || last === 117)) {
          sink.put(101);
          last = 101;
        }
        continue;
      }
      if (kind === 2) c = code;
      else if (kind === 1) {
        multi = UMLAUT[code];
        if (multi === undefined) {
          const f = foldString(code);
          if (f.length === 1) c = f.charCodeAt(0);
          else if (f.length > 1) multi = f;
        }
      }
    }
    if (c < 0 && multi === undefined) {
      space = true;
      continue;
    }
    if (space && emitted) sink.put(32);
    space = false;
    emitted = true;
    if (multi !== undefined) {
      for (let j = 0; j < multi.length; j++) sink.put(multi.charCodeAt(j));
      last = multi.charCodeAt(multi.length - 1);
    } else {
      sink.put(c);
      last = c;
    }
  }
}

class StringSink implements Sink {
  stop = false;
  readonly out = new CodeBuffer();
  put(code: number): void {
    this.out.push(code);
  }
}
const stringSink = new StringSink();

/** Lowercase, umlauts folded (ä → ae, ß → ss), other diacritics dropped, everything but letters and digits → one space, trimmed. */
export function normaliseStory(story: string): string {
  stringSink.out.reset(story.length * 2 + 8);
  scan(story, stringSink);
  return stringSink.out.toString();
}

// ---------------------------------------------------------------------------------------------
// 3-gram sets as open-addressing hash tables over small integers

class GramTable {
  keys = new Int32Array(1024);
  stamp = new Uint32Array(1024);
  epoch = 0;
  mask = 1023;
  shift = 22; // 32 − log2(size): the slot comes from the high bits of the multiplicative hash

  reset(n: number): void {
    let size = 1024;
    while (size < n * 2) size <<= 1;
    if (size > this.keys.length) {
      this.keys = new Int32Array(size);
      this.stamp = new Uint32Array(size);
      this.epoch = 0;
    }
    this.mask = this.keys.length - 1;
    this.shift = 32 - log2(this.keys.length);
    this.epoch++;
    if (this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
  }

  /** true when the key was new */
  add(k: number): boolean {
    let i = imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      if (this.stamp[i] !== this.epoch) {
        this.stamp[i] = this.epoch;
        this.keys[i] = k;
        return true;
      }
      if (this.keys[i] === k) return false;
      i = (i + 1) & this.mask;
    }
  }

  has(k: number): boolean {
    let i = imul(k, 0x9e3779b1) >>> this.shift;
    for (;;) {
      if (this.stamp[i] !== this.epoch) return false;
      if (this.keys[i] === k) return true;
      i = (i + 1) & this.mask;
    }
  }
}

/**
 * Streams the 3-grams of a normalised text into `table`. With `query`, counts the distinct 3-grams
 * that are (inter) and are not (misses) in the query, and stops once misses exceed maxMisses.
 * 3-gram code: three 10-bit character codes (characters beyond U+03FF are folded, rare collisions).
 */
class GramSink implements Sink {
  stop = false;
  table!: GramTable;
  query: GramTable | null = null;
  maxMisses = Infinity;
  chars = 0;
  unique = 0;
  inter = 0;
  misses = 0;
  private c0 = 0;
  private c1 = 0;

  start(table: GramTable, capacity: number, query: GramTable | null, maxMisses: number): this {
    this.table = table;
    table.reset(capacity);
    this.query = query;
    this.maxMisses = maxMisses;
    this.stop = false;
    this.chars = this.unique = this.inter = this.misses = 0;
    return this;
  }

  put(code: number): void {
    if (++this.chars >= 3) {
      const k = ((this.c0 & 1023) << 20) | ((this.c1 & 1023) << 10) | (code & 1023);
      if (this.table.add(k)) {
        this.unique++;
        if (this.query) {
          if (this.query.has(k)) this.inter++;
          else if (++this.misses > this.maxMisses) this.stop = true;
        }
      }
    }
    this.c0 = this.c1;
    this.c1 = code;
  }
}

const queryTable = new GramTable();
const otherTable = new GramTable();
const querySink = new GramSink();
const otherSink = new GramSink();

/** Loads the query's 3-grams into queryTable; returns [distinct 3-grams, normalised length]. */
function loadQuery(story: string): [number, number] {
  scan(story, querySink.start(queryTable, story.length * 2 + 8, null, Infinity));
  return [querySink.unique, querySink.chars];
}

/** Jaccard of the loaded query (ua distinct 3-grams) and `story`; 0 as soon as it cannot reach `atLeast`. */
function scoreAgainst(ua: number, queryChars: number, query: string, story: string, atLeast: number): number {
  // J = inter / (ua + misses) ≤ ua / (ua + misses): too many misses and J < atLeast
  const maxMisses = atLeast > 0 ? floor((ua * (1 - atLeast)) / atLeast) : Infinity;
  const s = otherSink.start(otherTable, story.length * 2 + 8, queryTable, maxMisses);
  scan(story, s);
  if (s.stop) return 0;
  if (queryChars < 3 || s.chars < 3) return normaliseStory(query) === normaliseStory(story) ? 1 : 0;
  return s.inter / (ua + s.unique - s.inter);
}

/** Similarity of two stories in [0, 1]: Jaccard index of the character 3-grams of the normalised texts. */
export function similarity(a: string, b: string): number {
  const [ua, chars] = loadQuery(a);
  return scoreAgainst(ua, chars, a, b, 0);
}

export interface DuplicateMatch {
  id: string;
  score: number;
}

/**
 * The most similar candidate with a score ≥ threshold, or null. Candidates are the stories already
 * submitted for places within DUPLICATE_RADIUS_M (selected by the caller). Ties go to the earlier
 * candidate in the list.
 */
export function findDuplicate(story: string, candidates: ReadonlyArray<{ id: string; story: string }>, threshold = DUPLICATE_THRESHOLD): DuplicateMatch | null {
  if (!candidates.length) return null;
  const [ua, chars] = loadQuery(story);
  let best: DuplicateMatch | null = null;
  for (const c of candidates) {
    const score = scoreAgainst(ua, chars, story, c.story ?? '', best ? max(threshold, best.score) : threshold);
    if (score >= threshold && (!best || score > best.score)) {
      best = { id: c.id, score };
      if (score === 1) break;
    }
  }
  return best;
}

/** The flag for a match: `Ähnlich wie Eintrag <id> (93 %)`. */
export function duplicateFlag(match: DuplicateMatch): Flag {
  return { code: 'duplicate', detail: `Ähnlich wie Eintrag ${match.id} (${floor(match.score * 100 + 1e-9)} %)` };
}
