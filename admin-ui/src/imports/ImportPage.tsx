import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, LinearProgress, MenuItem, TextField, Typography } from '@mui/material';
import UploadIcon from '@mui/icons-material/UploadFile';
import { Title, useTranslate } from 'react-admin';
import ImportHelp from './ImportHelp';
import { ACCEPTED_EXTENSIONS, IMPORT_CHANNELS, importFormatOf, progressPercent, type ImportChannel } from './importRequest';
import ImportResultView from './ImportResultView';
import { useImport } from './useImport';

const CHANNEL_LABELS: Record<ImportChannel, string> = {
    import: 'herzensorte.imports.channel_import',
    event: 'herzensorte.imports.channel_event',
};

/** Import of entries from a CSV or GeoJSON file (admins and moderators). */
export const ImportPage = () => {
    const translate = useTranslate();
    const { state, run, reset } = useImport();
    const [file, setFile] = useState<File | null>(null);
    const [channel, setChannel] = useState<ImportChannel>('import');
    const running = state.phase === 'running';
    const percent = progressPercent(state);
    const wrongType = file !== null && importFormatOf(file.name) === null;

    const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
        setFile(event.target.files?.[0] ?? null);
        reset();
    };
    const submit = (event: FormEvent) => {
        event.preventDefault();
        if (file && !wrongType) void run(file, channel);
    };

    return (
        <Box sx={{ py: 2, display: 'grid', gap: 2, maxWidth: 960 }} data-testid="import-page">
            <Title title={translate('herzensorte.imports.title')} />
            <Card>
                <CardContent>
                    <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
                        {translate('herzensorte.imports.title')}
                    </Typography>
                    <Box component="form" onSubmit={submit} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
                        <Button component="label" variant="outlined" startIcon={<UploadIcon />} disabled={running}>
                            {translate('herzensorte.imports.choose_file')}
                            <input hidden type="file" accept={ACCEPTED_EXTENSIONS} data-testid="import-file" onChange={chooseFile} />
                        </Button>
                        <Typography variant="body2" data-testid="import-file-name" color={file ? 'text.primary' : 'text.secondary'}>
                            {file ? file.name : translate('herzensorte.imports.no_file')}
                        </Typography>
                        <TextField
                            select
                            size="small"
                            label={translate('herzensorte.imports.channel')}
                            value={channel}
                            onChange={(e) => setChannel(e.target.value as ImportChannel)}
                            disabled={running}
                            sx={{ minWidth: 240 }}
                            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'import-channel' } as object } }}
                        >
                            {IMPORT_CHANNELS.map((c) => (
                                <MenuItem key={c} value={c}>
                                    {translate(CHANNEL_LABELS[c])}
                                </MenuItem>
                            ))}
                        </TextField>
                        <Button type="submit" variant="contained" disabled={!file || wrongType || running} data-testid="import-submit">
                            {translate('herzensorte.imports.submit')}
                        </Button>
                    </Box>
                    {wrongType && (
                        <Alert severity="error" sx={{ mt: 2 }}>
                            {translate('herzensorte.imports.wrong_type')}
                        </Alert>
                    )}
                    {running && (
                        <Box sx={{ mt: 2 }} data-testid="import-progress">
                            <LinearProgress variant={percent === null ? 'indeterminate' : 'determinate'} value={percent ?? undefined} />
                            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                                {state.total > 0
                                    ? translate('herzensorte.imports.progress', { processed: state.processed, total: state.total })
                                    : translate('herzensorte.imports.uploading')}
                            </Typography>
                        </Box>
                    )}
                    {state.phase === 'failed' && (
                        <Alert severity="error" sx={{ mt: 2 }} data-testid="import-error">
                            {state.message}
                        </Alert>
                    )}
                    {state.phase === 'done' && (
                        <Box sx={{ mt: 2 }}>
                            <ImportResultView result={state.result} />
                        </Box>
                    )}
                </CardContent>
            </Card>
            <Card>
                <CardContent>
                    <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
                        {translate('herzensorte.imports.help_title')}
                    </Typography>
                    <ImportHelp />
                </CardContent>
            </Card>
        </Box>
    );
};

export default ImportPage;
