// The API's exports (shared/API.md "Analytics and exports"): URLs from the
// list filter, and the file name of a download. No framework imports, so the
// logic is tested in node (exportUrl.spec.ts).

export const EXPORTS_URL = '/api/exports';

/** What is exported: the entries (with the list's filter) or the districts with their figures and polygons. */
export type ExportKind = 'entries' | 'districts';
/** `csv` for German Excel (`;`, decimal commas), `csv-comma` for everything else (`,`, decimal points). */
export type ExportFormat = 'csv' | 'csv-comma' | 'geojson';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'csv-comma', 'geojson'];

/**
 * The filter without the values a list form leaves behind when a field is
 * cleared (undefined, null, '', []): the API would refuse some of them
 * ("status must be one of …"), and they mean "no filter" anyway.
 */
export const cleanFilter = (filter: Record<string, unknown> | undefined | null): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(filter ?? {})) {
        if (value === undefined || value === null || value === '') continue;
        if (Array.isArray(value) && value.length === 0) continue;
        result[key] = value;
    }
    return result;
};

/** `/api/exports/entries.csv?filter={…}` (plus `delimiter=,` for the comma variant). */
export const exportUrl = (kind: ExportKind, format: ExportFormat, filter?: Record<string, unknown> | null): string => {
    const extension = format === 'geojson' ? 'geojson' : 'csv';
    const params = new URLSearchParams();
    // the district exports take no filter (they are scoped by role only)
    if (kind === 'entries') params.set('filter', JSON.stringify(cleanFilter(filter)));
    if (format === 'csv-comma') params.set('delimiter', ',');
    const query = params.toString();
    return `${EXPORTS_URL}/${kind}.${extension}${query ? `?${query}` : ''}`;
};

/** The name the file gets when the server does not send one. */
export const defaultFilename = (kind: ExportKind, format: ExportFormat): string =>
    `herzensorte-${kind === 'entries' ? 'eintraege' : 'stadtbezirke'}.${format === 'geojson' ? 'geojson' : 'csv'}`;

/** A name that is safe on every file system: no path, no control or reserved characters. */
export const safeFilename = (name: string, fallback: string): string => {
    const base = name.split(/[\\/]/).pop() ?? '';
    // eslint-disable-next-line no-control-regex
    const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').trim();
    return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : fallback;
};

/**
 * The file name of a `Content-Disposition` header (RFC 6266): `filename*=UTF-8''…`
 * wins over `filename="…"`; without either, `fallback`.
 */
export const filenameFromDisposition = (header: string | null | undefined, fallback: string): string => {
    if (!header) return fallback;
    const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
    if (extended) {
        try {
            return safeFilename(decodeURIComponent(extended[2].trim().replace(/^"|"$/g, '')), fallback);
        } catch {
            // malformed percent-encoding: try the plain parameter
        }
    }
    const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
    if (quoted) return safeFilename(quoted[1].replace(/\\(.)/g, '$1'), fallback);
    const plain = /filename\s*=\s*([^;\s]+)/i.exec(header);
    if (plain) return safeFilename(plain[1], fallback);
    return fallback;
};
