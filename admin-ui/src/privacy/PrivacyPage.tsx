import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteForever';
import SearchIcon from '@mui/icons-material/ManageSearch';
import { Confirm, Title, useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import AccessResultView from './AccessResultView';
import { looksLikeEmail, normalizeEmail, toAccessAnswer, toErasureAnswer, type AccessAnswer, type ErasureAnswer } from './privacyRequest';

type Outcome = { kind: 'access'; answer: AccessAnswer } | { kind: 'erasure'; answer: ErasureAnswer; email: string } | { kind: 'error'; message: string } | null;

/** Access and erasure requests for the email address of a submitter (admins only). */
export const PrivacyPage = () => {
    const translate = useTranslate();
    const dataProvider = useDataProvider<AppDataProvider>();
    const [email, setEmail] = useState('');
    const [busy, setBusy] = useState(false);
    const [confirming, setConfirming] = useState(false);
    const [outcome, setOutcome] = useState<Outcome>(null);
    const valid = looksLikeEmail(email);

    const request = async (path: 'access' | 'erasure') => {
        const address = normalizeEmail(email);
        setBusy(true);
        try {
            const { data: body } = await dataProvider.requestPrivacy(path, address);
            setOutcome(path === 'access' ? { kind: 'access', answer: toAccessAnswer(body, address) } : { kind: 'erasure', answer: toErasureAnswer(body), email: address });
        } catch (error) {
            setOutcome({ kind: 'error', message: error instanceof Error && error.message ? translate(error.message, { _: error.message }) : translate('ra.notification.http_error') });
        } finally {
            setBusy(false);
        }
    };

    const submitAccess = (event: FormEvent) => {
        event.preventDefault();
        if (valid && !busy) void request('access');
    };

    return (
        <Box sx={{ py: 2, display: 'grid', gap: 2, maxWidth: 1100 }} data-testid="privacy-page">
            <Title title={translate('herzensorte.privacy.title')} />
            <Card>
                <CardContent>
                    <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
                        {translate('herzensorte.privacy.title')}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                        {translate('herzensorte.privacy.intro')}
                    </Typography>
                    <Box component="form" onSubmit={submitAccess} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
                        <TextField
                            type="email"
                            size="small"
                            label={translate('herzensorte.privacy.email')}
                            value={email}
                            onChange={(e) => {
                                setEmail(e.target.value);
                                setOutcome(null);
                            }}
                            autoComplete="off"
                            sx={{ minWidth: 320 }}
                            slotProps={{ htmlInput: { 'data-testid': 'privacy-email' } }}
                        />
                        <Button type="submit" variant="contained" startIcon={<SearchIcon />} disabled={!valid || busy} data-testid="privacy-access">
                            {translate('herzensorte.privacy.access')}
                        </Button>
                        <Button variant="outlined" color="error" startIcon={<DeleteIcon />} disabled={!valid || busy} onClick={() => setConfirming(true)} data-testid="privacy-erase">
                            {translate('herzensorte.privacy.erase')}
                        </Button>
                    </Box>
                    <Confirm
                        isOpen={confirming}
                        loading={busy}
                        title="herzensorte.privacy.erase_title"
                        content="herzensorte.privacy.erase_question"
                        contentTranslateOptions={{ email: normalizeEmail(email) }}
                        confirm="herzensorte.privacy.erase_confirm"
                        confirmColor="warning"
                        onConfirm={() => {
                            setConfirming(false);
                            void request('erasure');
                        }}
                        onClose={() => setConfirming(false)}
                    />
                </CardContent>
            </Card>
            {outcome?.kind === 'error' && (
                <Alert severity="error" data-testid="privacy-error">
                    {outcome.message}
                </Alert>
            )}
            {outcome?.kind === 'erasure' && (
                <Alert severity="success" data-testid="privacy-erasure-result">
                    <Typography variant="body2">{translate('herzensorte.privacy.erased_for', { email: outcome.email })}</Typography>
                    <Typography variant="body2" data-testid="privacy-contacts-deleted">
                        {translate('herzensorte.privacy.contacts_deleted', { smart_count: outcome.answer.contactsDeleted })}
                    </Typography>
                    <Typography variant="body2" data-testid="privacy-entries-changed">
                        {translate('herzensorte.privacy.entries_changed', { smart_count: outcome.answer.entriesChanged })}
                    </Typography>
                </Alert>
            )}
            {outcome?.kind === 'access' && (
                <Card>
                    <CardContent>
                        <AccessResultView answer={outcome.answer} />
                    </CardContent>
                </Card>
            )}
        </Box>
    );
};

export default PrivacyPage;
