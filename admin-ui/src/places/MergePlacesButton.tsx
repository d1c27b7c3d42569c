import { useMemo, useState } from 'react';
import {
    Button as MuiButton,
    Dialog,
    DialogActions,
    DialogContent,
    DialogContentText,
    DialogTitle,
    FormControlLabel,
    Radio,
    RadioGroup,
} from '@mui/material';
import MergeIcon from '@mui/icons-material/MergeType';
import { Button, useDataProvider, useListContext, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { mergePlan } from './placeActions';
import type { Place } from './types';

/** Bulk action: merge the selected places into one (by default the first selected in the list's order). */
export const MergePlacesButton = () => {
    const { selectedIds, data, onUnselectItems } = useListContext<Place>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const dataProvider = useDataProvider<AppDataProvider>();
    const [open, setOpen] = useState(false);
    const [targetId, setTargetId] = useState<string | null>(null);
    const [busy, setBusy] = useState(false);

    const order = useMemo(() => (data ?? []).map((p) => p.id), [data]);
    const plan = mergePlan(selectedIds, order, targetId);
    const byId = new Map((data ?? []).map((p) => [p.id, p]));
    const candidates = plan ? [plan.targetId, ...plan.placeIds] : [];
    const ordered = [...candidates].sort((a, b) => order.indexOf(String(a)) - order.indexOf(String(b)));

    const merge = async () => {
        if (!plan) return;
        setBusy(true);
        try {
            await dataProvider.mergePlaces(plan.targetId, plan.placeIds);
            notify(translate('herzensorte.places.merged', { smart_count: plan.placeIds.length, name: byId.get(String(plan.targetId))?.name ?? plan.targetId }), {
                type: 'success',
            });
            setOpen(false);
            onUnselectItems();
            refresh();
        } catch (error) {
            notify(translate('herzensorte.places.merge_failed', { message: (error as Error)?.message ?? '' }), { type: 'error' });
        } finally {
            setBusy(false);
        }
    };

    return (
        <>
            <Button
                label="herzensorte.places.merge"
                onClick={() => {
                    setTargetId(null);
                    setOpen(true);
                }}
                disabled={!plan}
                data-testid="merge-places"
            >
                <MergeIcon />
            </Button>
            <Dialog open={open} onClose={() => !busy && setOpen(false)} aria-labelledby="merge-places-title">
                <DialogTitle id="merge-places-title">{translate('herzensorte.places.merge_title', { smart_count: candidates.length })}</DialogTitle>
                <DialogContent>
                    <DialogContentText>{translate('herzensorte.places.merge_hint')}</DialogContentText>
                    <RadioGroup value={plan ? String(plan.targetId) : ''} onChange={(_, value) => setTargetId(value)}>
                        {ordered.map((id) => {
                            const place = byId.get(String(id));
                            return (
                                <FormControlLabel
                                    key={String(id)}
                                    value={String(id)}
                                    control={<Radio />}
                                    label={translate('herzensorte.places.merge_option', {
                                        name: place?.name ?? String(id),
                                        smart_count: place?.entryCount ?? 0,
                                    })}
                                />
                            );
                        })}
                    </RadioGroup>
                </DialogContent>
                <DialogActions>
                    <MuiButton onClick={() => setOpen(false)} disabled={busy}>
                        {translate('ra.action.cancel')}
                    </MuiButton>
                    <MuiButton onClick={merge} variant="contained" disabled={busy || !plan} data-testid="merge-confirm">
                        {translate('herzensorte.places.merge')}
                    </MuiButton>
                </DialogActions>
            </Dialog>
        </>
    );
};

export default MergePlacesButton;
