import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Entry } from '../types';

/** Theme keys (the "why") as chips; unknown keys are shown as they are. */
export const ThemesField = (_props: FieldProps<Entry>) => {
    const record = useRecordContext<Entry>();
    const translate = useTranslate();
    const themes = Array.isArray(record?.themes) ? record.themes : [];
    if (!themes.length) {
        return (
            <Typography variant="body2" color="text.secondary">
                –
            </Typography>
        );
    }
    return (
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {themes.map((key) => (
                <Chip key={key} size="small" label={translate(`herzensorte.theme.${key}`, { _: key })} />
            ))}
        </Stack>
    );
};

export default ThemesField;
