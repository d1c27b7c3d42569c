import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { intlLocale } from '../i18n/intlLocale';
import { weekTick, type EventMarker } from './dashboardData';

export interface WeeklySeries {
    key: string;
    name: string;
    color: string;
    type: 'bar' | 'line';
}

export interface WeeklyChartProps {
    points: readonly { week: string }[];
    series: WeeklySeries[];
    markers?: EventMarker[];
    height?: number;
    /** CSS max-width of the chart; the report keeps it A4-sized so that it prints as shown. */
    maxWidth?: number | string;
    testId?: string;
}

export const EVENT_COLOR = '#5e35b1';

/** Entries per week; the campaign's events as numbered vertical lines, explained below the chart. */
export const WeeklyChart = ({ points, series, markers = [], height = 280, maxWidth = 720, testId = 'weekly-chart' }: WeeklyChartProps) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const intl = intlLocale(locale);
    const dateFormat = new Intl.DateTimeFormat(intl, { day: '2-digit', month: '2-digit', timeZone: 'UTC' });
    const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
    const numberFormat = new Intl.NumberFormat(intl);

    return (
        <Box data-testid={testId} className="report-chart">
            <ComposedChart
                responsive
                data={points as { week: string }[]}
                margin={{ top: 16, right: 16, bottom: 0, left: 0 }}
                style={{ width: '100%', maxWidth, height }}
                accessibilityLayer
            >
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="week" tickFormatter={(week: string) => weekTick(week, intl)} minTickGap={12} fontSize={12} />
                <YAxis allowDecimals={false} width={44} fontSize={12} tickFormatter={(v: number) => numberFormat.format(v)} />
                <Tooltip
                    labelFormatter={(week) => translate('herzensorte.dashboard.week_of', { date: formatDate(String(week)) })}
                    formatter={(value) => (typeof value === 'number' ? numberFormat.format(value) : String(value ?? '–'))}
                />
                <Legend wrapperStyle={{ fontSize: 12 }} />
                {series.map((s) =>
                    s.type === 'bar' ? (
                        <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
                    ) : (
                        <Line
                            key={s.key}
                            dataKey={s.key}
                            name={s.name}
                            stroke={s.color}
                            strokeWidth={2}
                            dot={false}
                            isAnimationActive={false}
                        />
                    ),
                )}
                {markers.map((m, i) => (
                    <ReferenceLine
                        key={m.id}
                        x={m.week}
                        stroke={EVENT_COLOR}
                        strokeDasharray="4 3"
                        label={{ value: String(i + 1), position: 'top', fill: EVENT_COLOR, fontSize: 12, fontWeight: 600 }}
                    />
                ))}
            </ComposedChart>
            {markers.length > 0 && (
                <Box component="ol" data-testid="campaign-events" sx={{ m: 0, mt: 1, pl: 3, columns: { xs: 1, sm: 2 }, fontSize: 13 }}>
                    {markers.map((m) => (
                        <Typography component="li" variant="body2" key={m.id} sx={{ color: 'text.secondary' }}>
                            {translate(`herzensorte.dashboard.events.${m.id}`, { _: m.id })} ({formatDate(m.date)}
                            {m.end ? `–${formatDate(m.end)}` : ''})
                        </Typography>
                    ))}
                </Box>
            )}
        </Box>
    );
};

export default WeeklyChart;
