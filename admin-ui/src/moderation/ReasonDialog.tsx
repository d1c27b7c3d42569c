import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
    Button,
    Dialog,
    DialogActions,
    DialogContent,
    DialogTitle,
    List,
    ListItemButton,
    ListItemText,
    TextField,
    Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { REASON_CODES, type ReasonCode } from '../types';
import { reasonDialogKey } from './keyboard';

interface ReasonDialogProps {
    open: boolean;
    onCancel: () => void;
    onConfirm: (reasonCode: ReasonCode, note: string) => void;
    /** Number of entries for a bulk rejection; one entry when unset. */
    count?: number;
}

/** Picks the reject reason: 1–7 at once, arrows + Enter, or a click; Escape cancels. */
export const ReasonDialog = ({ open, onCancel, onConfirm, count }: ReasonDialogProps) => {
    const translate = useTranslate();
    const [highlighted, setHighlighted] = useState(0);
    const [note, setNote] = useState('');
    const listRef = useRef<HTMLUListElement>(null);

    useEffect(() => {
        if (open) {
            setHighlighted(0);
            setNote('');
        }
    }, [open]);

    const choose = (index: number) => {
        const code = REASON_CODES[index];
        if (!code) return;
        // Leave the dialog at once: while it fades out, focus inside it would swallow the next shortcut.
        (document.activeElement as HTMLElement | null)?.blur();
        onConfirm(code, note);
    };

    const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
        const result = reasonDialogKey(event.nativeEvent, highlighted, REASON_CODES.length);
        if (!result) return;
        event.preventDefault();
        event.stopPropagation();
        if (result.type === 'cancel') onCancel();
        else if (result.type === 'move') {
            setHighlighted(result.index);
            listRef.current?.querySelectorAll<HTMLElement>('[role="option"]')[result.index]?.focus();
        } else choose(result.index);
    };

    const title = count === undefined
        ? translate('herzensorte.reason_dialog.title')
        : translate('herzensorte.reason_dialog.title_bulk', { smart_count: count });

    return (
        <Dialog
            open={open}
            onClose={onCancel}
            onKeyDown={handleKeyDown}
            data-testid="reason-dialog"
            disableRestoreFocus
            aria-labelledby="reason-dialog-title"
            fullWidth
            maxWidth="xs"
        >
            <DialogTitle id="reason-dialog-title">{title}</DialogTitle>
            <DialogContent>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {translate('herzensorte.reason_dialog.hint')}
                </Typography>
                <List ref={listRef} role="listbox" aria-labelledby="reason-dialog-title" dense>
                    {REASON_CODES.map((code, index) => (
                        <ListItemButton
                            key={code}
                            role="option"
                            aria-selected={index === highlighted}
                            selected={index === highlighted}
                            autoFocus={open && index === 0}
                            data-reason={code}
                            onFocus={() => setHighlighted(index)}
                            onClick={() => choose(index)}
                        >
                            <ListItemText
                                primary={
                                    <>
                                        <Typography component="kbd" sx={{ fontFamily: 'monospace', mr: 1.5, fontWeight: 600 }}>
                                            {index + 1}
                                        </Typography>
                                        {translate(`herzensorte.reason.${code}`)}
                                    </>
                                }
                            />
                        </ListItemButton>
                    ))}
                </List>
                <TextField
                    label={translate('herzensorte.reason_dialog.note')}
                    value={note}
                    onChange={(event) => setNote(event.target.value)}
                    fullWidth
                    size="small"
                    slotProps={{ htmlInput: { maxLength: 1000 } }}
                    sx={{ mt: 1 }}
                />
            </DialogContent>
            <DialogActions>
                <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
                <Button variant="contained" color="error" onClick={() => choose(highlighted)}>
                    {translate('herzensorte.reason_dialog.confirm')}
                </Button>
            </DialogActions>
        </Dialog>
    );
};

export default ReasonDialog;
