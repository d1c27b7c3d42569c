import { CAMPAIGN_EVENTS } from './campaignEvents';
import {
    dashboardFilter,
    eventMarkers,
    keyFigures,
    per10k,
    themeBars,
    toggleTheme,
    totalPopulation,
    weeklySeries,
    weekOf,
    weekTick,
} from './dashboardData';

describe('dashboard filter', () => {
    it('adds the themes only when some are selected', () => {
        expect(dashboardFilter([])).toEqual({});
        expect(dashboardFilter([], 'approved')).toEqual({ status: 'approved' });
        expect(dashboardFilter(['natur', 'wasser'], 'approved')).toEqual({ status: 'approved', theme: ['natur', 'wasser'] });
    });

    it('toggles themes in codebook order', () => {
        const order = ['natur', 'wasser', 'kultur'];
        expect(toggleTheme([], 'kultur', order)).toEqual(['kultur']);
        expect(toggleTheme(['kultur'], 'natur', order)).toEqual(['natur', 'kultur']);
        expect(toggleTheme(['natur', 'kultur'], 'natur', order)).toEqual(['kultur']);
        expect(toggleTheme(['natur'], 'spielplatz', order)).toEqual(['natur', 'spielplatz']);
    });
});

describe('key figures', () => {
    it('relates approved entries to the population', () => {
        expect(per10k(300, 600_000)).toBe(5);
        expect(per10k(1, 30_000)).toBe(0.3);
        expect(per10k(5, null)).toBeNull();
        expect(per10k(5, 0)).toBeNull();
        expect(totalPopulation([{ population: 1000 }, { population: null }, { population: 500 }])).toBe(1500);
        expect(totalPopulation([{ population: null }])).toBeNull();
        expect(
            keyFigures({ pending: 4, approved: 600, rejected: 2, on_hold: 1, total: 607, flaggedOpen: 3 }, 600_000),
        ).toEqual({ approved: 600, pending: 4, flaggedOpen: 3, total: 607, approvedPer10k: 10 });
    });
});

describe('weekly series', () => {
    it('names weeks by their Monday', () => {
        expect(weekOf('2026-04-01')).toBe('2026-03-30'); // a Wednesday
        expect(weekOf('2026-03-30')).toBe('2026-03-30');
        expect(weekOf('2026-04-05')).toBe('2026-03-30'); // Sunday
        expect(weekOf('2026-05-09')).toBe('2026-05-04');
        expect(weekOf('2026-06-01')).toBe('2026-06-01');
    });

    it('fills weeks without entries and puts both series side by side', () => {
        const series = weeklySeries(
            [
                { week: '2026-03-30', count: 10 },
                { week: '2026-04-13', count: 4 },
            ],
            [{ week: '2026-03-30', count: 7 }],
        );
        expect(series).toEqual([
            { week: '2026-03-30', submitted: 10, approved: 7 },
            { week: '2026-04-06', submitted: 0, approved: 0 },
            { week: '2026-04-13', submitted: 4, approved: 0 },
        ]);
        expect(weeklySeries([])).toEqual([]);
    });

    it('marks the campaign events in the weeks they fall into', () => {
        const weeks = weeklySeries([
            { week: '2026-03-30', count: 1 },
            { week: '2026-05-25', count: 1 },
        ]);
        const markers = eventMarkers(CAMPAIGN_EVENTS, weeks);
        expect(markers.map((m) => [m.id, m.week])).toEqual([
            ['launch', '2026-03-30'],
            ['press_phoenix_see', '2026-04-13'],
            ['dortbunt', '2026-05-04'],
        ]);
        expect(markers[2].end).toBe('2026-05-10');
    });

    it('places every campaign event inside the demo data (1 April – 31 July 2026)', () => {
        for (const event of CAMPAIGN_EVENTS) {
            expect(event.date >= '2026-04-01' && (event.end ?? event.date) <= '2026-07-31').toBe(true);
        }
        expect(new Set(CAMPAIGN_EVENTS.map((e) => weekOf(e.date))).size).toBe(CAMPAIGN_EVENTS.length);
    });

    it('formats the axis in the console language', () => {
        expect(weekTick('2026-03-30', 'de-DE')).toBe('30.03.');
        expect(weekTick('2026-03-30', 'en-GB')).toBe('30/03');
    });
});

describe('theme bars', () => {
    it('sorts by count with labels and drops empty themes', () => {
        const bars = themeBars(
            [
                { id: 'natur', count: 5 },
                { id: 'wasser', count: 9 },
                { id: 'ruhe', count: 0 },
                { id: 'kultur', count: 5 },
            ],
            (id) => id.toUpperCase(),
        );
        expect(bars).toEqual([
            { id: 'wasser', label: 'WASSER', count: 9 },
            { id: 'kultur', label: 'KULTUR', count: 5 },
            { id: 'natur', label: 'NATUR', count: 5 },
        ]);
    });
});
