// Browser glue for the redact tool: the current text selection as offsets in
// the story element's text (which is exactly the story, see HighlightedStory).
import { normaliseSpan } from './selection';

export const selectionIn = (container: HTMLElement | null): { start: number; end: number } | null => {
    const selection = typeof window === 'undefined' ? null : window.getSelection();
    if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!range.intersectsNode(container)) return null;
    const whole = document.createRange();
    whole.selectNodeContents(container);
    const length = whole.toString().length;
    // A selection that starts or ends outside the story is clamped to it.
    const offset = (node: Node, nodeOffset: number) => {
        const position = whole.comparePoint(node, nodeOffset);
        if (position < 0) return 0;
        if (position > 0) return length;
        const before = document.createRange();
        before.selectNodeContents(container);
        before.setEnd(node, nodeOffset);
        return before.toString().length;
    };
    return normaliseSpan(offset(range.startContainer, range.startOffset), offset(range.endContainer, range.endOffset), length);
};
