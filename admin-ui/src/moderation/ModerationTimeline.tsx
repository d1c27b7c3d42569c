import { Box, Chip, Stack, Typography } from '@mui/material';
import { useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n/intlLocale';
import { statusColor } from '../entries/statusColors';
import type { Entry, ModerationEvent } from '../types';
import { describeChanges, type ChangeLine } from './eventChanges';

const StatusLabel = ({ status }: { status: string | null }) => {
    const translate = useTranslate();
    if (!status) return null;
    return (
        <Chip
            size="small"
            label={translate(`herzensorte.status.${status}`, { _: status })}
            sx={{ bgcolor: statusColor(status), color: '#fff', height: 20 }}
        />
    );
};

const Change = ({ line }: { line: ChangeLine }) => {
    const translate = useTranslate();
    if (line.kind === 'redact') {
        return (
            <Typography variant="body2" component="li">
                {translate('herzensorte.timeline.redacted', { start: line.start, end: line.end, smart_count: line.removedLength })}
            </Typography>
        );
    }
    const empty = translate('herzensorte.timeline.empty_value');
    return (
        <Typography variant="body2" component="li" sx={{ overflowWrap: 'anywhere' }}>
            <strong>{translate(`resources.entries.fields.${line.field}`, { _: line.field })}:</strong>{' '}
            <Box component="span" sx={{ textDecoration: 'line-through', color: 'text.secondary' }}>
                {line.from || empty}
            </Box>{' '}
            → {line.to || empty}
        </Typography>
    );
};

/** The entry's moderation events, newest first: who, when, what, from → to, why. */
export const ModerationTimeline = ({ entryId }: { entryId?: string }) => {
    const record = useRecordContext<Entry>();
    const id = entryId ?? record?.id;
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const { data, isPending, error } = useGetList<ModerationEvent>(
        'moderation-events',
        { filter: { entryId: id }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 50 } },
        { enabled: !!id },
    );
    if (!id) return null;
    if (error) {
        return (
            <Typography variant="body2" color="error">
                {translate('herzensorte.timeline.load_error')}
            </Typography>
        );
    }
    if (isPending) return null;
    if (!data?.length) {
        return (
            <Typography variant="body2" color="text.secondary" data-testid="moderation-timeline">
                {translate('herzensorte.timeline.empty')}
            </Typography>
        );
    }
    const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
    return (
        <Box component="ol" data-testid="moderation-timeline" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {data.map((event) => {
                const changes = describeChanges(event.action, event.changes);
                return (
                    <Box
                        component="li"
                        key={event.id}
                        data-action={event.action}
                        sx={{ borderLeft: 2, borderColor: 'divider', pl: 1.5, pb: 1.5, position: 'relative' }}
                    >
                        <Typography variant="caption" color="text.secondary" component="div">
                            <time dateTime={event.createdAt}>{format.format(new Date(event.createdAt))}</time>
                            {' · '}
                            {event.actorEmail ?? translate('herzensorte.timeline.system')}
                        </Typography>
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
                            <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
                                {translate(`herzensorte.event.${event.action}`, { _: event.action })}
                            </Typography>
                            {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus && (
                                <>
                                    <StatusLabel status={event.fromStatus} />
                                    <span aria-hidden>→</span>
                                    <StatusLabel status={event.toStatus} />
                                </>
                            )}
                        </Stack>
                        {event.reasonCode && (
                            <Typography variant="body2">
                                {translate('resources.moderation-events.fields.reasonCode')}:{' '}
                                {translate(`herzensorte.reason.${event.reasonCode}`, { _: event.reasonCode })}
                            </Typography>
                        )}
                        {event.note && (
                            <Typography variant="body2" sx={{ fontStyle: 'italic', whiteSpace: 'pre-wrap' }}>
                                {event.note}
                            </Typography>
                        )}
                        {changes.length > 0 && (
                            <Box component="ul" sx={{ m: 0, pl: 2 }}>
                                {changes.map((line, index) => (
                                    <Change key={index} line={line} />
                                ))}
                            </Box>
                        )}
                    </Box>
                );
            })}
        </Box>
    );
};

export default ModerationTimeline;
