import { useCallback, useMemo, useState } from 'react';
import { Box, Chip, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useLocaleState, useNavigate, useTranslate } from 'react-admin';
import { districtReportPath } from '../districts/paths';
import { intlLocale } from '../i18n/intlLocale';
import {
    ANALYTICS_MAP_MODES,
    colorOf,
    colorScale,
    HEAT_COLOR_RANGE,
    hexLegend,
    legendItems,
    maxCount,
    measureValue,
    MEASURES,
    type AnalyticsMapMode,
    type Measure,
} from '../map/choropleth';
import type { RGBA } from '../map/colors';
import LazyAnalyticsMap from '../map/LazyAnalyticsMap';
import type { AnalyticsFilter, HeatResolution, OverviewDistrict } from './analyticsTypes';
import MapLegend from './MapLegend';
import { useApi } from './useApi';

/** Heatmap from the finest cells' centres; hexagons one level coarser, so they stay readable city-wide. */
const RESOLUTION: Record<Exclude<AnalyticsMapMode, 'choropleth'>, HeatResolution> = { heatmap: 9, hexagons: 8 };

export interface DashboardMapProps {
    districts: OverviewDistrict[] | undefined;
    /** The approved entries' filter (with the selected themes). */
    filter: AnalyticsFilter;
}

/** Districts by a measure, a heatmap or hexagons of approved entries; a click on a district opens its report. */
export const DashboardMap = ({ districts, filter }: DashboardMapProps) => {
    const translate = useTranslate();
    const navigate = useNavigate();
    const [locale] = useLocaleState();
    const numberFormat = useMemo(() => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }), [locale]);
    const [mode, setMode] = useState<AnalyticsMapMode>('choropleth');
    const [measure, setMeasure] = useState<Measure>('count');

    const heatKey = mode === 'choropleth' ? null : JSON.stringify([RESOLUTION[mode], filter]);
    const heat = useApi(heatKey, (dp) => dp.getHeat(RESOLUTION[mode as 'heatmap'], filter));
    // keep the other mode's cells from showing for a moment
    const cells = heat.data && heat.data.res === (mode === 'choropleth' ? -1 : RESOLUTION[mode]) ? heat.data.cells : undefined;

    const scale = useMemo(() => colorScale((districts ?? []).map((d) => measureValue(d, measure))), [districts, measure]);
    const districtColors = useMemo(() => {
        if (!districts) return undefined;
        const colors: Record<string, RGBA> = {};
        for (const d of districts) colors[d.id] = colorOf(measureValue(d, measure), scale);
        return colors;
    }, [districts, measure, scale]);
    const byId = useMemo(() => new Map((districts ?? []).map((d) => [d.id, d])), [districts]);

    const districtTooltip = useCallback(
        (id: string, name: string) => {
            const d = byId.get(id);
            if (!d) return name;
            const value = measureValue(d, measure);
            return `${d.nr}. ${name}\n${translate(`herzensorte.dashboard.measure_value.${measure}`, {
                value: value === null ? '–' : numberFormat.format(value),
            })}`;
        },
        [byId, measure, numberFormat, translate],
    );
    const hexTooltip = useCallback(
        (count: number) => translate('herzensorte.dashboard.cell_entries', { smart_count: count, count: numberFormat.format(count) }),
        [numberFormat, translate],
    );
    const openReport = useCallback((id: string) => navigate(districtReportPath(id)), [navigate]);

    const statusKey =
        mode === 'choropleth'
            ? null
            : heat.error
              ? 'herzensorte.dashboard.load_error'
              : !cells
                ? 'herzensorte.dashboard.loading'
                : cells.length === 0
                  ? 'herzensorte.dashboard.no_entries'
                  : null;

    return (
        <Box data-testid="dashboard-map-panel">
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 1, flexWrap: 'wrap', alignItems: { sm: 'center' } }} className="no-print">
                <ToggleButtonGroup
                    size="small"
                    exclusive
                    value={mode}
                    onChange={(_, value: AnalyticsMapMode | null) => value && setMode(value)}
                    aria-label={translate('herzensorte.dashboard.map_mode')}
                >
                    {ANALYTICS_MAP_MODES.map((m) => (
                        <ToggleButton key={m} value={m} data-testid={`map-mode-${m}`}>
                            {translate(`herzensorte.dashboard.mode.${m}`)}
                        </ToggleButton>
                    ))}
                </ToggleButtonGroup>
                {mode === 'choropleth' && (
                    <ToggleButtonGroup
                        size="small"
                        exclusive
                        value={measure}
                        onChange={(_, value: Measure | null) => value && setMeasure(value)}
                        aria-label={translate('herzensorte.dashboard.measure_label')}
                    >
                        {MEASURES.map((m) => (
                            <ToggleButton key={m} value={m} data-testid={`map-measure-${m}`}>
                                {translate(`herzensorte.dashboard.measure.${m}`)}
                            </ToggleButton>
                        ))}
                    </ToggleButtonGroup>
                )}
            </Stack>
            <LazyAnalyticsMap
                testId="dashboard-map"
                mode={mode}
                districtColors={districtColors}
                districtTooltip={districtTooltip}
                cells={cells}
                hexTooltip={hexTooltip}
                onDistrictClick={openReport}
                label={translate('herzensorte.dashboard.map_label', { mode: translate(`herzensorte.dashboard.mode.${mode}`) })}
                status={statusKey && translate(statusKey)}
            />
            {mode === 'choropleth' && (
                <MapLegend title={translate(`herzensorte.dashboard.measure.${measure}`)} items={legendItems(scale)} />
            )}
            {mode === 'hexagons' && cells && cells.length > 0 && (
                <MapLegend title={translate('herzensorte.dashboard.legend_hexagons')} items={hexLegend(maxCount(cells))} />
            )}
            {mode === 'heatmap' && (
                <Box data-testid="map-legend" sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1 }}>
                    <Typography variant="caption" sx={{ fontWeight: 600 }}>
                        {translate('herzensorte.dashboard.legend_heatmap')}
                    </Typography>
                    <Typography variant="caption">{translate('herzensorte.dashboard.few')}</Typography>
                    <Box
                        aria-hidden
                        sx={{
                            width: 160,
                            height: 12,
                            borderRadius: 0.5,
                            background: `linear-gradient(to right, ${HEAT_COLOR_RANGE.map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`).join(', ')})`,
                        }}
                    />
                    <Typography variant="caption">{translate('herzensorte.dashboard.many')}</Typography>
                </Box>
            )}
            {districts && districts.length > 0 && (
                <Box component="nav" aria-label={translate('herzensorte.dashboard.reports')} sx={{ mt: 1.5 }}>
                    <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mb: 0.5 }}>
                        {translate('herzensorte.dashboard.reports_hint')}
                    </Typography>
                    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
                        {districts.map((d) => (
                            <Chip
                                key={d.id}
                                size="small"
                                variant="outlined"
                                clickable
                                component="a"
                                href={`#${districtReportPath(d.id)}`}
                                data-testid={`report-link-${d.id}`}
                                label={`${d.nr}. ${d.name}`}
                            />
                        ))}
                    </Box>
                </Box>
            )}
        </Box>
    );
};

export default DashboardMap;
