import { useState } from 'react';
import {
    useDataProvider,
    useListContext,
    useNotify,
    useRefresh,
    useTranslate,
    useUnselectAll,
} from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { failureDetails, summariseBulk } from '../moderation/bulkResults';
import type { Entry, ModerationAction } from '../types';

const DONE_KEYS: Partial<Record<ModerationAction, string>> = {
    approve: 'herzensorte.bulk.approved',
    reject: 'herzensorte.bulk.rejected',
};

/**
 * POST /api/entries/moderate for the selected rows. The server decides each
 * entry on its own; entries it refused are named in the notification.
 */
export const useBulkModerate = () => {
    const { selectedIds, data } = useListContext<Entry>();
    const dataProvider = useDataProvider<AppDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const translate = useTranslate();
    const unselectAll = useUnselectAll('entries');
    const [loading, setLoading] = useState(false);

    const run = async (action: ModerationAction, reasonCode?: string, note?: string) => {
        setLoading(true);
        try {
            const { data: results } = await dataProvider.moderateMany({
                ids: selectedIds,
                action,
                ...(reasonCode ? { reasonCode } : {}),
                ...(note?.trim() ? { note: note.trim() } : {}),
            });
            const names = new Map((data ?? []).map((entry) => [String(entry.id), entry.placeName]));
            const { ok, failed } = summariseBulk(results, (id) => names.get(id));
            const done = translate(DONE_KEYS[action] ?? 'herzensorte.bulk.approved', { smart_count: ok });
            if (failed.length) {
                const problems = translate('herzensorte.bulk.failed', {
                    smart_count: failed.length,
                    details: failureDetails(failed),
                });
                notify(`${done}\n${problems}`, { type: 'warning', multiLine: true, autoHideDuration: 15000 });
            } else {
                notify(done, { type: 'success' });
            }
            unselectAll();
        } catch (error) {
            notify('herzensorte.bulk.error', {
                type: 'error',
                messageArgs: { message: (error as Error)?.message ?? '' },
            });
        } finally {
            setLoading(false);
            refresh();
        }
    };

    return { run, loading, count: selectedIds.length };
};
