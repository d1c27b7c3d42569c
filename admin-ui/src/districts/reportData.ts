// Shaping the district report (GET /api/districts/:id/report) for its page. Pure functions.
import type { DistrictReport, ReportTheme } from '../dashboard/analyticsTypes';
import { weeklySeries } from '../dashboard/dashboardData';

/**
 * Factor from the report's shares to percent: the API gives shares as fractions (0–1); should it
 * give percentages, nothing is scaled. Decided over all values, so one 100 % share is no problem.
 */
export const percentFactor = (themes: readonly Pick<ReportTheme, 'share' | 'cityShare'>[]): number => {
    const values = themes.flatMap((t) => [t.share, t.cityShare]).filter((v): v is number => typeof v === 'number');
    return values.length && Math.max(...values) > 1 ? 1 : 100;
};

const round1 = (value: number) => Math.round(value * 10) / 10;

export interface ThemeRow {
    id: string;
    label: string;
    count: number | null;
    /** Percent of the district's entries with this theme; null when withheld. */
    share: number | null;
    /** Percent of all entries in the city with this theme. */
    cityShare: number | null;
    lift: number | null;
    q: number | null;
    significant: boolean;
    /** The chart's category label: the theme, marked with " *" when the difference is significant. */
    axisLabel: string;
}

/**
 * Themes for chart and table: the most over-represented first (highest lift), withheld ones last.
 * Only an explicit `significant: true` is marked.
 */
export const themeRows = (themes: readonly ReportTheme[], label: (id: string, fallback: string) => string = (_, l) => l): ThemeRow[] => {
    const factor = percentFactor(themes);
    const pct = (v: number | null) => (typeof v === 'number' ? round1(v * factor) : null);
    return themes
        .map((t) => {
            const name = label(t.id, t.label ?? '') || t.id;
            const significant = t.significant === true;
            return {
                id: t.id,
                label: name,
                count: t.count,
                share: pct(t.share),
                cityShare: pct(t.cityShare),
                lift: typeof t.lift === 'number' ? t.lift : null,
                q: typeof t.q === 'number' ? t.q : null,
                significant,
                axisLabel: significant ? `${name} *` : name,
            };
        })
        .sort((a, b) => {
            if (a.lift === null || b.lift === null) return a.lift === null ? (b.lift === null ? a.label.localeCompare(b.label) : 1) : -1;
            return b.lift - a.lift || a.label.localeCompare(b.label);
        });
};

/** Only the themes the chart can draw (both shares known). */
export const chartableThemes = (rows: readonly ThemeRow[]): ThemeRow[] => rows.filter((r) => r.share !== null && r.cityShare !== null);

export interface ReportWeek {
    week: string;
    /** null: withheld (fewer entries than the minimum) */
    count: number | null;
}

/** The report's weekly series without gaps; weeks the report withholds stay null (no bar), missing weeks are 0. */
export const reportWeeks = (weekly: DistrictReport['weekly']): ReportWeek[] => {
    const withheld = new Set(weekly.filter((w) => w.count === null).map((w) => w.week));
    const known = weekly.filter((w): w is { week: string; count: number } => typeof w.count === 'number');
    const points = weeklySeries(
        known,
        weekly.map((w) => ({ week: w.week, count: 0 })),
    );
    return points.map((p) => ({ week: p.week, count: withheld.has(p.week) ? null : p.submitted }));
};

/** "1,8×" etc.: a lift with two significant decimals. */
export const formatLift = (lift: number | null, format: (n: number) => string): string | null =>
    lift === null ? null : `${format(Math.round(lift * 100) / 100)}×`;

/** Words ordered by how distinctive they are (z score), then by count. */
export const sortedTerms = (terms: DistrictReport['terms']): DistrictReport['terms'] =>
    [...terms].sort((a, b) => (b.z ?? -Infinity) - (a.z ?? -Infinity) || (b.count ?? 0) - (a.count ?? 0) || a.term.localeCompare(b.term));
