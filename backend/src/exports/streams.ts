import { Transform } from 'node:stream';

const LF = 0x0a;
const CR = 0x0d;
const COMMA = Buffer.from(',');

/**
 * LF → CRLF (RFC 4180), on bytes. UTF-8 never uses the bytes 0x0A or 0x0D inside a multi-byte
 * character, so working on the raw bytes needs no decoding and cannot split or re-encode a character
 * (decoding as latin1 and pushing the string made Node re-encode it as UTF-8: "Hörde" → "HÃ¶rde").
 * An LF already preceded by CR (also across a chunk boundary) is left alone; a chunk without a bare
 * LF passes through untouched.
 */
export function crlf(): Transform {
  let previous = -1; // last byte of the previous chunk
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!chunk.length) return done();
      const before = (i: number) => (i ? chunk[i - 1] : previous);
      let bare = 0;
      for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) if (before(i) !== CR) bare++;
      const out = bare ? Buffer.allocUnsafe(chunk.length + bare) : chunk;
      if (bare) {
        let from = 0;
        let to = 0;
        for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) {
          if (before(i) === CR) continue;
          to += chunk.copy(out, to, from, i);
          out[to++] = CR;
          from = i;
        }
        chunk.copy(out, to, from);
      }
      previous = chunk[chunk.length - 1];
      done(null, out);
    },
  });
}

/**
 * One JSON feature per line (COPY output) → the body of an RFC 7946 FeatureCollection: the features
 * separated by commas, one per line. Works on bytes too (a comma goes before every line but the
 * first), so multi-byte characters split across chunks pass through unchanged.
 */
export function featureCollection(): Transform {
  let started = false; // a feature has begun
  let atLineStart = true;
  return new Transform({
    construct(done) {
      this.push(Buffer.from('{"type":"FeatureCollection","features":[\n'));
      done();
    },
    transform(chunk: Buffer, _enc, done) {
      const parts: Buffer[] = [];
      for (let from = 0; from < chunk.length; ) {
        if (atLineStart && chunk[from] !== LF) {
          if (started) parts.push(COMMA);
          started = true;
          atLineStart = false;
        }
        const lf = chunk.indexOf(LF, from);
        const end = lf === -1 ? chunk.length : lf + 1;
        parts.push(chunk.subarray(from, end));
        if (lf !== -1) atLineStart = true;
        from = end;
      }
      done(null, parts.length === 1 ? parts[0] : Buffer.concat(parts));
    },
    flush(done) {
      done(null, Buffer.from(']}\n'));
    },
  });
}
