// Splits a story into plain and flagged segments, so that the text a triage
// flag matched (flag.start/end) can be shown as <mark>. Overlapping flags split
// the text at every boundary; each segment lists all flags covering it.
import type { Flag } from '../types';

export interface StorySegment {
    text: string;
    start: number;
    end: number;
    /** The flags covering this segment; empty for plain text. */
    flags: Flag[];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Moves an offset off the middle of a surrogate pair (an emoji is never cut in half). */
const snap = (story: string, offset: number, direction: -1 | 1): number =>
    offset > 0 && offset < story.length && isHighSurrogate(story.charCodeAt(offset - 1))
        ? offset + (direction === 1 ? 1 : -1)
        : offset;

/** The flags with a usable span, clamped to the story. */
export const flagSpans = (story: string, flags: readonly Flag[] | null | undefined) =>
    (flags ?? []).flatMap((flag) => {
        const { start, end } = flag;
        if (typeof start !== 'number' || typeof end !== 'number') return [];
        if (!Number.isInteger(start) || !Number.isInteger(end)) return [];
        const s = snap(story, Math.max(0, start), -1);
        const e = snap(story, Math.min(story.length, end), 1);
        return s < e ? [{ flag, start: s, end: e }] : [];
    });

export const highlightSpans = (story: string | null | undefined, flags: readonly Flag[] | null | undefined): StorySegment[] => {
    const text = story ?? '';
    if (!text) return [];
    const spans = flagSpans(text, flags);
    const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
    const segments: StorySegment[] = [];
    for (let i = 0; i < cuts.length - 1; i += 1) {
        const start = cuts[i];
        const end = cuts[i + 1];
        const covering = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.flag);
        const last = segments[segments.length - 1];
        // neighbouring plain pieces are merged back into one
        if (!covering.length && last && !last.flags.length) {
            last.text += text.slice(start, end);
            last.end = end;
        } else {
            segments.push({ text: text.slice(start, end), start, end, flags: covering });
        }
    }
    return segments;
};

/** The tooltip of a marked segment: what each covering flag matched. */
export const segmentTitle = (segment: StorySegment, label: (flag: Flag) => string = (f) => String(f.code)): string =>
    segment.flags.map((flag) => flag.detail || label(flag)).join('; ');
