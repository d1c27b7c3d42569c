import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Box, LinearProgress, Snackbar, type AlertColor } from '@mui/material';
import {
    RecordContextProvider,
    ResourceContextProvider,
    Title,
    useCreatePath,
    useGetList,
    useNavigate,
    useNotify,
    usePermissions,
    useTranslate,
    type Identifier,
} from 'react-admin';
import type { Entry, ModerationAction, ReasonCode } from '../types';
import { claimHolder } from './claims';
import { commandForKey, type ShortcutCommand } from './keyboard';
import KeyboardLegend from './KeyboardLegend';
import ModerationCounters from './ModerationCounters';
import { EmptyQueue, QueueEntryCard } from './QueueEntryCard';
import { neighbourId, newerRecord, nextAfterDecision, queuePosition, resolveCurrent } from './queue';
import ReasonDialog from './ReasonDialog';
import { canModerate, QUEUE_STATUSES } from './transitions';
import UndoAlert from './UndoAlert';
import { useClaim } from './useClaim';
import { useModerationDecisions, type DecisionRecord } from './useModerationDecisions';
import { useModerationStats } from './useModerationStats';

// Flagged first, then oldest; entries someone else is reviewing are left out.
const QUEUE_QUERY = {
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'queue', order: 'ASC' as const },
    filter: { status: QUEUE_STATUSES, claimable: true },
};
const QUEUE_POLL_MS = 30 * 1000;
const MAX_HISTORY = 20;
const TOAST_MS = 8000;

const without = <T,>(set: ReadonlySet<T>, item: T): ReadonlySet<T> => {
    const copy = new Set(set);
    copy.delete(item);
    return copy;
};

interface Toast {
    key: number;
    message: string;
    severity: AlertColor;
    decision?: DecisionRecord;
}

/** The moderation queue, one entry at a time, operated from the keyboard. */
export const ModerationView = () => {
    const { permissions } = usePermissions();
    if (permissions === 'district_viewer') {
        return <NoAccess />;
    }
    return <ModerationQueue />;
};

const NoAccess = () => {
    const translate = useTranslate();
    return (
        <Box data-testid="moderation-view" sx={{ py: 2 }}>
            <Alert severity="info">{translate('herzensorte.moderation.no_access')}</Alert>
        </Box>
    );
};

const ModerationQueue = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const navigate = useNavigate();
    const createPath = useCreatePath();
    const { decide, undo, reload, errorText } = useModerationDecisions();
    const { data, total, isPending, error, refetch } = useGetList<Entry>('entries', QUEUE_QUERY, {
        refetchInterval: QUEUE_POLL_MS,
    });

    const [currentId, setCurrentId] = useState<Identifier | null>(null);
    // An entry brought back by undo is shown even if it is beyond the fetched page.
    const [pinnedId, setPinnedId] = useState<Identifier | null>(null);
    // Entries this session is done with: decided here, or claimed by someone else.
    const [skip, setSkip] = useState<ReadonlySet<Identifier>>(() => new Set());
    // Records returned by decisions/undo, newer than the list until it is refetched.
    const [ownCopies, setOwnCopies] = useState<Record<string, Entry>>({});
    const [history, setHistory] = useState<DecisionRecord[]>([]);
    const [toast, setToast] = useState<Toast | null>(null);
    const [busy, setBusy] = useState(false);
    const [rejecting, setRejecting] = useState(false);
    const [statsKey, setStatsKey] = useState(0);
    // Decisions whose request is still under way (the view has moved on already).
    const inFlight = useRef(new Set<Identifier>());
    const lastIndex = useRef(0);
    const direction = useRef<1 | -1>(1);
    const stats = useModerationStats(statsKey);

    const ids = useMemo(() => (data ?? []).map((e) => e.id as Identifier), [data]);
    const shownId = resolveCurrent(ids, currentId, skip, lastIndex.current, pinnedId);
    const entry =
        shownId == null ? undefined : newerRecord(data?.find((e) => e.id === shownId), ownCopies[String(shownId)]);

    useEffect(() => {
        if (shownId !== currentId) setCurrentId(shownId);
        const index = shownId == null ? -1 : ids.indexOf(shownId);
        if (index >= 0) lastIndex.current = index;
    }, [shownId, currentId, ids]);

    // Callbacks that run later (claim results, key presses) read the latest state.
    const latest = useRef({ ids, skip });
    latest.current = { ids, skip };

    const claim = useClaim(entry?.id ?? null, (id, message) => {
        const holder = claimHolder(message);
        notify(holder ? 'herzensorte.moderation.claim.skipped' : message || 'ra.notification.http_error', {
            type: 'warning',
            messageArgs: { email: holder },
        });
        const without = new Set(latest.current.skip).add(id);
        const step = direction.current;
        const next =
            neighbourId(latest.current.ids, id, step, without, lastIndex.current) ??
            neighbourId(latest.current.ids, id, step === 1 ? -1 : 1, without, lastIndex.current);
        setSkip(without);
        setPinnedId(null);
        setCurrentId(next);
    });

    const go = (step: 1 | -1) => {
        const next = neighbourId(ids, shownId, step, skip, lastIndex.current);
        if (next == null) {
            notify(step === 1 ? 'herzensorte.moderation.end_of_queue' : 'herzensorte.moderation.start_of_queue', {
                type: 'info',
            });
            return;
        }
        direction.current = step;
        setPinnedId(null);
        setCurrentId(next);
    };

    const notAllowed = (action: ModerationAction) =>
        notify('herzensorte.moderation.not_allowed', {
            type: 'warning',
            messageArgs: {
                action: translate(`herzensorte.action.${action}`),
                status: translate(`herzensorte.status.${entry?.status}`, { _: entry?.status }),
            },
        });

    const decideCurrent = async (action: ModerationAction, reasonCode?: ReasonCode, note?: string) => {
        if (!entry || busy || inFlight.current.has(entry.id)) return;
        if (!canModerate(entry.status, action)) {
            notAllowed(action);
            return;
        }
        const decided = entry;
        // Move on at once; the request runs in the background. Should it fail,
        // the view comes back to the entry (in its current version).
        inFlight.current.add(decided.id);
        setSkip((s) => new Set(s).add(decided.id));
        setPinnedId(null);
        direction.current = 1;
        setCurrentId(nextAfterDecision(ids, decided.id, skip, lastIndex.current));
        try {
            const { record, decision } = await decide(decided, action, { reasonCode, note });
            setHistory((h) => [...h.slice(-(MAX_HISTORY - 1)), decision]);
            setOwnCopies((copies) => ({ ...copies, [String(decided.id)]: record }));
            setToast({
                key: Date.now(),
                severity: 'success',
                decision,
                message: translate(`herzensorte.moderation.decided.${action}`, {
                    name: decided.placeName,
                    reason: reasonCode ? translate(`herzensorte.reason.${reasonCode}`) : '',
                }),
            });
            setStatsKey((k) => k + 1);
        } catch (e) {
            notify(errorText(e, 'herzensorte.moderation.failed'), { type: 'error' });
            const current = await reload(decided.id).catch(() => undefined);
            if (current) setOwnCopies((copies) => ({ ...copies, [String(decided.id)]: current }));
            setSkip((s) => without(s, decided.id));
            setPinnedId(decided.id);
            setCurrentId(decided.id);
        } finally {
            inFlight.current.delete(decided.id);
            refetch();
        }
    };

    const undoDecision = async (target?: DecisionRecord) => {
        const decision = target ?? history[history.length - 1];
        if (!decision) {
            notify('herzensorte.moderation.nothing_to_undo', { type: 'info' });
            return;
        }
        if (busy || inFlight.current.size > 0) return;
        setBusy(true);
        setToast(null);
        try {
            const { plan, record } = await undo(decision);
            setHistory((h) => h.filter((d) => d !== decision));
            setSkip((s) => without(s, decision.entryId));
            setOwnCopies((copies) => ({ ...copies, [String(record.id)]: record }));
            setPinnedId(decision.entryId);
            setCurrentId(decision.entryId);
            setToast({
                key: Date.now(),
                severity: plan.restores ? 'info' : 'warning',
                message: translate(plan.restores ? 'herzensorte.moderation.undone' : 'herzensorte.moderation.undo_partial', {
                    name: decision.placeName,
                    status: translate(`herzensorte.status.${record.status}`).toLocaleLowerCase(),
                }),
            });
            setStatsKey((k) => k + 1);
        } catch (e) {
            notify(errorText(e, 'herzensorte.moderation.undo_failed'), { type: 'error' });
        } finally {
            setBusy(false);
            refetch();
        }
    };

    const commands: Record<ShortcutCommand, () => void> = {
        next: () => go(1),
        previous: () => go(-1),
        approve: () => decideCurrent('approve'),
        hold: () => decideCurrent('hold'),
        reject: () => {
            if (!entry || busy) return;
            if (canModerate(entry.status, 'reject')) setRejecting(true);
            else notAllowed('reject');
        },
        edit: () => {
            if (entry) navigate(createPath({ resource: 'entries', id: entry.id, type: 'edit' }));
        },
        undo: () => undoDecision(),
    };
    const commandsRef = useRef(commands);
    commandsRef.current = commands;
    const rejectingRef = useRef(rejecting);
    rejectingRef.current = rejecting;

    useEffect(() => {
        const onKeyDown = (event: KeyboardEvent) => {
            if (event.defaultPrevented || rejectingRef.current) return;
            const command = commandForKey(event);
            if (!command) return;
            event.preventDefault();
            commandsRef.current[command]();
        };
        window.addEventListener('keydown', onKeyDown);
        return () => window.removeEventListener('keydown', onKeyDown);
    }, []);

    const { position, count } = queuePosition(ids, shownId, skip);
    // The page holds the first 50; the rest of the queue follows as it shrinks.
    const queueCount = count + Math.max(0, (total ?? 0) - ids.length);

    let content;
    if (error && !data) {
        content = <Alert severity="error">{translate('herzensorte.moderation.load_error')}</Alert>;
    } else if (isPending) {
        content = <LinearProgress />;
    } else if (!entry) {
        content = <EmptyQueue canUndo={history.length > 0 && !busy} onUndo={() => undoDecision()} />;
    } else {
        content = (
            <ResourceContextProvider value="entries">
                <RecordContextProvider value={entry}>
                    <QueueEntryCard
                        entry={entry}
                        position={position}
                        count={queueCount}
                        claim={claim}
                        busy={busy}
                        canUndo={history.length > 0}
                        onCommand={(command) => commands[command]()}
                    />
                </RecordContextProvider>
            </ResourceContextProvider>
        );
    }

    return (
        <Box data-testid="moderation-view" sx={{ py: 2 }}>
            <Title title={translate('herzensorte.moderation.title')} />
            <ModerationCounters stats={stats.data} />
            {content}
            <KeyboardLegend />
            <ReasonDialog
                open={rejecting}
                onCancel={() => setRejecting(false)}
                onConfirm={(reasonCode, note) => {
                    setRejecting(false);
                    decideCurrent('reject', reasonCode, note);
                }}
            />
            {toast && (
                <Snackbar
                    key={toast.key}
                    open
                    autoHideDuration={TOAST_MS}
                    onClose={(_, reason) => reason !== 'clickaway' && setToast(null)}
                    anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
                >
                    {/* a plain element, so the Snackbar's transition can hold a ref */}
                    <div>
                        <UndoAlert
                            message={toast.message}
                            severity={toast.severity}
                            shortcutHint="(U)"
                            onUndo={toast.decision ? () => undoDecision(toast.decision) : undefined}
                        />
                    </div>
                </Snackbar>
            )}
        </Box>
    );
};

export default ModerationView;
