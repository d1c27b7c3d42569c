import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useLocaleState, useTranslate } from 'react-admin';
import { saveBlob } from '../exports/saveBlob';
import { intlLocale } from '../i18n/intlLocale';
import { accessFilename, accessJson, type AccessAnswer } from './privacyRequest';

/** What is stored about an address: its contact rows and their entries, readable and as a JSON download. */
export const AccessResultView = ({ answer }: { answer: AccessAnswer }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const dateTime = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' });
    const when = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '–');
    const download = () => saveBlob(new Blob([accessJson(answer)], { type: 'application/json' }), accessFilename(answer.email, answer.generatedAt));

    return (
        <Box data-testid="privacy-access-result" sx={{ display: 'grid', gap: 2 }}>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2 }}>
                <Typography sx={{ flex: '1 1 auto' }}>
                    {translate('herzensorte.privacy.access_summary', {
                        email: answer.email,
                        contacts: answer.contacts.length,
                        entries: answer.entries.length,
                    })}
                </Typography>
                <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download} data-testid="privacy-download">
                    {translate('herzensorte.privacy.download_json')}
                </Button>
            </Box>
            {answer.contacts.length === 0 ? (
                <Typography color="text.secondary" data-testid="privacy-nothing">
                    {translate('herzensorte.privacy.nothing_stored')}
                </Typography>
            ) : (
                <>
                    <Typography variant="subtitle1" component="h3">
                        {translate('herzensorte.privacy.contacts_title')}
                    </Typography>
                    <Table size="small" data-testid="privacy-contacts">
                        <TableHead>
                            <TableRow>
                                <TableCell>{translate('herzensorte.privacy.email')}</TableCell>
                                <TableCell>{translate('herzensorte.privacy.consent')}</TableCell>
                                <TableCell>{translate('herzensorte.privacy.consent_version')}</TableCell>
                                <TableCell>{translate('herzensorte.privacy.stored_at')}</TableCell>
                            </TableRow>
                        </TableHead>
                        <TableBody>
                            {answer.contacts.map((c, i) => (
                                <TableRow key={`${c.entryId}-${i}`}>
                                    <TableCell>{c.email}</TableCell>
                                    <TableCell>{translate(c.consent ? 'ra.boolean.true' : 'ra.boolean.false')}</TableCell>
                                    <TableCell>{c.consentVersion ?? '–'}</TableCell>
                                    <TableCell>{when(c.createdAt)}</TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                    <Typography variant="subtitle1" component="h3">
                        {translate('herzensorte.privacy.entries_title')}
                    </Typography>
                    <Table size="small" data-testid="privacy-entries">
                        <TableHead>
                            <TableRow>
                                <TableCell>{translate('resources.entries.fields.placeName')}</TableCell>
                                <TableCell>{translate('resources.entries.fields.story')}</TableCell>
                                <TableCell>{translate('resources.entries.fields.firstName')}</TableCell>
                                <TableCell>{translate('resources.entries.fields.status')}</TableCell>
                                <TableCell>{translate('resources.entries.fields.submittedAt')}</TableCell>
                            </TableRow>
                        </TableHead>
                        <TableBody>
                            {answer.entries.map((e) => (
                                <TableRow key={e.id}>
                                    <TableCell>
                                        <a href={`#/entries/${encodeURIComponent(e.id)}/show`}>{e.placeName}</a>
                                    </TableCell>
                                    <TableCell sx={{ maxWidth: 360 }}>{e.story}</TableCell>
                                    <TableCell>{e.firstName ?? '–'}</TableCell>
                                    <TableCell>{translate(`herzensorte.status.${e.status}`, { _: e.status })}</TableCell>
                                    <TableCell>{when(e.submittedAt)}</TableCell>
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                </>
            )}
        </Box>
    );
};

export default AccessResultView;
