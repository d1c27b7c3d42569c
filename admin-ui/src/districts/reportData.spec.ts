import type { ReportTheme } from '../dashboard/analyticsTypes';
import { chartableThemes, formatLift, percentFactor, reportWeeks, sortedTerms, themeRows } from './reportData';
import { districtReportPath } from './paths';

const theme = (over: Partial<ReportTheme>): ReportTheme => ({
    id: 'natur',
    label: 'Natur',
    count: 10,
    share: 0.2,
    cityShare: 0.1,
    lift: 2,
    p: 0.001,
    q: 0.004,
    significant: true,
    ...over,
});

describe('district report themes', () => {
    it('reads shares as fractions, or as percent when they are', () => {
        expect(percentFactor([theme({})])).toBe(100);
        expect(percentFactor([theme({ share: 20, cityShare: 10 })])).toBe(1);
        expect(percentFactor([theme({ share: 1, cityShare: 0.3 })])).toBe(100);
        expect(percentFactor([])).toBe(100);
    });

    it('orders by lift, marks only significant differences and keeps withheld themes last', () => {
        const rows = themeRows([
            theme({ id: 'wasser', label: 'Wasser', lift: 0.5, share: 0.05, significant: false }),
            theme({ id: 'natur', label: 'Natur', lift: 2 }),
            theme({ id: 'ruhe', label: 'Ruhe', count: null, share: null, lift: null, significant: null }),
            theme({ id: 'sport', label: 'Sport', lift: 1.1, significant: false }),
        ]);
        expect(rows.map((r) => r.id)).toEqual(['natur', 'sport', 'wasser', 'ruhe']);
        expect(rows[0]).toMatchObject({ share: 20, cityShare: 10, significant: true, axisLabel: 'Natur *' });
        expect(rows[1]).toMatchObject({ significant: false, axisLabel: 'Sport' });
        expect(rows[3]).toMatchObject({ share: null, count: null, significant: false });
        expect(chartableThemes(rows).map((r) => r.id)).toEqual(['natur', 'sport', 'wasser']);
    });

    it('uses the given labels', () => {
        expect(themeRows([theme({ label: '' })], (id, fallback) => fallback || `label:${id}`)[0].label).toBe('label:natur');
    });

    it('formats the lift', () => {
        expect(formatLift(1.8349, (n) => n.toLocaleString('de-DE'))).toBe('1,83×');
        expect(formatLift(null, String)).toBeNull();
    });
});

describe('district report series and words', () => {
    it('fills missing weeks with 0 and keeps withheld weeks empty', () => {
        expect(
            reportWeeks([
                { week: '2026-03-30', count: 12 },
                { week: '2026-04-06', count: null },
                { week: '2026-04-20', count: 6 },
            ]),
        ).toEqual([
            { week: '2026-03-30', count: 12 },
            { week: '2026-04-06', count: null },
            { week: '2026-04-13', count: 0 },
            { week: '2026-04-20', count: 6 },
        ]);
    });

    it('orders words by how distinctive they are', () => {
        expect(
            sortedTerms([
                { term: 'see', count: 40, z: 3 },
                { term: 'hafen', count: 5, z: 6 },
                { term: 'phoenix', count: 30, z: 3 },
                { term: 'x', count: null, z: null },
            ]).map((t) => t.term),
        ).toEqual(['hafen', 'see', 'phoenix', 'x']);
    });

    it('builds the report route', () => {
        expect(districtReportPath('hoerde')).toBe('/districts/hoerde/report');
        expect(districtReportPath('a b')).toBe('/districts/a%20b/report');
    });
});
