import { Chip, Stack, Typography } from '@mui/material';
import FlagIcon from '@mui/icons-material/Flag';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Entry } from '../types';

interface FlagsFieldProps extends FieldProps<Entry> {
    /** Also print what matched (`detail`), for the show page. */
    withDetail?: boolean;
}

/** Triage flags as chips; in the list the detail is the chip's tooltip. */
export const FlagsField = ({ withDetail = false }: FlagsFieldProps) => {
    const record = useRecordContext<Entry>();
    const translate = useTranslate();
    const flags = Array.isArray(record?.flags) ? record.flags : [];
    if (!flags.length) {
        return withDetail ? (
            <Typography variant="body2" color="text.secondary">
                {translate('herzensorte.entries.no_flags')}
            </Typography>
        ) : null;
    }
    return (
        <Stack
            direction={withDetail ? 'column' : 'row'}
            spacing={0.5}
            useFlexGap
            sx={{ flexWrap: 'wrap' }}
            data-testid="entry-flags"
        >
            {flags.map((flag, index) => (
                <Stack key={`${flag.code}-${index}`} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <Chip
                        size="small"
                        variant="outlined"
                        color="warning"
                        icon={<FlagIcon />}
                        data-flag={flag.code}
                        title={flag.detail ?? undefined}
                        label={translate(`herzensorte.flag.${flag.code}`, { _: flag.code })}
                    />
                    {withDetail && flag.detail && (
                        <Typography variant="body2" component="span">
                            {flag.detail}
                        </Typography>
                    )}
                </Stack>
            ))}
        </Stack>
    );
};

export default FlagsField;
