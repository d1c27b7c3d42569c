import { createHash } from 'node:crypto';
import { encodeSolution, isAltchaChallenge, solveChallenge, type AltchaChallenge } from './altcha';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const challengeFor = (number: number, maxnumber = 5000, salt = 'a1b2c3?expires=1900000000'): AltchaChallenge => ({
    algorithm: 'SHA-256',
    challenge: sha256(salt + number),
    salt,
    signature: 'f'.repeat(64),
    maxnumber,
});

describe('solveChallenge', () => {
    it('finds the number with WebCrypto', async () => {
        await expect(solveChallenge(challengeFor(0))).resolves.toBe(0);
        await expect(solveChallenge(challengeFor(1234))).resolves.toBe(1234);
        await expect(solveChallenge(challengeFor(5000))).resolves.toBe(5000);
        await expect(solveChallenge(challengeFor(257), { batchSize: 1 })).resolves.toBe(257);
    });

    it('accepts an upper-case challenge', async () => {
        const c = challengeFor(42);
        await expect(solveChallenge({ ...c, challenge: c.challenge.toUpperCase() })).resolves.toBe(42);
    });

    it('gives up beyond maxnumber', async () => {
        await expect(solveChallenge(challengeFor(900, 500))).resolves.toBeNull();
    });

    it('can be aborted', async () => {
        const controller = new AbortController();
        controller.abort();
        await expect(solveChallenge(challengeFor(10), { signal: controller.signal })).rejects.toThrow('Aborted');
    });
});

describe('encodeSolution', () => {
    it('is base64 JSON of exactly the ALTCHA fields', () => {
        const c = challengeFor(7);
        const decoded = JSON.parse(Buffer.from(encodeSolution(c, 7), 'base64').toString('utf8'));
        expect(decoded).toEqual({ algorithm: 'SHA-256', challenge: c.challenge, number: 7, salt: c.salt, signature: c.signature });
        // and the server's check holds for it
        expect(sha256(decoded.salt + decoded.number)).toBe(decoded.challenge);
    });

    it('keeps non-ASCII salts intact', () => {
        const c = { ...challengeFor(1), salt: 'äöü' };
        expect(JSON.parse(Buffer.from(encodeSolution(c, 1), 'base64').toString('utf8')).salt).toBe('äöü');
    });
});

describe('isAltchaChallenge', () => {
    it('recognises the GET /api/public/challenge body', () => {
        expect(isAltchaChallenge(challengeFor(1))).toBe(true);
        expect(isAltchaChallenge({ ...challengeFor(1), algorithm: 'SHA-1' })).toBe(false);
        expect(isAltchaChallenge({ ...challengeFor(1), challenge: 'xyz' })).toBe(false);
        expect(isAltchaChallenge({ ...challengeFor(1), maxnumber: -1 })).toBe(false);
        expect(isAltchaChallenge({ statusCode: 404, message: 'Not Found' })).toBe(false);
        expect(isAltchaChallenge(null)).toBe(false);
    });
});
