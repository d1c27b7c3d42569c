import { defaultFilename, EXPORT_FORMATS, exportUrl, type ExportKind } from './exportUrl';

export interface ExportItem {
    /** Used in the test id: `export-<id>`. */
    id: string;
    /** Translation key of the menu item. */
    label: string;
    url: string;
    /** File name when the server sends none. */
    filename: string;
    /** Translation key of a heading shown above this item. */
    group?: string;
}

const FORMAT_LABELS = {
    csv: 'herzensorte.exports.csv_excel',
    'csv-comma': 'herzensorte.exports.csv_comma',
    geojson: 'herzensorte.exports.geojson',
} as const;

/** The three formats of one kind of export, as menu items (the first with the kind's heading when `group` is given). */
export const exportItems = (kind: ExportKind, filter?: Record<string, unknown>, group?: string): ExportItem[] =>
    EXPORT_FORMATS.map((format, i) => ({
        id: `${kind}-${format}`,
        label: FORMAT_LABELS[format],
        url: exportUrl(kind, format, filter),
        filename: defaultFilename(kind, format),
        group: i === 0 ? group : undefined,
    }));
