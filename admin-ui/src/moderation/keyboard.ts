// The moderation view's keyboard map and the reason picker's keys, as pure
// functions of a keydown event's relevant fields (so they have a spec).

export type ShortcutCommand = 'next' | 'previous' | 'approve' | 'reject' | 'hold' | 'edit' | 'undo';

/** Key (lower case) → command; the order is the order of the on-screen legend. */
export const SHORTCUTS: ReadonlyArray<{ key: string; command: ShortcutCommand }> = [
    { key: 'j', command: 'next' },
    { key: 'k', command: 'previous' },
    { key: 'a', command: 'approve' },
    { key: 'r', command: 'reject' },
    { key: 'h', command: 'hold' },
    { key: 'e', command: 'edit' },
    { key: 'u', command: 'undo' },
];

const BY_KEY = new Map(SHORTCUTS.map(({ key, command }) => [key, command]));

export const shortcutKey = (command: ShortcutCommand): string =>
    SHORTCUTS.find((s) => s.command === command)?.key.toUpperCase() ?? '';

/** Commands that change data: a held-down key must not fire them again and again. */
const DECISIONS: ReadonlySet<ShortcutCommand> = new Set(['approve', 'reject', 'hold', 'undo']);

/** The parts of an event target the shortcuts look at (an Element satisfies it). */
export interface KeyTarget {
    tagName?: string;
    isContentEditable?: boolean;
    type?: string;
    closest?: (selector: string) => unknown;
}

export interface KeyEventLike {
    key: string;
    ctrlKey?: boolean;
    metaKey?: boolean;
    altKey?: boolean;
    repeat?: boolean;
    target?: KeyTarget | EventTarget | null;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True while the user types: text inputs, text areas, selects, editable content. */
export const isTypingTarget = (target: KeyEventLike['target']): boolean => {
    if (!target || typeof target !== 'object') return false;
    const t = target as KeyTarget;
    if (t.isContentEditable) return true;
    const tag = (t.tagName ?? '').toUpperCase();
    if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
    if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((t.type ?? 'text').toLowerCase());
    return false;
};

const insideDialog = (target: KeyEventLike['target']): boolean => {
    const t = target as KeyTarget | null | undefined;
    return typeof t?.closest === 'function' && Boolean(t.closest('[role="dialog"]'));
};

/**
 * The command a keydown means in the moderation view, or null: never while
 * typing, inside a dialog, or with Ctrl/Cmd/Alt (browser shortcuts stay intact).
 */
export const commandForKey = (event: KeyEventLike): ShortcutCommand | null => {
    if (event.ctrlKey || event.metaKey || event.altKey) return null;
    if (isTypingTarget(event.target) || insideDialog(event.target)) return null;
    const command = BY_KEY.get(event.key.toLowerCase());
    if (!command) return null;
    if (event.repeat && DECISIONS.has(command)) return null;
    return command;
};

export type ReasonKeyResult =
    | { type: 'choose'; index: number }
    | { type: 'move'; index: number }
    | { type: 'confirm'; index: number }
    | { type: 'cancel' }
    | null;

/**
 * Keys of the reason picker: 1–9 choose a reason at once, arrows move the
 * highlight (wrapping), Enter confirms the highlighted one, Escape cancels.
 * In the note field only Enter and Escape count.
 */
export const reasonDialogKey = (event: KeyEventLike, highlighted: number, count: number): ReasonKeyResult => {
    if (event.ctrlKey || event.metaKey || event.altKey || count <= 0) return null;
    if (event.key === 'Escape') return { type: 'cancel' };
    const current = Math.min(Math.max(highlighted, 0), count - 1);
    if (event.key === 'Enter') return { type: 'confirm', index: current };
    if (isTypingTarget(event.target)) return null;
    if (/^[1-9]$/.test(event.key)) {
        const index = Number(event.key) - 1;
        return index < count ? { type: 'choose', index } : null;
    }
    if (event.key === 'ArrowDown') return { type: 'move', index: (current + 1) % count };
    if (event.key === 'ArrowUp') return { type: 'move', index: (current - 1 + count) % count };
    if (event.key === 'Home') return { type: 'move', index: 0 };
    if (event.key === 'End') return { type: 'move', index: count - 1 };
    return null;
};
