import { Box, Chip } from '@mui/material';
import { BulkDeleteButton, Datagrid, List, TextField, useRecordContext, usePermissions, type FieldProps } from 'react-admin';
import { canDeleteThemes } from '../auth/roles';

const MAX_SHOWN = 8;

/** The first keywords as chips, then "+n". */
export const KeywordsField = (_props: FieldProps & { label?: string }) => {
    const record = useRecordContext<{ keywords?: string[] }>();
    const keywords = record?.keywords ?? [];
    return (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
            {keywords.slice(0, MAX_SHOWN).map((k) => (
                <Chip key={k} size="small" label={k} />
            ))}
            {keywords.length > MAX_SHOWN && <Chip size="small" variant="outlined" label={`+${keywords.length - MAX_SHOWN}`} />}
        </Box>
    );
};

/** The codebook. Admins and moderators edit; only admins delete (the server enforces the same). */
const ThemeList = () => {
    const { permissions } = usePermissions();
    return (
        <List sort={{ field: 'position', order: 'ASC' }} perPage={50} exporter={false}>
            <Datagrid rowClick="edit" bulkActionButtons={canDeleteThemes(permissions) ? <BulkDeleteButton mutationMode="pessimistic" /> : false}>
                <TextField source="label" />
                <TextField source="id" />
                <KeywordsField source="keywords" label="resources.themes.fields.keywords" sortable={false} />
            </Datagrid>
        </List>
    );
};

export default ThemeList;
