import { useState } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import {
    Button,
    useDataProvider,
    useListContext,
    useNotify,
    useRecordContext,
    useRedirect,
    useRefresh,
    useTranslate,
} from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { newPlaceId, splitProblem } from './placeActions';
import type { Place } from './types';

/** Bulk action on a place's entries: split the selected ones off into a new place. */
export const SplitEntriesButton = () => {
    const place = useRecordContext<Place>();
    const { selectedIds, data, total, onUnselectItems } = useListContext();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const redirect = useRedirect();
    const dataProvider = useDataProvider<AppDataProvider>();
    const [open, setOpen] = useState(false);
    const [busy, setBusy] = useState(false);
    const problem = splitProblem(selectedIds, (data ?? []).map((e) => e.id), total);

    const split = async () => {
        if (!place || problem) return;
        setBusy(true);
        try {
            const { data: body } = await dataProvider.splitPlace(place.id, selectedIds);
            notify(translate('herzensorte.places.split_done', { smart_count: selectedIds.length }), { type: 'success' });
            setOpen(false);
            onUnselectItems();
            const created = newPlaceId(body);
            if (created !== null) redirect('show', 'places', created);
            else refresh();
        } catch (error) {
            notify(translate('herzensorte.places.split_failed', { message: (error as Error)?.message ?? '' }), { type: 'error' });
        } finally {
            setBusy(false);
        }
    };

    return (
        <>
            <Button label="herzensorte.places.split" onClick={() => setOpen(true)} disabled={Boolean(problem)} data-testid="split-entries">
                <CallSplitIcon />
            </Button>
            <Dialog open={open} onClose={() => !busy && setOpen(false)} aria-labelledby="split-entries-title">
                <DialogTitle id="split-entries-title">{translate('herzensorte.places.split_title', { smart_count: selectedIds.length })}</DialogTitle>
                <DialogContent>
                    <DialogContentText>{translate('herzensorte.places.split_hint', { name: place?.name ?? '' })}</DialogContentText>
                </DialogContent>
                <DialogActions>
                    <MuiButton onClick={() => setOpen(false)} disabled={busy}>
                        {translate('ra.action.cancel')}
                    </MuiButton>
                    <MuiButton onClick={split} variant="contained" disabled={busy || Boolean(problem)} data-testid="split-confirm">
                        {translate('herzensorte.places.split')}
                    </MuiButton>
                </DialogActions>
            </Dialog>
        </>
    );
};

export default SplitEntriesButton;
