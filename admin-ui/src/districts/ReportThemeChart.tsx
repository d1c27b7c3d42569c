import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { intlLocale } from '../i18n/intlLocale';
import type { ThemeRow } from './reportData';

export const DISTRICT_COLOR = '#d9480f';
export const DISTRICT_COLOR_PLAIN = '#f6b38e';
export const CITY_COLOR = '#90a4ae';
/** Charts and the map keep the size they have on screen when printed (A4 portrait: 186 mm ≈ 700 px between the margins). */
export const REPORT_CHART_WIDTH = 680;

/**
 * Share of the district's entries per theme next to the city's share. Significant differences are
 * drawn in the strong colour and marked with "*"; the others plainly.
 */
export const ReportThemeChart = ({ rows }: { rows: ThemeRow[] }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const percent = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 });
    return (
        <Box data-testid="report-theme-chart" className="report-chart">
            <BarChart
                responsive
                layout="vertical"
                data={rows}
                barGap={1}
                margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
                style={{ width: '100%', maxWidth: REPORT_CHART_WIDTH, height: Math.max(160, 34 * rows.length + 60) }}
            >
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" unit=" %" fontSize={12} tickFormatter={(v: number) => percent.format(v)} />
                <YAxis type="category" dataKey="axisLabel" width={130} fontSize={12} interval={0} />
                <Tooltip formatter={(value) => (typeof value === 'number' ? `${percent.format(value)} %` : String(value ?? '–'))} />
                <Legend wrapperStyle={{ fontSize: 12 }} />
                <Bar dataKey="share" name={translate('herzensorte.report.share_district')} fill={DISTRICT_COLOR} isAnimationActive={false}>
                    {rows.map((row) => (
                        <Cell key={row.id} fill={row.significant ? DISTRICT_COLOR : DISTRICT_COLOR_PLAIN} />
                    ))}
                </Bar>
                <Bar dataKey="cityShare" name={translate('herzensorte.report.share_city')} fill={CITY_COLOR} isAnimationActive={false} />
            </BarChart>
            <Typography variant="caption" color="text.secondary" component="p">
                {translate('herzensorte.report.significance_note')}
            </Typography>
        </Box>
    );
};

export default ReportThemeChart;
