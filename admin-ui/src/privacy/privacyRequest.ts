// Data subject requests (POST /api/privacy/access and /erasure, admins only).
// No framework imports (privacyRequest.spec.ts).

import type { Entry } from '../types';

export interface StoredContact {
    entryId: string;
    email: string;
    consent: boolean;
    consentVersion: string | null;
    createdAt: string;
}

/** The answer of an access request: everything stored about the address. */
export interface AccessAnswer {
    email: string;
    generatedAt: string;
    contacts: StoredContact[];
    entries: Entry[];
}

export interface ErasureAnswer {
    contactsDeleted: number;
    entriesChanged: number;
}

/** The address as sent: trimmed (the server compares without case). */
export const normalizeEmail = (value: string): string => value.trim();

/** Good enough to send; the server checks properly (400 with a message). */
export const looksLikeEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalizeEmail(value));

/** `auskunft-<address>-<date>.json`, with only file-safe characters. */
export const accessFilename = (email: string, generatedAt: string): string => {
    const date = /^\d{4}-\d{2}-\d{2}/.exec(generatedAt)?.[0] ?? 'datum';
    const who = normalizeEmail(email).toLowerCase().replace(/[^a-z0-9._-]+/g, '_').slice(0, 80) || 'adresse';
    return `auskunft-${who}-${date}.json`;
};

/** The answer as pretty-printed JSON, for the download. */
export const accessJson = (answer: AccessAnswer): string => `${JSON.stringify(answer, null, 2)}\n`;

const asArray = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The access answer with its lists guaranteed (an unexpected body shows as "nothing stored"). */
export const toAccessAnswer = (body: unknown, email: string): AccessAnswer => {
    const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    return {
        email: typeof b.email === 'string' ? b.email : normalizeEmail(email),
        generatedAt: typeof b.generatedAt === 'string' ? b.generatedAt : new Date().toISOString(),
        contacts: asArray<StoredContact>(b.contacts),
        entries: asArray<Entry>(b.entries),
    };
};

export const toErasureAnswer = (body: unknown): ErasureAnswer => {
    const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
    return { contactsDeleted: n(b.contactsDeleted), entriesChanged: n(b.entriesChanged) };
};
