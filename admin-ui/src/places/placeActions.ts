// Merging and splitting places: which place survives, what is sent. Pure, tested in placeActions.spec.ts.

type Id = string | number;

export interface MergePlan {
    targetId: Id;
    /** The places merged into the target (sent as `placeIds`). */
    placeIds: Id[];
}

/**
 * Merge the selected places into one: by default the first of them in the list's order (the
 * order the user sees), or `targetId` when the user picked another. Null with fewer than two.
 */
export const mergePlan = (selectedIds: readonly Id[], listOrder: readonly Id[], targetId?: Id | null): MergePlan | null => {
    const unique = [...new Set(selectedIds)];
    if (unique.length < 2) return null;
    const position = (id: Id) => {
        const i = listOrder.indexOf(id);
        return i === -1 ? listOrder.length + unique.indexOf(id) : i;
    };
    const ordered = [...unique].sort((a, b) => position(a) - position(b));
    const target = targetId !== undefined && targetId !== null && unique.includes(targetId) ? targetId : ordered[0];
    return { targetId: target, placeIds: ordered.filter((id) => id !== target) };
};

export type SplitProblem = 'none_selected' | 'all_selected';

/** Entries split off into a new place: at least one, and not all of them (the place would be empty). */
export const splitProblem = (selectedIds: readonly Id[], allEntryIds: readonly Id[], total?: number): SplitProblem | null => {
    const selected = new Set(selectedIds);
    if (selected.size === 0) return 'none_selected';
    const count = total ?? allEntryIds.length;
    if (count > 0 && selected.size >= count && allEntryIds.every((id) => selected.has(id))) return 'all_selected';
    return null;
};

/** The id of the new place in the split answer ({id} or {place:{id}}), if the server names it. */
export const newPlaceId = (body: unknown): Id | null => {
    const b = body as { id?: unknown; place?: { id?: unknown } } | null;
    const id = b?.place?.id ?? b?.id;
    return typeof id === 'string' || typeof id === 'number' ? id : null;
};
