import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The columns a CSV file needs (GeoJSON: the same names as properties of Point features). */
export const IMPORT_COLUMNS = ['externalId', 'placeName', 'story', 'address', 'lon', 'lat', 'firstName', 'email', 'consent', 'submittedAt'] as const;

export const ImportHelp = () => {
    const translate = useTranslate();
    return (
        <Box data-testid="import-help">
            <Typography variant="body2" sx={{ mb: 1 }}>
                {translate('herzensorte.imports.help_intro')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 3, typography: 'body2' }}>
                {IMPORT_COLUMNS.map((column) => (
                    <li key={column}>
                        <Box component="code" sx={{ fontWeight: 600 }}>
                            {column}
                        </Box>
                        {' – '}
                        {translate(`herzensorte.imports.columns.${column}`)}
                    </li>
                ))}
            </Box>
            <Typography variant="body2" sx={{ mt: 1 }}>
                {translate('herzensorte.imports.help_format')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                {translate('herzensorte.imports.help_geojson')}
            </Typography>
        </Box>
    );
};

export default ImportHelp;
