import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../i18n/intlLocale';
import type { ImportResult } from './ndjson';

/** Accepted, already imported and refused rows, and why each refused row was refused. */
export const ImportResultView = ({ result }: { result: ImportResult }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const number = new Intl.NumberFormat(intlLocale(locale));
    const counts = [
        { id: 'accepted', value: result.accepted },
        { id: 'unchanged', value: result.unchanged },
        { id: 'refused', value: result.refused.length },
    ] as const;
    return (
        <Box data-testid="import-result" sx={{ display: 'grid', gap: 2 }}>
            <Alert severity={result.refused.length ? 'warning' : 'success'}>
                {translate('herzensorte.imports.summary', { smart_count: result.total, total: number.format(result.total) })}
            </Alert>
            <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                {counts.map((c) => (
                    <Box key={c.id} data-testid={`import-${c.id}`} data-count={c.value}>
                        <Typography variant="h5" component="p">
                            {number.format(c.value)}
                        </Typography>
                        <Typography variant="body2" color="text.secondary">
                            {translate(`herzensorte.imports.${c.id}`)}
                        </Typography>
                    </Box>
                ))}
            </Box>
            {result.refused.length > 0 && (
                <Box>
                    <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
                        {translate('herzensorte.imports.refused_title')}
                    </Typography>
                    <Table size="small" data-testid="import-refused-rows">
                        <TableHead>
                            <TableRow>
                                <TableCell>{translate('herzensorte.imports.row')}</TableCell>
                                <TableCell>{translate('herzensorte.imports.external_id')}</TableCell>
                                <TableCell>{translate('herzensorte.imports.reasons')}</TableCell>
                            </TableRow>
                        </TableHead>
                        <TableBody>
                            {result.refused.map((r, i) => (
                                <TableRow key={`${r.row}-${i}`}>
                                    <TableCell>{r.row}</TableCell>
                                    <TableCell>{r.externalId ?? '–'}</TableCell>
                                    <TableCell>
                                        {r.errors.length === 1 ? (
                                            r.errors[0]
                                        ) : (
                                            <Box component="ul" sx={{ m: 0, pl: 2 }}>
                                                {r.errors.map((e, j) => (
                                                    <li key={j}>{e}</li>
                                                ))}
                                            </Box>
                                        )}
                                    </TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                </Box>
            )}
        </Box>
    );
};

export default ImportResultView;
