import { useState } from 'react';
import { Button, Stack } from '@mui/material';
import {
    useGetList,
    useNotify,
    usePermissions,
    useRecordContext,
    useRefresh,
    useTranslate,
} from 'react-admin';
import type { Entry, ModerationAction, ModerationEvent, ReasonCode } from '../types';
import { ACTION_COLORS, ACTION_ICONS } from './actionIcons';
import ReasonDialog from './ReasonDialog';
import { allowedActions, needsReason } from './transitions';
import UndoAlert from './UndoAlert';
import { useModerationDecisions, type DecisionRecord } from './useModerationDecisions';

/**
 * Approve / reject / hold / reopen on the show page: only the actions the
 * entry's status allows. Each decision is confirmed with an Undo button.
 */
export const DecisionButtons = () => {
    const record = useRecordContext<Entry>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const { permissions } = usePermissions();
    const { decide, undo, errorText } = useModerationDecisions();
    const [rejecting, setRejecting] = useState(false);
    const [busy, setBusy] = useState(false);

    // The reason of the last rejection, so that undoing a reopen can restore it.
    const { data: lastRejection } = useGetList<ModerationEvent>(
        'moderation-events',
        { filter: { entryId: record?.id, action: 'reject' }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
        { enabled: record?.status === 'rejected' },
    );

    if (!record || permissions === 'district_viewer') return null;

    const runUndo = async (decision: DecisionRecord) => {
        try {
            const { plan, record: after } = await undo(decision);
            notify(
                translate(plan.restores ? 'herzensorte.moderation.undone' : 'herzensorte.moderation.undo_partial', {
                    name: decision.placeName,
                    status: translate(`herzensorte.status.${after.status}`).toLocaleLowerCase(),
                }),
                { type: plan.restores ? 'info' : 'warning' },
            );
        } catch (error) {
            notify(errorText(error, 'herzensorte.moderation.undo_failed'), { type: 'error' });
        }
        refresh();
    };

    const run = async (action: ModerationAction, reasonCode?: ReasonCode, note?: string) => {
        setBusy(true);
        try {
            const { decision } = await decide(record, action, {
                reasonCode,
                note,
                previousReasonCode: lastRejection?.[0]?.reasonCode ?? null,
            });
            const message = translate(`herzensorte.moderation.decided.${action}`, {
                name: record.placeName,
                reason: reasonCode ? translate(`herzensorte.reason.${reasonCode}`) : '',
            });
            notify(<UndoAlert message={message} onUndo={() => runUndo(decision)} />, { autoHideDuration: 8000 });
        } catch (error) {
            notify(errorText(error, 'herzensorte.moderation.failed'), { type: 'error' });
        } finally {
            setBusy(false);
            refresh();
        }
    };

    return (
        <>
            <Stack direction="row" spacing={1} data-testid="decision-buttons">
                {allowedActions(record.status).map((action) => {
                    const Icon = ACTION_ICONS[action];
                    return (
                        <Button
                            key={action}
                            size="small"
                            variant="outlined"
                            color={ACTION_COLORS[action]}
                            startIcon={<Icon />}
                            disabled={busy}
                            aria-label={translate(`herzensorte.action.${action}`)}
                            data-action={action}
                            onClick={() => (needsReason(action) ? setRejecting(true) : run(action))}
                        >
                            {translate(`herzensorte.action.${action}`)}
                        </Button>
                    );
                })}
            </Stack>
            <ReasonDialog
                open={rejecting}
                onCancel={() => setRejecting(false)}
                onConfirm={(reasonCode, note) => {
                    setRejecting(false);
                    run('reject', reasonCode, note);
                }}
            />
        </>
    );
};

export default DecisionButtons;
