// Solver for the optional proof-of-work challenge (ALTCHA format, GET /api/public/challenge):
// find the integer n in 0..maxnumber with hex(SHA-256(salt + n)) === challenge, then send
// base64(JSON {algorithm, challenge, number, salt, signature}) as `altcha`. WebCrypto only,
// so it runs in the browser and in node (jest) alike.

export interface AltchaChallenge {
    algorithm: 'SHA-256';
    challenge: string;
    salt: string;
    signature: string;
    maxnumber: number;
}

/** Upper bound we are willing to search, whatever the server says (10 million hashes is minutes on a phone). */
export const MAX_SEARCH = 10_000_000;

export const isAltchaChallenge = (body: unknown): body is AltchaChallenge => {
    if (!body || typeof body !== 'object') return false;
    const c = body as Record<string, unknown>;
    return (
        c.algorithm === 'SHA-256' &&
        typeof c.challenge === 'string' &&
        /^[0-9a-f]{64}$/i.test(c.challenge) &&
        typeof c.salt === 'string' &&
        typeof c.signature === 'string' &&
        typeof c.maxnumber === 'number' &&
        Number.isSafeInteger(c.maxnumber) &&
        c.maxnumber >= 0
    );
};

const toHex = (buffer: ArrayBuffer): string => {
    const bytes = new Uint8Array(buffer);
    let hex = '';
    for (let i = 0; i < bytes.length; i++) hex += bytes[i].toString(16).padStart(2, '0');
    return hex;
};

export interface SolveOptions {
    subtle?: SubtleCrypto;
    /** Hashes started at once; WebCrypto is asynchronous, so batches keep it busy. */
    batchSize?: number;
    signal?: AbortSignal;
}

/** The number that solves the challenge, or null when none in 0..maxnumber does. */
export const solveChallenge = async (challenge: AltchaChallenge, options: SolveOptions = {}): Promise<number | null> => {
    const subtle = options.subtle ?? globalThis.crypto?.subtle;
    if (!subtle) throw new Error('WebCrypto is not available');
    const batchSize = Math.max(1, options.batchSize ?? 256);
    const target = challenge.challenge.toLowerCase();
    const max = Math.min(challenge.maxnumber, MAX_SEARCH);
    const encoder = new TextEncoder();
    for (let start = 0; start <= max; start += batchSize) {
        if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
        const end = Math.min(max, start + batchSize - 1);
        const hashes = [];
        for (let n = start; n <= end; n++) hashes.push(subtle.digest('SHA-256', encoder.encode(challenge.salt + n)));
        const results = await Promise.all(hashes);
        for (let i = 0; i < results.length; i++) if (toHex(results[i]) === target) return start + i;
    }
    return null;
};

/** base64 of UTF-8 bytes, without Buffer (browser) or the Latin-1 limit of btoa on strings. */
const base64 = (text: string): string => {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return btoa(binary);
};

/** The `altcha` field of the submission for a solved challenge. */
export const encodeSolution = (challenge: AltchaChallenge, number: number): string =>
    base64(
        JSON.stringify({
            algorithm: challenge.algorithm,
            challenge: challenge.challenge,
            number,
            salt: challenge.salt,
            signature: challenge.signature,
        }),
    );
