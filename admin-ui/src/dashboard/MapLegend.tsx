import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n/intlLocale';
import { legendLabel, type LegendItem } from '../map/choropleth';
import { toCss } from '../map/colors';

/** Colour swatches with their ranges ("unter 5", "5 – 10", "ab 10"). */
export const MapLegend = ({ title, items, testId = 'map-legend' }: { title: string; items: LegendItem[]; testId?: string }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const format = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format;
    const phrases = {
        below: translate('herzensorte.legend.below', { to: '%{to}' }),
        range: translate('herzensorte.legend.range', { from: '%{from}', to: '%{to}' }),
        atLeast: translate('herzensorte.legend.at_least', { from: '%{from}' }),
        all: translate('herzensorte.legend.all'),
    };
    return (
        <Box data-testid={testId} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mt: 1 }}>
            <Typography variant="caption" sx={{ fontWeight: 600 }}>
                {title}
            </Typography>
            {items.map((item, i) => (
                <Box key={i} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                    <Box
                        component="span"
                        aria-hidden
                        sx={{ width: 14, height: 14, borderRadius: 0.5, border: 1, borderColor: 'divider', bgcolor: toCss(item.color), printColorAdjust: 'exact' }}
                    />
                    <Typography variant="caption">{legendLabel(item, format, phrases)}</Typography>
                </Box>
            ))}
        </Box>
    );
};

export default MapLegend;
