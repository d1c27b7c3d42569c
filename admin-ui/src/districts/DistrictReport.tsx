import { useMemo, type ReactNode } from 'react';
import {
    Box,
    Button,
    Chip,
    GlobalStyles,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    Typography,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Title, useGetOne, useLocaleState, useParams, useTranslate } from 'react-admin';
import { CAMPAIGN_EVENTS } from '../dashboard/campaignEvents';
import Section from '../dashboard/Section';
import { eventMarkers } from '../dashboard/dashboardData';
import KeyFigures, { type Figure } from '../dashboard/KeyFigures';
import MapLegend from '../dashboard/MapLegend';
import { useApi } from '../dashboard/useApi';
import { useThemes } from '../dashboard/useThemes';
import WeeklyChart from '../dashboard/WeeklyChart';
import DistrictExportButton from '../exports/DistrictExportButton';
import { intlLocale } from '../i18n/intlLocale';
import { hexLegend, maxCount } from '../map/choropleth';
import LazyAnalyticsMap from '../map/LazyAnalyticsMap';
import type { District } from '../types';
import { chartableThemes, formatLift, reportWeeks, sortedTerms, themeRows } from './reportData';
import ReportThemeChart, { DISTRICT_COLOR, REPORT_CHART_WIDTH } from './ReportThemeChart';

const STATUSES = ['total', 'approved', 'pending', 'on_hold', 'rejected'] as const;
const QUOTES = 4;
/** Like the charts (REPORT_CHART_WIDTH), the map keeps its on-screen size on paper. */
const REPORT_MAP_WIDTH = 480;
const PLACES = 10;

// A4 portrait: menu, app bar and buttons hidden, one column, sections not split across pages.
const PRINT_STYLES = {
    '@media print': {
        '@page': { size: 'A4 portrait', margin: '12mm' },
        'html, body': { background: '#fff !important' },
        '.MuiAppBar-root, .MuiDrawer-root, .RaSidebar-docked, .no-print, button, [role="toolbar"]': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
        '.report-page': { padding: '0 !important', gap: '5mm !important' },
        '.report-grid': { display: 'block !important' },
        '.report-grid > *': { marginBottom: '5mm' },
        '.report-section': {
            breakInside: 'avoid',
            pageBreakInside: 'avoid',
            boxShadow: 'none !important',
        },
        '.report-chart': { maxWidth: '180mm', breakInside: 'avoid' },
        '.key-figures': { gridTemplateColumns: 'repeat(3, minmax(0, 1fr)) !important' },
        '.report-quote': { breakInside: 'avoid' },
        '*': { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
    },
} as const;

/** The report of one district for the Stadtbezirksmarketing: figures, themes against the city, words, places, weeks, voices, map. */
export const DistrictReport = () => {
    const { id = '' } = useParams<{ id: string }>();
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const intl = intlLocale(locale);
    const themes = useThemes();
    const report = useApi(id ? `report:${id}` : null, (dp) => dp.getDistrictReport(id));
    const heatFilter = useMemo(() => ({ districtId: id, status: 'approved' }), [id]);
    const heat = useApi(id ? `heat:${id}` : null, (dp) => dp.getHeat(9, heatFilter));
    // the district record names the page even when the report cannot be loaded
    const { data: district } = useGetOne<District>('districts', { id }, { enabled: Boolean(id), retry: false });

    const number = useMemo(() => new Intl.NumberFormat(intl, { maximumFractionDigits: 1 }), [intl]);
    const withheld = translate('herzensorte.report.withheld');
    const show = (value: number | null | undefined, format: Intl.NumberFormat = number): ReactNode =>
        value === null ? (
            <Box component="span" sx={{ fontSize: '0.8em', fontWeight: 400, color: 'text.secondary' }} data-withheld>
                {withheld}
            </Box>
        ) : value === undefined ? (
            '–'
        ) : (
            format.format(value)
        );

    const data = report.data;
    const name = data?.district.name ?? district?.name ?? id;
    const nr = data?.district.nr ?? district?.nr;
    const rows = useMemo(() => themeRows(data?.themes ?? [], (key, fallback) => fallback || themes.label(key)), [data?.themes, themes]);
    const chartRows = useMemo(() => chartableThemes(rows), [rows]);
    const weeks = useMemo(() => reportWeeks(data?.weekly ?? []), [data?.weekly]);
    const markers = useMemo(() => eventMarkers(CAMPAIGN_EVENTS, weeks), [weeks]);
    const terms = useMemo(() => sortedTerms(data?.terms ?? []), [data?.terms]);
    const cells = heat.data?.cells;

    const figures: Figure[] = [
        { id: 'total', label: translate('herzensorte.report.figures.total'), value: show(data ? data.counts.total : district?.counts.total) },
        { id: 'approved', label: translate('herzensorte.report.figures.approved'), value: show(data ? data.counts.approved : district?.counts.approved) },
        { id: 'per10k', label: translate('herzensorte.report.figures.per10k'), value: show(data?.per10k) },
        { id: 'perKm2', label: translate('herzensorte.report.figures.perKm2'), value: show(data?.perKm2) },
        { id: 'population', label: translate('herzensorte.report.figures.population'), value: show(data?.district.population ?? district?.population) },
        {
            id: 'area',
            label: translate('herzensorte.report.figures.area'),
            value: show(data?.district.areaKm2 ?? district?.areaKm2, new Intl.NumberFormat(intl, { maximumFractionDigits: 2 })),
        },
    ];

    return (
        <Box className="report-page" data-testid="district-report" sx={{ py: 2, display: 'grid', gap: 2 }}>
            <GlobalStyles styles={PRINT_STYLES} />
            <Title title={translate('herzensorte.report.title', { name })} />
            <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
                <Box sx={{ flex: '1 1 auto' }}>
                    <Typography variant="overline" color="text.secondary">
                        {translate('herzensorte.report.kicker')}
                        {nr ? ` · ${translate('herzensorte.report.nr', { nr })}` : ''}
                    </Typography>
                    <Typography variant="h4" component="h1" data-testid="report-title">
                        {name}
                    </Typography>
                </Box>
                <Box className="no-print" sx={{ display: 'flex', gap: 1 }}>
                    <Button href="#/" startIcon={<ArrowBackIcon />} size="small">
                        {translate('herzensorte.report.back')}
                    </Button>
                    {id && <DistrictExportButton districtId={id} />}
                    <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-report">
                        {translate('herzensorte.report.print')}
                    </Button>
                </Box>
            </Box>

            {report.error ? (
                <Typography color="error" data-testid="report-error">
                    {translate('herzensorte.report.load_error')}
                </Typography>
            ) : null}
            {report.isPending && !data ? <Typography color="text.secondary">{translate('herzensorte.dashboard.loading')}</Typography> : null}

            <KeyFigures figures={figures} />
            {data && data.withheld.length > 0 && (
                <Typography variant="body2" color="text.secondary" data-testid="report-withheld">
                    {translate('herzensorte.report.withheld_note', { min: data.minCount, smart_count: data.withheld.length })}
                </Typography>
            )}

            {data && (
                <>
                    <Box className="report-grid" sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, alignItems: 'start' }}>
                        <Section title={translate('herzensorte.report.status_title')} testId="report-status">
                            <Table size="small">
                                <TableBody>
                                    {STATUSES.map((s) => (
                                        <TableRow key={s}>
                                            <TableCell component="th" scope="row">
                                                {translate(s === 'total' ? 'herzensorte.report.figures.total' : `herzensorte.status.${s}`)}
                                            </TableCell>
                                            <TableCell align="right">{show(data.counts[s])}</TableCell>
                                        </TableRow>
                                    ))}
                                    <TableRow>
                                        <TableCell component="th" scope="row">
                                            {translate('herzensorte.report.figures.per10k')}
                                        </TableCell>
                                        <TableCell align="right">{show(data.per10k)}</TableCell>
                                    </TableRow>
                                    <TableRow>
                                        <TableCell component="th" scope="row">
                                            {translate('herzensorte.report.figures.perKm2')}
                                        </TableCell>
                                        <TableCell align="right">{show(data.perKm2)}</TableCell>
                                    </TableRow>
                                </TableBody>
                            </Table>
                        </Section>
                        <Section title={translate('herzensorte.report.map_title')} testId="report-map">
                            {/* The same size on screen and on paper: a WebGL canvas is not redrawn for printing. */}
                            <Box sx={{ maxWidth: REPORT_MAP_WIDTH }}>
                                <LazyAnalyticsMap
                                    testId="report-heat-map"
                                    mode="hexagons"
                                    cells={cells}
                                    focusDistrictId={id}
                                    height={300}
                                    hexTooltip={(count) => translate('herzensorte.dashboard.cell_entries', { smart_count: count, count: number.format(count) })}
                                    label={translate('herzensorte.report.map_label', { name })}
                                    status={heat.error ? translate('herzensorte.dashboard.load_error') : cells?.length === 0 ? translate('herzensorte.dashboard.no_entries') : null}
                                />
                            </Box>
                            {cells && cells.length > 0 && <MapLegend title={translate('herzensorte.dashboard.legend_hexagons')} items={hexLegend(maxCount(cells))} />}
                        </Section>
                    </Box>

                    <Section title={translate('herzensorte.report.themes_title')} testId="report-themes">
                        {chartRows.length > 0 && <ReportThemeChart rows={chartRows} />}
                        <Table size="small" sx={{ mt: 1 }} data-testid="report-theme-table">
                            <TableHead>
                                <TableRow>
                                    <TableCell>{translate('herzensorte.report.theme')}</TableCell>
                                    <TableCell align="right">{translate('herzensorte.report.entries')}</TableCell>
                                    <TableCell align="right">{translate('herzensorte.report.share_district')}</TableCell>
                                    <TableCell align="right">{translate('herzensorte.report.share_city')}</TableCell>
                                    <TableCell align="right">{translate('herzensorte.report.lift')}</TableCell>
                                </TableRow>
                            </TableHead>
                            <TableBody>
                                {rows.map((row) => (
                                    <TableRow key={row.id} data-significant={row.significant ? 'true' : 'false'}>
                                        <TableCell component="th" scope="row" sx={{ fontWeight: row.significant ? 600 : 400 }}>
                                            {row.label}
                                            {row.significant && (
                                                <Box component="span" sx={{ color: DISTRICT_COLOR }} title={translate('herzensorte.report.significant')}>
                                                    {' *'}
                                                </Box>
                                            )}
                                        </TableCell>
                                        <TableCell align="right">{show(row.count)}</TableCell>
                                        <TableCell align="right">{row.share === null ? show(null) : `${number.format(row.share)} %`}</TableCell>
                                        <TableCell align="right">{row.cityShare === null ? show(null) : `${number.format(row.cityShare)} %`}</TableCell>
                                        <TableCell align="right">{formatLift(row.lift, (n) => number.format(n)) ?? show(null)}</TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    </Section>

                    <Box className="report-grid" sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, alignItems: 'start' }}>
                        <Section title={translate('herzensorte.report.terms_title')} testId="report-terms">
                            {terms.length === 0 ? (
                                <Typography color="text.secondary">{withheld}</Typography>
                            ) : (
                                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
                                    {terms.map((t) => (
                                        <Chip
                                            key={t.term}
                                            size="small"
                                            variant="outlined"
                                            label={t.count === null ? t.term : `${t.term} (${number.format(t.count)})`}
                                            title={t.z === null ? undefined : `z = ${number.format(t.z)}`}
                                        />
                                    ))}
                                </Box>
                            )}
                        </Section>
                        <Section title={translate('herzensorte.report.places_title')} testId="report-places">
                            {data.topPlaces.length === 0 ? (
                                <Typography color="text.secondary">{withheld}</Typography>
                            ) : (
                                <Table size="small">
                                    <TableBody>
                                        {data.topPlaces.slice(0, PLACES).map((p, i) => (
                                            <TableRow key={`${p.name}-${i}`}>
                                                <TableCell sx={{ width: 32 }}>{i + 1}.</TableCell>
                                                <TableCell component="th" scope="row">
                                                    {p.name}
                                                </TableCell>
                                                <TableCell align="right">{show(p.count)}</TableCell>
                                            </TableRow>
                                        ))}
                                    </TableBody>
                                </Table>
                            )}
                        </Section>
                    </Box>

                    <Section title={translate('herzensorte.report.weekly_title')} testId="report-weekly">
                        <WeeklyChart
                            testId="report-weekly-chart"
                            points={weeks}
                            markers={markers}
                            height={240}
                            maxWidth={REPORT_CHART_WIDTH}
                            series={[{ key: 'count', name: translate('herzensorte.report.entries'), color: DISTRICT_COLOR, type: 'bar' }]}
                        />
                    </Section>

                    <Section title={translate('herzensorte.report.quotes_title')} testId="report-quotes">
                        {data.quotes.length === 0 ? (
                            <Typography color="text.secondary">{translate('herzensorte.report.no_quotes')}</Typography>
                        ) : (
                            <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }} className="report-grid">
                                {data.quotes.slice(0, QUOTES).map((q) => (
                                    <Box
                                        component="figure"
                                        key={q.id}
                                        className="report-quote"
                                        sx={{ m: 0, pl: 1.5, borderLeft: 3, borderColor: DISTRICT_COLOR }}
                                    >
                                        <Typography component="blockquote" variant="body2" sx={{ m: 0, fontStyle: 'italic' }}>
                                            „{q.story}“
                                        </Typography>
                                        <Typography component="figcaption" variant="caption" color="text.secondary">
                                            — {q.firstName ? `${q.firstName}, ` : ''}
                                            {q.placeName}
                                        </Typography>
                                    </Box>
                                ))}
                            </Box>
                        )}
                    </Section>
                </>
            )}
        </Box>
    );
};

export default DistrictReport;
