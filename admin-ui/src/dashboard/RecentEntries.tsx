import { Box, Link as MuiLink, List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { RecordContextProvider, useGetList, useLocaleState, useTranslate } from 'react-admin';
import StatusChip from '../entries/StatusChip';
import { intlLocale } from '../i18n/intlLocale';
import type { Entry } from '../types';
import type { AnalyticsFilter } from './analyticsTypes';

const SHOWN = 8;

/** The newest entries (with the dashboard's theme filter) and how many there are in all. */
export const RecentEntries = ({ filter }: { filter: AnalyticsFilter }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const intl = intlLocale(locale);
    const { data, total, error, isPending } = useGetList<Entry>('entries', {
        pagination: { page: 1, perPage: SHOWN },
        sort: { field: 'submittedAt', order: 'DESC' },
        filter,
    });
    const dateFormat = new Intl.DateTimeFormat(intl, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Berlin' });
    if (error) return <Typography color="error">{translate('herzensorte.dashboard.load_error')}</Typography>;
    if (isPending) return <Typography color="text.secondary">{translate('herzensorte.dashboard.loading')}</Typography>;
    return (
        <Box data-testid="recent-entries">
            <MuiList dense disablePadding>
                {(data ?? []).map((entry) => (
                    <RecordContextProvider value={entry} key={entry.id}>
                        <ListItem disableGutters secondaryAction={<StatusChip source="status" />} sx={{ pr: 14 }}>
                            <ListItemText
                                primary={
                                    <MuiLink href={`#/entries/${encodeURIComponent(entry.id)}/show`} underline="hover">
                                        {entry.placeName}
                                    </MuiLink>
                                }
                                secondary={dateFormat.format(new Date(entry.submittedAt))}
                            />
                        </ListItem>
                    </RecordContextProvider>
                ))}
            </MuiList>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="recent-entries-total">
                {translate('herzensorte.dashboard.recent_total', {
                    shown: (data ?? []).length,
                    total: new Intl.NumberFormat(intl).format(total ?? 0),
                })}{' '}
                <MuiLink href="#/entries">{translate('herzensorte.dashboard.all_entries')}</MuiLink>
            </Typography>
        </Box>
    );
};

export default RecentEntries;
