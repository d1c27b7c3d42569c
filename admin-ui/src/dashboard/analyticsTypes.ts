// Shapes of the analytics endpoints (shared/API.md) and of the district report.
// Plain types only: imported by specs and by the data provider.

export interface OverviewCounts {
    pending: number;
    approved: number;
    rejected: number;
    on_hold: number;
    total: number;
    flaggedOpen: number;
}

export interface OverviewDistrict {
    id: string;
    name: string;
    nr: number;
    count: number;
    per10k: number | null;
    perKm2: number | null;
}

export interface ThemeCount {
    id: string;
    count: number;
}

export interface WeekCount {
    /** Monday of the week, `YYYY-MM-DD` (Europe/Berlin). */
    week: string;
    count: number;
}

/** GET /api/analytics/overview */
export interface Overview {
    counts: OverviewCounts;
    districts: OverviewDistrict[];
    themes: ThemeCount[];
    weekly: WeekCount[];
}

export const HEAT_RESOLUTIONS = [7, 8, 9] as const;
export type HeatResolution = (typeof HEAT_RESOLUTIONS)[number];

export interface HeatCell {
    h3: string;
    count: number;
}

/** GET /api/analytics/heat */
export interface Heat {
    res: number;
    cells: HeatCell[];
}

/** The entry list's filter, as the analytics endpoints take it. */
export interface AnalyticsFilter {
    status?: string | string[];
    districtId?: string | string[];
    theme?: string | string[];
    submittedFrom?: string;
    submittedTo?: string;
    q?: string;
    [key: string]: unknown;
}

export interface ReportTheme {
    id: string;
    label: string;
    count: number | null;
    share: number | null;
    cityShare: number | null;
    lift: number | null;
    p: number | null;
    q: number | null;
    significant: boolean | null;
}

export interface ReportTerm {
    term: string;
    count: number | null;
    z: number | null;
}

export interface ReportPlace {
    name: string;
    count: number | null;
    lon: number | null;
    lat: number | null;
}

export interface ReportQuote {
    id: string;
    placeName: string;
    story: string;
    firstName: string | null;
}

/** GET /api/districts/:id/report. Figures built from fewer than `minCount` entries are null (named in `withheld`) for district viewers. */
export interface DistrictReport {
    district: { id: string; name: string; nr: number; population: number | null; areaKm2: number | null };
    counts: { pending: number | null; approved: number | null; rejected: number | null; on_hold: number | null; total: number | null };
    per10k: number | null;
    perKm2: number | null;
    themes: ReportTheme[];
    terms: ReportTerm[];
    topPlaces: ReportPlace[];
    weekly: { week: string; count: number | null }[];
    quotes: ReportQuote[];
    minCount: number;
    withheld: string[];
}
