import { Box, Card, CardContent, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n/intlLocale';
import type { ModerationStats } from '../types';
import { formatRelativeTime } from './relativeTime';

const Counter = ({ testId, label, value, title, rawValue }: { testId: string; label: string; value: string; title?: string; rawValue?: string | number | null }) => (
    <Card variant="outlined" data-testid={testId} data-value={rawValue ?? ''} title={title}>
        <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
            <Typography variant="overline" color="text.secondary" component="div" sx={{ lineHeight: 1.6 }}>
                {label}
            </Typography>
            <Typography variant="h5" component="div">
                {value}
            </Typography>
        </CardContent>
    </Card>
);

/** The queue's figures above the moderation view. */
export const ModerationCounters = ({ stats }: { stats?: ModerationStats }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const intl = intlLocale(locale);
    const number = (value: number | undefined) => (value === undefined ? '…' : new Intl.NumberFormat(intl).format(value));
    const none = translate('herzensorte.moderation.counters.none');
    const oldest = stats?.oldestWaiting;
    return (
        <Box
            sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' }, gap: 2, mb: 2 }}
            data-testid="moderation-counters"
        >
            <Counter testId="moderation-counter-pending" label={translate('herzensorte.moderation.counters.pending')} value={number(stats?.pending)} rawValue={stats?.pending} />
            <Counter testId="moderation-counter-flagged" label={translate('herzensorte.moderation.counters.flagged')} value={number(stats?.flagged)} rawValue={stats?.flagged} />
            <Counter testId="moderation-counter-decided" label={translate('herzensorte.moderation.counters.decided_today')} value={number(stats?.decidedToday)} rawValue={stats?.decidedToday} />
            <Counter
                testId="moderation-counter-oldest"
                label={translate('herzensorte.moderation.counters.oldest_waiting')}
                value={stats ? (oldest ? formatRelativeTime(oldest, Date.now(), intl) : none) : '…'}
                title={oldest ? new Date(oldest).toLocaleString(intl) : undefined}
                rawValue={oldest}
            />
        </Box>
    );
};

export default ModerationCounters;
