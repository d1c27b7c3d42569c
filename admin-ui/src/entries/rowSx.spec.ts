import rowSx from './rowSx';
import { FALLBACK_STATUS_COLOR, STATUS_COLORS, statusColor } from './statusColors';
import { ENTRY_STATUSES } from '../types';

describe('rowSx', () => {
    it.each(ENTRY_STATUSES)('marks a %s entry with its status colour', (status) => {
        expect(rowSx()({ id: 'a', status })).toEqual({
            borderLeftColor: STATUS_COLORS[status],
            borderLeftWidth: 5,
            borderLeftStyle: 'solid',
        });
    });

    it('gives the four statuses four different colours', () => {
        const colours = ENTRY_STATUSES.map((status) => rowSx()({ status }).borderLeftColor);
        expect(new Set(colours).size).toBe(4);
    });

    it('highlights the selected row only', () => {
        const sx = rowSx('b');
        expect(sx({ id: 'b', status: 'pending' }).backgroundColor).toBe('action.selected');
        expect(sx({ id: 'c', status: 'pending' }).backgroundColor).toBeUndefined();
    });

    it('falls back to grey for an unknown status and to nothing without a record', () => {
        expect(rowSx()({ id: 'x', status: 'archived' as never }).borderLeftColor).toBe(FALLBACK_STATUS_COLOR);
        expect(rowSx()(undefined)).toEqual({});
    });
});

describe('statusColor', () => {
    it('maps pending to orange and rejected to red', () => {
        expect(statusColor('pending')).toBe('#ed6c02');
        expect(statusColor('rejected')).toBe('#d32f2f');
        expect(statusColor(undefined)).toBe(FALLBACK_STATUS_COLOR);
        expect(statusColor('toString')).toBe(FALLBACK_STATUS_COLOR);
    });
});
