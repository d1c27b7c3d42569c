import { Box } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { intlLocale } from '../i18n/intlLocale';
import type { ThemeBar } from './dashboardData';

export const THEME_BAR_COLOR = '#d9480f';

/** Approved entries per theme, most frequent first (an entry can have several themes). */
export const ThemeChart = ({ bars, name, testId = 'theme-chart' }: { bars: ThemeBar[]; name: string; testId?: string }) => {
    const [locale] = useLocaleState();
    const numberFormat = new Intl.NumberFormat(intlLocale(locale));
    return (
        <Box data-testid={testId} className="report-chart">
            <BarChart
                responsive
                layout="vertical"
                data={bars}
                margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
                style={{ width: '100%', maxWidth: 720, height: Math.max(120, 28 * bars.length + 40) }}
            >
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} fontSize={12} tickFormatter={(v: number) => numberFormat.format(v)} />
                <YAxis type="category" dataKey="label" width={120} fontSize={12} interval={0} />
                <Tooltip formatter={(value) => (typeof value === 'number' ? numberFormat.format(value) : String(value ?? ''))} />
                <Bar dataKey="count" name={name} fill={THEME_BAR_COLOR} isAnimationActive={false} />
            </BarChart>
        </Box>
    );
};

export default ThemeChart;
