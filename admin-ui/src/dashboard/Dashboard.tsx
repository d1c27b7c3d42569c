import { useMemo, useState } from 'react';
import { Box, Typography } from '@mui/material';
import { Title, useGetList, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { canModerate } from '../auth/roles';
import { intlLocale } from '../i18n/intlLocale';
import type { District } from '../types';
import { CAMPAIGN_EVENTS } from './campaignEvents';
import DashboardMap from './DashboardMap';
import { dashboardFilter, eventMarkers, keyFigures, themeBars, totalPopulation, weeklySeries } from './dashboardData';
import KeyFigures, { type Figure } from './KeyFigures';
import RecentEntries from './RecentEntries';
import Section from './Section';
import ThemeChart from './ThemeChart';
import ThemeFilter from './ThemeFilter';
import { useApi } from './useApi';
import { useThemes } from './useThemes';
import WeeklyChart from './WeeklyChart';

export const SUBMITTED_COLOR = '#9fb3c8';
export const APPROVED_COLOR = '#c62828';

/**
 * Start page for all roles: key figures, submissions per week with the campaign's events, themes,
 * the map (districts, heatmap, hexagons) and the newest entries. The theme chips filter everything.
 * A district viewer's figures are scoped to their districts by the server.
 */
export const Dashboard = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const { permissions } = usePermissions();
    const moderator = canModerate(permissions);
    const themes = useThemes();
    const [selected, setSelected] = useState<string[]>([]);

    const allFilter = useMemo(() => dashboardFilter(selected), [selected]);
    const approvedFilter = useMemo(() => dashboardFilter(selected, 'approved'), [selected]);
    // all statuses (key figures, submissions per week) and approved only (map, themes)
    const all = useApi(JSON.stringify(allFilter), (dp) => dp.getAnalyticsOverview(allFilter));
    const approved = useApi(JSON.stringify(approvedFilter), (dp) => dp.getAnalyticsOverview(approvedFilter));
    const { data: districts } = useGetList<District>('districts', {
        pagination: { page: 1, perPage: 50 },
        sort: { field: 'nr', order: 'ASC' },
    });

    const number = useMemo(() => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }), [locale]);
    const figures = all.data ? keyFigures(all.data.counts, totalPopulation(districts ?? [])) : null;
    const show = (value: number | null | undefined) => (value === null || value === undefined ? '–' : number.format(value));

    const figureList: Figure[] = [
        { id: 'approved', label: translate('herzensorte.dashboard.figures.approved'), value: show(figures?.approved) },
        ...(moderator
            ? [
                  { id: 'pending', label: translate('herzensorte.dashboard.figures.pending'), value: show(figures?.pending) },
                  { id: 'flagged', label: translate('herzensorte.dashboard.figures.flagged_open'), value: show(figures?.flaggedOpen) },
              ]
            : []),
        { id: 'total', label: translate('herzensorte.dashboard.figures.total'), value: show(figures?.total) },
        {
            id: 'per10k',
            label: translate('herzensorte.dashboard.figures.per10k'),
            value: show(figures?.approvedPer10k),
            hint: translate(moderator ? 'herzensorte.dashboard.figures.per10k_city' : 'herzensorte.dashboard.figures.per10k_own'),
        },
    ];

    const points = useMemo(
        () => weeklySeries(all.data?.weekly ?? [], approved.data?.weekly ?? []),
        [all.data?.weekly, approved.data?.weekly],
    );
    const markers = useMemo(() => eventMarkers(CAMPAIGN_EVENTS, points), [points]);
    const bars = useMemo(() => themeBars(approved.data?.themes ?? [], themes.label), [approved.data?.themes, themes.label]);
    const failed = Boolean(all.error || approved.error);

    return (
        <Box sx={{ py: 2, display: 'grid', gap: 2 }} data-testid="dashboard">
            <Title title={translate('herzensorte.dashboard.title')} />
            <ThemeFilter themes={themes} selected={selected} onChange={setSelected} />
            {failed && <Typography color="error">{translate('herzensorte.dashboard.load_error')}</Typography>}
            <KeyFigures figures={figureList} />
            <Section title={translate('herzensorte.dashboard.weekly_title')} testId="dashboard-weekly">
                <WeeklyChart
                    maxWidth="100%"
                    points={points}
                    markers={markers}
                    series={[
                        { key: 'submitted', name: translate('herzensorte.dashboard.series.submitted'), color: SUBMITTED_COLOR, type: 'bar' },
                        { key: 'approved', name: translate('herzensorte.dashboard.series.approved'), color: APPROVED_COLOR, type: 'line' },
                    ]}
                />
            </Section>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }, alignItems: 'start' }}>
                <Section title={translate('herzensorte.dashboard.map_title')} testId="dashboard-map-section">
                    <DashboardMap districts={approved.data?.districts} filter={approvedFilter} />
                </Section>
                <Section title={translate('herzensorte.dashboard.themes_title')} testId="dashboard-themes">
                    {bars.length > 0 ? (
                        <ThemeChart bars={bars} name={translate('herzensorte.dashboard.series.approved')} />
                    ) : (
                        <Typography color="text.secondary">
                            {translate(approved.data ? 'herzensorte.dashboard.no_entries' : 'herzensorte.dashboard.loading')}
                        </Typography>
                    )}
                </Section>
            </Box>
            <Section title={translate('herzensorte.dashboard.recent_title')} testId="dashboard-recent">
                <RecentEntries filter={allFilter} />
            </Section>
        </Box>
    );
};

export default Dashboard;
