import { useCallback } from 'react';
import { useDataProvider, useTranslate, type Identifier } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import type { Entry, ModerationAction } from '../types';
import { targetStatus } from './transitions';
import { undoPlan, type Decision, type UndoPlan } from './undo';

/** A decision this session took, with what undo needs to reverse it. */
export interface DecisionRecord extends Decision {
    entryId: Identifier;
    placeName: string;
    /** The entry's version after the decision (the first undo step must send it). */
    version: number;
}

export interface DecideOptions {
    reasonCode?: string;
    note?: string;
    /** For a reopen: the reason of the rejection being lifted, so that undo can restore it. */
    previousReasonCode?: string | null;
}

export const statusOf = (error: unknown): number | undefined => (error as { status?: number } | null)?.status;

/**
 * Decisions are sent at once (no undo delay): the counters, the queue and other
 * moderators see the new status immediately. Undo sends the inverse transition(s)
 * from undo.ts, so the audit trail records both the decision and its undo.
 */
export const useModerationDecisions = () => {
    const dataProvider = useDataProvider<AppDataProvider>();
    const translate = useTranslate();

    const decide = useCallback(
        async (entry: Entry, action: ModerationAction, options: DecideOptions = {}) => {
            const { data } = await dataProvider.moderate(entry.id, {
                action,
                version: entry.version,
                ...(options.reasonCode ? { reasonCode: options.reasonCode } : {}),
                ...(options.note?.trim() ? { note: options.note.trim() } : {}),
            });
            const decision: DecisionRecord = {
                entryId: entry.id,
                placeName: entry.placeName,
                action,
                fromStatus: entry.status,
                toStatus: data?.status ?? targetStatus(entry.status, action) ?? entry.status,
                reasonCode: action === 'reopen' ? options.previousReasonCode ?? null : options.reasonCode ?? null,
                version: data?.version ?? entry.version + 1,
            };
            return { record: data, decision };
        },
        [dataProvider],
    );

    const undo = useCallback(
        async (decision: DecisionRecord): Promise<{ plan: UndoPlan; record: Entry }> => {
            const plan = undoPlan(decision);
            let version = decision.version;
            let record: Entry | undefined;
            for (const step of plan.steps) {
                ({ data: record } = await dataProvider.moderate(decision.entryId, {
                    ...step,
                    note: translate('herzensorte.moderation.undo_note'),
                    version,
                }));
                version = record.version;
            }
            if (!record) ({ data: record } = await dataProvider.getOne<Entry>('entries', { id: String(decision.entryId) }));
            return { plan, record };
        },
        [dataProvider, translate],
    );

    const reload = useCallback(
        async (id: Identifier) => (await dataProvider.getOne<Entry>('entries', { id: String(id) })).data,
        [dataProvider],
    );

    /** A notification text for a failed decision, undo or redaction. */
    const errorText = useCallback(
        (error: unknown, key: string) =>
            statusOf(error) === 409
                ? translate('herzensorte.moderation.conflict')
                : translate(key, {
                      message: translate((error as Error | null)?.message || 'ra.notification.http_error', {
                          _: (error as Error | null)?.message,
                      }),
                  }),
        [translate],
    );

    return { decide, undo, reload, errorText };
};
