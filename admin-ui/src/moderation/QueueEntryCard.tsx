import { Alert, Box, Button, Card, CardActions, CardContent, Chip, IconButton, Stack, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import NextIcon from '@mui/icons-material/NavigateNext';
import PreviousIcon from '@mui/icons-material/NavigateBefore';
import UndoIcon from '@mui/icons-material/Undo';
import { Labeled, ReferenceField, SelectField, TextField, useLocaleState, useTranslate } from 'react-admin';
import { channelChoices } from '../entries/choices';
import FlagsField from '../entries/FlagsField';
import { statusColor } from '../entries/statusColors';
import ThemesField from '../entries/ThemesField';
import LocalizedDateField from '../fields/LocalizedDateField';
import { intlLocale } from '../i18n/intlLocale';
import EntryMap from '../map/EntryMap';
import type { Entry, ModerationAction } from '../types';
import { ACTION_COLORS, ACTION_ICONS } from './actionIcons';
import HighlightedStory from './HighlightedStory';
import { shortcutKey, type ShortcutCommand } from './keyboard';
import { Kbd } from './KeyboardLegend';
import { formatRelativeTime } from './relativeTime';
import { claimHolder } from './claims';
import { canModerate } from './transitions';
import type { ClaimState } from './useClaim';

const QUEUE_ACTIONS = ['approve', 'reject', 'hold'] as const satisfies readonly (ModerationAction & ShortcutCommand)[];

const ClaimInfo = ({ claim, entry }: { claim: ClaimState; entry: Entry }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const time = (iso: string) => new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short' }).format(new Date(iso));
    let text: string | null = null;
    let color = 'text.secondary';
    if (claim.state === 'claiming') text = translate('herzensorte.moderation.claim.claiming');
    else if (claim.state === 'mine') text = translate('herzensorte.moderation.claim.mine', { time: time(claim.claimedUntil) });
    else if (claim.state === 'taken') {
        const holder = claimHolder(claim.message);
        text = holder ? translate('herzensorte.moderation.claim.other', { email: holder }) : claim.message;
        color = 'warning.main';
    } else if (claim.state === 'failed') {
        text = translate('herzensorte.moderation.claim.failed', { message: claim.message });
        color = 'error.main';
    } else if (entry.claimedBy) text = translate('herzensorte.moderation.claim.other', { email: entry.claimedBy });
    if (!text) return null;
    return (
        <Typography variant="body2" sx={{ color }} data-testid="moderation-claim" data-claim-state={claim.state}>
            {text}
        </Typography>
    );
};

interface QueueEntryCardProps {
    entry: Entry;
    position: number;
    count: number;
    claim: ClaimState;
    busy: boolean;
    canUndo: boolean;
    onCommand: (command: ShortcutCommand) => void;
}

/** The entry under review, large: story with the flagged passages marked, facts, map, decisions. */
export const QueueEntryCard = ({ entry, position, count, claim, busy, canUndo, onCommand }: QueueEntryCardProps) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const label = (command: ShortcutCommand) =>
        `${translate(`herzensorte.action.${command}`)} (${shortcutKey(command)})`;
    return (
        <Card data-testid="moderation-entry" data-entry-id={entry.id}>
            <CardContent>
                <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
                    <Typography variant="overline" color="text.secondary" data-testid="moderation-position">
                        {position > 0
                            ? translate('herzensorte.moderation.position', { position, count })
                            : translate('herzensorte.moderation.outside_queue')}
                    </Typography>
                    <Stack direction="row">
                        <IconButton aria-label={label('previous')} title={label('previous')} onClick={() => onCommand('previous')}>
                            <PreviousIcon />
                        </IconButton>
                        <IconButton aria-label={label('next')} title={label('next')} onClick={() => onCommand('next')}>
                            <NextIcon />
                        </IconButton>
                    </Stack>
                </Stack>
                <Box
                    sx={{
                        display: 'grid',
                        gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(0, 2fr)' },
                        gap: 3,
                    }}
                >
                    <Box>
                        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
                            <Typography variant="h4" component="h2" data-testid="moderation-place">
                                {entry.placeName}
                            </Typography>
                            <Chip
                                data-testid="moderation-status"
                                data-status={entry.status}
                                label={translate(`herzensorte.status.${entry.status}`, { _: entry.status })}
                                sx={{ bgcolor: statusColor(entry.status), color: '#fff', fontWeight: 500 }}
                            />
                        </Stack>
                        <ClaimInfo claim={claim} entry={entry} />
                        <HighlightedStory
                            story={entry.story}
                            flags={entry.flags}
                            testId="moderation-story"
                            sx={{ fontSize: '1.2rem', lineHeight: 1.6, my: 2, maxWidth: '70ch' }}
                        />
                        <Stack spacing={1} sx={{ mb: 1 }}>
                            <Labeled source="flags">
                                <FlagsField source="flags" withDetail />
                            </Labeled>
                            <Labeled source="themes">
                                <ThemesField source="themes" />
                            </Labeled>
                        </Stack>
                        <Box
                            sx={{
                                display: 'grid',
                                gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
                                columnGap: 2,
                            }}
                        >
                            <Labeled source="address">
                                <TextField source="address" emptyText="–" />
                            </Labeled>
                            <Labeled source="firstName">
                                <TextField source="firstName" emptyText="–" />
                            </Labeled>
                            <Labeled source="districtId">
                                <ReferenceField source="districtId" reference="districts" link={false} emptyText="–" />
                            </Labeled>
                            <Labeled source="submittedAt">
                                <Box>
                                    <LocalizedDateField source="submittedAt" showTime />
                                    <Typography variant="caption" color="text.secondary" component="div">
                                        {formatRelativeTime(entry.submittedAt, Date.now(), intlLocale(locale))}
                                    </Typography>
                                </Box>
                            </Labeled>
                            <Labeled source="channel">
                                <SelectField source="channel" choices={channelChoices} />
                            </Labeled>
                        </Box>
                    </Box>
                    <Box>
                        <EntryMap height={300} />
                    </Box>
                </Box>
            </CardContent>
            <CardActions sx={{ flexWrap: 'wrap', gap: 1, px: 2, pb: 2 }}>
                {QUEUE_ACTIONS.map((action) => {
                    const Icon = ACTION_ICONS[action];
                    return (
                        <Button
                            key={action}
                            variant={action === 'approve' ? 'contained' : 'outlined'}
                            color={ACTION_COLORS[action]}
                            startIcon={<Icon />}
                            aria-label={label(action)}
                            data-action={action}
                            disabled={busy || !canModerate(entry.status, action)}
                            onClick={() => onCommand(action)}
                        >
                            {translate(`herzensorte.action.${action}`)}
                            <Kbd decorative sx={{ ml: 1 }}>{shortcutKey(action)}</Kbd>
                        </Button>
                    );
                })}
                <Button
                    startIcon={<EditIcon />}
                    aria-label={label('edit')}
                    onClick={() => onCommand('edit')}
                >
                    {translate('herzensorte.action.edit')}
                    <Kbd decorative sx={{ ml: 1 }}>{shortcutKey('edit')}</Kbd>
                </Button>
                <Button
                    startIcon={<UndoIcon />}
                    aria-label={label('undo')}
                    disabled={busy || !canUndo}
                    onClick={() => onCommand('undo')}
                >
                    {translate('herzensorte.action.undo')}
                    <Kbd decorative sx={{ ml: 1 }}>{shortcutKey('undo')}</Kbd>
                </Button>
            </CardActions>
        </Card>
    );
};

/** Shown when nothing is left to decide (the last decision can still be undone). */
export const EmptyQueue = ({ canUndo, onUndo }: { canUndo: boolean; onUndo: () => void }) => {
    const translate = useTranslate();
    return (
        <Alert
            severity="success"
            icon={<DoneAllIcon />}
            data-testid="moderation-empty"
            action={
                canUndo ? (
                    <Button
                        color="inherit"
                        startIcon={<UndoIcon />}
                        aria-label={`${translate('herzensorte.action.undo')} (${shortcutKey('undo')})`}
                        onClick={onUndo}
                    >
                        {translate('herzensorte.action.undo')}
                    </Button>
                ) : undefined
            }
        >
            <Typography variant="h6" component="p">
                {translate('herzensorte.moderation.empty')}
            </Typography>
            <Typography variant="body2">{translate('herzensorte.moderation.empty_hint')}</Typography>
        </Alert>
    );
};
