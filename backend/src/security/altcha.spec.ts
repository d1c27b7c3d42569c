import { createChallenge, solveChallenge, verifySolution } from './altcha';

describe('proof-of-work challenge (ALTCHA format)', () => {
  const key = 'k'.repeat(32);
  const now = Date.UTC(2026, 4, 9, 12);

  it('accepts a solved challenge and says when it expires', () => {
    const c = createChallenge(key, 1000, now + 60_000);
    const solution = solveChallenge(c)!;
    const result = verifySolution(key, solution, 1000, now);
    expect(result).toEqual({ ok: true, challenge: c.challenge, expiresAt: Math.floor((now + 60_000) / 1000) * 1000 });
  });

  it('refuses a wrong number, a foreign signature, an expired challenge and garbage, naming why', () => {
    const c = createChallenge(key, 1000, now + 60_000);
    const payload = JSON.parse(Buffer.from(solveChallenge(c)!, 'base64').toString());
    const encode = (p: object) => Buffer.from(JSON.stringify(p)).toString('base64');
    expect(verifySolution(key, encode({ ...payload, number: (payload.number + 1) % 1001 }), 1000, now)).toEqual({ ok: false, reason: 'the challenge solution is wrong' });
    expect(verifySolution('x'.repeat(32), solveChallenge(c), 1000, now)).toEqual({ ok: false, reason: 'the challenge was not issued by this server' });
    expect(verifySolution(key, solveChallenge(c), 1000, now + 61_000)).toEqual({ ok: false, reason: 'the challenge has expired; load a new one' });
    expect(verifySolution(key, encode({ ...payload, number: 5000 }), 1000, now).ok).toBe(false);
    for (const bad of [undefined, '', 'not base64 json', 42, encode({}), encode([1])]) {
      expect(verifySolution(key, bad, 1000, now).ok).toBe(false);
    }
  });

  it('a forged challenge with the right hash but made up by the client is refused', () => {
    const c = createChallenge('attacker-key-'.padEnd(32, 'x'), 10, now + 60_000);
    expect(verifySolution(key, solveChallenge(c), 10, now)).toEqual({ ok: false, reason: 'the challenge was not issued by this server' });
  });
});
