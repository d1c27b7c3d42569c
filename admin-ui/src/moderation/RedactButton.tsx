import { useEffect, useState, type RefObject } from 'react';
import {
    Box,
    Button,
    Dialog,
    DialogActions,
    DialogContent,
    DialogTitle,
    TextField,
    Typography,
} from '@mui/material';
import RedactIcon from '@mui/icons-material/FormatStrikethrough';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import type { Entry } from '../types';
import { selectionIn } from './domSelection';
import { previewRedaction, REDACT_REASON_MAX, redactReasonError } from './selection';
import { useModerationDecisions } from './useModerationDecisions';

interface RedactButtonProps {
    record: Entry;
    /** The element that renders the story (HighlightedStory). */
    storyRef: RefObject<HTMLElement | null>;
    onRedacted?: (record: Entry) => void;
}

/**
 * "Text schwärzen": select a passage of the story, click, give a reason; the
 * server replaces the passage with "[entfernt]" and records it in the history.
 */
export const RedactButton = ({ record, storyRef, onRedacted }: RedactButtonProps) => {
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const dataProvider = useDataProvider<AppDataProvider>();
    const { errorText } = useModerationDecisions();
    const [span, setSpan] = useState<{ start: number; end: number } | null>(null);
    const [open, setOpen] = useState<{ start: number; end: number } | null>(null);
    const [reason, setReason] = useState('');
    const [touched, setTouched] = useState(false);
    const [saving, setSaving] = useState(false);

    useEffect(() => {
        const update = () => setSpan(selectionIn(storyRef.current));
        document.addEventListener('selectionchange', update);
        return () => document.removeEventListener('selectionchange', update);
    }, [storyRef]);

    const story = record.story ?? '';
    const error = redactReasonError(reason);

    const submit = async () => {
        setTouched(true);
        if (!open || error) return;
        setSaving(true);
        try {
            const { data } = await dataProvider.redact(record.id, { ...open, reason: reason.trim(), version: record.version });
            notify('herzensorte.redact.done', { type: 'success' });
            setOpen(null);
            window.getSelection()?.removeAllRanges();
            onRedacted?.(data);
            refresh();
        } catch (e) {
            notify(errorText(e, 'herzensorte.redact.failed'), { type: 'error' });
            if ((e as { status?: number })?.status === 409) {
                setOpen(null);
                refresh();
            }
        } finally {
            setSaving(false);
        }
    };

    return (
        <>
            <Box component="span" title={span ? undefined : translate('herzensorte.redact.hint')}>
                <Button
                    size="small"
                    startIcon={<RedactIcon />}
                    disabled={!span}
                    data-testid="redact-button"
                    // keep the text selection: a focus change would clear it before the click
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => {
                        if (!span) return;
                        setReason('');
                        setTouched(false);
                        setOpen(span);
                    }}
                >
                    {translate('herzensorte.redact.button')}
                </Button>
            </Box>
            <Dialog open={!!open} onClose={() => setOpen(null)} data-testid="redact-dialog" fullWidth maxWidth="sm">
                <DialogTitle>{translate('herzensorte.redact.title')}</DialogTitle>
                {open && (
                    <DialogContent>
                        <Typography variant="body2" color="text.secondary">
                            {translate('herzensorte.redact.selection', { smart_count: open.end - open.start })}
                        </Typography>
                        <Typography
                            component="blockquote"
                            data-testid="redact-selection"
                            sx={{ my: 1, mx: 0, pl: 1.5, borderLeft: 3, borderColor: 'error.main', whiteSpace: 'pre-wrap' }}
                        >
                            {story.slice(open.start, open.end)}
                        </Typography>
                        <Typography variant="body2" color="text.secondary">
                            {translate('herzensorte.redact.preview')}
                        </Typography>
                        <Typography variant="body2" sx={{ my: 1, whiteSpace: 'pre-wrap', maxHeight: 160, overflow: 'auto' }}>
                            {previewRedaction(story, open.start, open.end)}
                        </Typography>
                        <TextField
                            autoFocus
                            required
                            multiline
                            minRows={2}
                            fullWidth
                            name="reason"
                            label={translate('herzensorte.redact.reason')}
                            value={reason}
                            onChange={(event) => setReason(event.target.value)}
                            onBlur={() => setTouched(true)}
                            error={touched && !!error}
                            helperText={
                                touched && error
                                    ? translate(`herzensorte.redact.reason_${error}`)
                                    : `${translate('herzensorte.redact.reason_help')} (${reason.trim().length}/${REDACT_REASON_MAX})`
                            }
                            sx={{ mt: 1 }}
                        />
                    </DialogContent>
                )}
                <DialogActions>
                    <Button onClick={() => setOpen(null)}>{translate('ra.action.cancel')}</Button>
                    <Button variant="contained" color="error" onClick={submit} disabled={saving} data-testid="redact-confirm">
                        {translate('herzensorte.redact.confirm')}
                    </Button>
                </DialogActions>
            </Dialog>
        </>
    );
};

export default RedactButton;
