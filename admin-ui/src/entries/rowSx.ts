import type { Identifier } from 'react-admin';
import type { Entry } from '../types';
import { statusColor } from './statusColors';

export interface RowStyle {
    borderLeftColor?: string;
    borderLeftWidth?: number;
    borderLeftStyle?: 'solid';
    backgroundColor?: string;
}

/**
 * Datagrid `rowSx`: a coloured bar on the left of each row says the entry's
 * status; the row open in the side panel (if any) is highlighted.
 */
const rowSx =
    (selectedRow?: Identifier) =>
    (record: Partial<Entry> | undefined): RowStyle => {
        if (!record) return {};
        const style: RowStyle = {
            borderLeftColor: statusColor(record.status),
            borderLeftWidth: 5,
            borderLeftStyle: 'solid',
        };
        if (selectedRow !== undefined && selectedRow === record.id) {
            style.backgroundColor = 'action.selected';
        }
        return style;
    };

export default rowSx;
