import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

const ROLE_COLORS: Record<string, 'primary' | 'secondary' | 'default'> = {
    admin: 'secondary',
    moderator: 'primary',
    district_viewer: 'default',
};

/** The user's role as a chip with its German (or English) label. */
export const RoleChip = (_props: FieldProps) => {
    const record = useRecordContext<{ role?: string }>();
    const translate = useTranslate();
    if (!record?.role) return null;
    return (
        <Chip
            size="small"
            data-testid="role-chip"
            data-role={record.role}
            color={ROLE_COLORS[record.role] ?? 'default'}
            label={translate(`herzensorte.role.${record.role}`, { _: record.role })}
        />
    );
};

export default RoleChip;
