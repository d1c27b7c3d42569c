import { commandForKey, isTypingTarget, reasonDialogKey, shortcutKey, SHORTCUTS } from './keyboard';

const body = { tagName: 'BODY', closest: () => null };
const inDialog = { tagName: 'DIV', closest: (s: string) => (s === '[role="dialog"]' ? {} : null) };

describe('moderation shortcuts', () => {
    it('maps J K A R H E U to their commands, in either case', () => {
        const map = Object.fromEntries(SHORTCUTS.map((s) => [s.key, commandForKey({ key: s.key, target: body })]));
        expect(map).toEqual({ j: 'next', k: 'previous', a: 'approve', r: 'reject', h: 'hold', e: 'edit', u: 'undo' });
        expect(commandForKey({ key: 'A', target: body })).toBe('approve');
        expect(commandForKey({ key: 'x', target: body })).toBeNull();
        expect(shortcutKey('undo')).toBe('U');
    });

    it('does not fire while typing', () => {
        expect(commandForKey({ key: 'a', target: { tagName: 'INPUT', type: 'text' } })).toBeNull();
        expect(commandForKey({ key: 'a', target: { tagName: 'input' } })).toBeNull();
        expect(commandForKey({ key: 'a', target: { tagName: 'TEXTAREA' } })).toBeNull();
        expect(commandForKey({ key: 'a', target: { tagName: 'SELECT' } })).toBeNull();
        expect(commandForKey({ key: 'a', target: { tagName: 'DIV', isContentEditable: true } })).toBeNull();
        // a focused checkbox or button is not typing
        expect(commandForKey({ key: 'a', target: { tagName: 'INPUT', type: 'checkbox' } })).toBe('approve');
        expect(commandForKey({ key: 'a', target: { tagName: 'BUTTON' } })).toBe('approve');
    });

    it('leaves browser shortcuts, dialogs and held-down decision keys alone', () => {
        expect(commandForKey({ key: 'r', ctrlKey: true, target: body })).toBeNull();
        expect(commandForKey({ key: 'a', metaKey: true, target: body })).toBeNull();
        expect(commandForKey({ key: 'j', altKey: true, target: body })).toBeNull();
        expect(commandForKey({ key: 'a', target: inDialog })).toBeNull();
        expect(commandForKey({ key: 'a', repeat: true, target: body })).toBeNull();
        expect(commandForKey({ key: 'j', repeat: true, target: body })).toBe('next');
        expect(commandForKey({ key: 'j', target: null })).toBe('next');
    });

    it('recognises typing targets', () => {
        expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
        expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
        expect(isTypingTarget(null)).toBe(false);
    });
});

describe('reason picker keys', () => {
    const list = { tagName: 'LI' };
    const note = { tagName: 'INPUT', type: 'text' };

    it('picks a reason with its digit', () => {
        expect(reasonDialogKey({ key: '1', target: list }, 0, 7)).toEqual({ type: 'choose', index: 0 });
        expect(reasonDialogKey({ key: '7', target: list }, 0, 7)).toEqual({ type: 'choose', index: 6 });
        expect(reasonDialogKey({ key: '8', target: list }, 0, 7)).toBeNull();
        expect(reasonDialogKey({ key: '0', target: list }, 0, 7)).toBeNull();
    });

    it('moves with the arrows, wrapping around, and confirms with Enter', () => {
        expect(reasonDialogKey({ key: 'ArrowDown', target: list }, 0, 7)).toEqual({ type: 'move', index: 1 });
        expect(reasonDialogKey({ key: 'ArrowDown', target: list }, 6, 7)).toEqual({ type: 'move', index: 0 });
        expect(reasonDialogKey({ key: 'ArrowUp', target: list }, 0, 7)).toEqual({ type: 'move', index: 6 });
        expect(reasonDialogKey({ key: 'Enter', target: list }, 3, 7)).toEqual({ type: 'confirm', index: 3 });
    });

    it('cancels with Escape', () => {
        expect(reasonDialogKey({ key: 'Escape', target: list }, 2, 7)).toEqual({ type: 'cancel' });
        expect(reasonDialogKey({ key: 'Escape', target: note }, 2, 7)).toEqual({ type: 'cancel' });
    });

    it('lets the note field take digits and arrows', () => {
        expect(reasonDialogKey({ key: '3', target: note }, 0, 7)).toBeNull();
        expect(reasonDialogKey({ key: 'ArrowDown', target: note }, 0, 7)).toBeNull();
        expect(reasonDialogKey({ key: 'Enter', target: note }, 4, 7)).toEqual({ type: 'confirm', index: 4 });
    });
});
