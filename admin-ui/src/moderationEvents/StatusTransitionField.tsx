import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { statusColor } from '../entries/statusColors';
import type { ModerationEvent } from '../types';

const Status = ({ status }: { status: string }) => {
    const translate = useTranslate();
    return (
        <Typography variant="body2" component="span" sx={{ color: statusColor(status), fontWeight: 500 }}>
            {translate(`herzensorte.status.${status}`, { _: status })}
        </Typography>
    );
};

/** "Offen → Freigegeben"; empty for events that did not change the status (edits, redactions). */
export const StatusTransitionField = (_props: FieldProps<ModerationEvent>) => {
    const record = useRecordContext<ModerationEvent>();
    if (!record?.fromStatus && !record?.toStatus) return null;
    return (
        <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
            {record.fromStatus && <Status status={record.fromStatus} />}
            {record.fromStatus && record.toStatus && <span aria-hidden>→</span>}
            {record.toStatus && <Status status={record.toStatus} />}
        </Stack>
    );
};

export default StatusTransitionField;
