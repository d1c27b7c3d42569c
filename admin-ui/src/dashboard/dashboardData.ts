// Data shaping for the dashboard: filters, key figures, the weekly series with the campaign's
// events, theme bars. Pure functions (no React), tested in dashboardData.spec.ts.
import type { AnalyticsFilter, OverviewCounts, ThemeCount, WeekCount } from './analyticsTypes';
import type { CampaignEvent } from './campaignEvents';

/**
 * The analytics filter of the dashboard: the selected themes (none = all), and for maps and
 * theme charts only approved entries (what the campaign publishes).
 */
export const dashboardFilter = (themes: readonly string[], status?: 'approved'): AnalyticsFilter => ({
    ...(status ? { status } : {}),
    ...(themes.length ? { theme: [...themes] } : {}),
});

/** Selecting a theme chip: on when off, off when on; the order of the codebook is kept. */
export const toggleTheme = (selected: readonly string[], id: string, order: readonly string[]): string[] => {
    const next = selected.includes(id) ? selected.filter((t) => t !== id) : [...selected, id];
    const rank = (t: string) => {
        const i = order.indexOf(t);
        return i === -1 ? order.length : i;
    };
    return next.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
};

/** Entries per 10,000 residents, one decimal; null without a population. */
export const per10k = (count: number, population: number | null | undefined): number | null =>
    typeof population === 'number' && population > 0 ? Math.round((count * 100000) / population) / 10 : null;

/** Sum of the districts' populations; null when none is known. */
export const totalPopulation = (districts: readonly { population?: number | null }[]): number | null => {
    const known = districts.map((d) => d.population).filter((p): p is number => typeof p === 'number' && p > 0);
    return known.length ? known.reduce((a, b) => a + b, 0) : null;
};

export interface KeyFigures {
    approved: number;
    pending: number;
    flaggedOpen: number;
    total: number;
    /** Approved entries per 10,000 residents of the districts in view (the whole city, or a viewer's districts). */
    approvedPer10k: number | null;
}

export const keyFigures = (counts: OverviewCounts, population: number | null): KeyFigures => ({
    approved: counts.approved,
    pending: counts.pending,
    flaggedOpen: counts.flaggedOpen,
    total: counts.total,
    approvedPer10k: per10k(counts.approved, population),
});

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const toDay = (iso: string): number => {
    const m = ISO_DATE.exec(iso);
    if (!m) return NaN;
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
};

const fromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The Monday of the ISO week of a `YYYY-MM-DD` date (as the server's weekly series names weeks). */
export const weekOf = (iso: string): string => {
    const day = toDay(iso);
    if (!Number.isFinite(day)) return iso;
    const dow = (day + 3) % 7; // 1970-01-01 was a Thursday; 0 = Monday
    return fromDay(day - dow);
};

export interface WeekPoint {
    week: string;
    submitted: number;
    approved: number;
}

/**
 * One point per week from the first to the last week of either series (weeks without
 * entries are 0), with all submissions and the approved ones side by side.
 */
export const weeklySeries = (submitted: readonly WeekCount[], approved: readonly WeekCount[] = []): WeekPoint[] => {
    const days = [...submitted, ...approved].map((w) => toDay(weekOf(w.week))).filter(Number.isFinite);
    if (!days.length) return [];
    const first = Math.min(...days);
    const last = Math.max(...days);
    const sum = (series: readonly WeekCount[]) => {
        const map = new Map<string, number>();
        for (const w of series) map.set(weekOf(w.week), (map.get(weekOf(w.week)) ?? 0) + (w.count ?? 0));
        return map;
    };
    const s = sum(submitted);
    const a = sum(approved);
    const points: WeekPoint[] = [];
    for (let day = first; day <= last; day += 7) {
        const week = fromDay(day);
        points.push({ week, submitted: s.get(week) ?? 0, approved: a.get(week) ?? 0 });
    }
    return points;
};

export interface EventMarker {
    id: string;
    /** The week (category of the chart's x axis) the event falls into. */
    week: string;
    date: string;
    end?: string;
}

/** The events that fall into the series' weeks, each on the week it starts in (several in one week: the first wins the line, the others are listed with it). */
export const eventMarkers = (events: readonly CampaignEvent[], weeks: readonly { week: string }[]): EventMarker[] => {
    const known = new Set(weeks.map((w) => w.week));
    return events
        .map((e) => ({ id: e.id, week: weekOf(e.date), date: e.date, ...(e.end ? { end: e.end } : {}) }))
        .filter((m) => known.has(m.week))
        .sort((a, b) => a.date.localeCompare(b.date));
};

export interface ThemeBar {
    id: string;
    label: string;
    count: number;
}

/** Themes sorted by count (then label), with their labels. */
export const themeBars = (themes: readonly ThemeCount[], label: (id: string) => string): ThemeBar[] =>
    themes
        .filter((t) => t.count > 0)
        .map((t) => ({ id: t.id, label: label(t.id), count: t.count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

/** "30.03." / "03/30": the week axis' tick, in the console's language. */
export const weekTick = (week: string, locale: string): string => {
    const day = toDay(week);
    if (!Number.isFinite(day)) return week;
    return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', timeZone: 'UTC' }).format(new Date(day * DAY_MS));
};
