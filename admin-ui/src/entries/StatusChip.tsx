import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Entry } from '../types';
import { statusColor } from './statusColors';

/** The entry's status as a chip in the status colour (the same as the row marker). */
export const StatusChip = (_props: FieldProps<Entry>) => {
    const record = useRecordContext<Entry>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <Chip
            size="small"
            data-testid="status-chip"
            data-status={record.status}
            label={translate(`herzensorte.status.${record.status}`, { _: record.status })}
            sx={{ bgcolor: statusColor(record.status), color: '#fff', fontWeight: 500 }}
        />
    );
};

export default StatusChip;
