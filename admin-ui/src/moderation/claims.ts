// The server's 409 for a claim names who holds the entry ("x@y.de is reviewing
// this entry until …"); the console says it in its own language.

const EMAIL = /[^\s@"'„“<>()]+@[^\s@"'„“<>()]+\.[^\s@"'„“<>()]+/;

/** The email address in a claim conflict message, or null. */
export const claimHolder = (message: string | null | undefined): string | null => {
    const match = message?.match(EMAIL)?.[0];
    return match ? match.replace(/[.,;:!?]+$/, '') : null;
};
