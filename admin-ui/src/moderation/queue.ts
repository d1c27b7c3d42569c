// Navigation in the moderation queue. The queue is a page of ids from the API
// (flagged first, then oldest); `skip` holds ids this session is done with
// (decided, or found claimed by someone else). Entries are identified by id, not
// index, because the page is refetched after every decision.

export type QueueId = string | number;

export const visibleIds = <T extends QueueId>(ids: readonly T[], skip: ReadonlySet<QueueId>): T[] =>
    ids.filter((id) => !skip.has(id));

/**
 * The next (`step` 1) or previous (-1) id after `currentId` that is not skipped,
 * or null at either end. When `currentId` has left the page, the search starts
 * from `lastIndex`, where its successor now is.
 */
export const neighbourId = <T extends QueueId>(
    ids: readonly T[],
    currentId: QueueId | null | undefined,
    step: 1 | -1,
    skip: ReadonlySet<QueueId>,
    lastIndex = 0,
): T | null => {
    const found = currentId == null ? -1 : ids.indexOf(currentId as T);
    let i = found >= 0 ? found + step : step === 1 ? Math.max(lastIndex, 0) : Math.min(lastIndex, ids.length) - 1;
    for (; i >= 0 && i < ids.length; i += step) {
        if (!skip.has(ids[i])) return ids[i];
    }
    return null;
};

/** Where to go after deciding `currentId`: onwards, or back when it was the last one. */
export const nextAfterDecision = <T extends QueueId>(
    ids: readonly T[],
    currentId: QueueId,
    skip: ReadonlySet<QueueId>,
    lastIndex = 0,
): T | null => {
    const without = new Set(skip).add(currentId);
    return neighbourId(ids, currentId, 1, without, lastIndex) ?? neighbourId(ids, currentId, -1, without, lastIndex);
};

/**
 * The entry to show: `currentId` while it is on the page and not skipped (or
 * `pinnedId`, an entry brought back by undo that may sit beyond the page),
 * otherwise the entry now at the current entry's former position, or null when
 * nothing is left.
 */
export const resolveCurrent = <T extends QueueId>(
    ids: readonly T[],
    currentId: QueueId | null | undefined,
    skip: ReadonlySet<QueueId>,
    lastIndex = 0,
    pinnedId?: QueueId | null,
): QueueId | null => {
    if (currentId != null && currentId === pinnedId) return currentId;
    if (currentId != null && !skip.has(currentId) && ids.includes(currentId as T)) return currentId;
    const visible = visibleIds(ids, skip);
    if (!visible.length) return null;
    const from = neighbourId(ids, null, 1, skip, lastIndex) ?? neighbourId(ids, null, -1, skip, lastIndex);
    return from ?? visible[0];
};

/** "3 of 47": 1-based position among the visible ids, or 0 when the id is not among them. */
export const queuePosition = (ids: readonly QueueId[], currentId: QueueId | null | undefined, skip: ReadonlySet<QueueId>) => {
    const visible = visibleIds(ids, skip);
    return { position: currentId == null ? 0 : visible.indexOf(currentId) + 1, count: visible.length };
};

/** Of two copies of a record, the one with the higher version (the list's on a tie: it carries the claim). */
export const newerRecord = <R extends { version?: number }>(listCopy: R | undefined, ownCopy: R | undefined): R | undefined => {
    if (!listCopy || !ownCopy) return listCopy ?? ownCopy;
    return (ownCopy.version ?? 0) > (listCopy.version ?? 0) ? ownCopy : listCopy;
};
