import { useState } from 'react';
import RejectIcon from '@mui/icons-material/HighlightOff';
import { Button, useTranslate } from 'react-admin';
import ReasonDialog from '../moderation/ReasonDialog';
import { useBulkModerate } from './useBulkModerate';

/** Rejects the selected entries with one reason, picked in the reason dialog. */
export const BulkRejectButton = () => {
    const translate = useTranslate();
    const { run, loading, count } = useBulkModerate();
    const [open, setOpen] = useState(false);
    return (
        <>
            <Button
                label="herzensorte.action.reject"
                aria-label={translate('herzensorte.action.reject')}
                data-testid="bulk-reject"
                color="error"
                disabled={loading}
                onClick={() => setOpen(true)}
            >
                <RejectIcon />
            </Button>
            <ReasonDialog
                open={open}
                count={count}
                onCancel={() => setOpen(false)}
                onConfirm={(reasonCode, note) => {
                    setOpen(false);
                    run('reject', reasonCode, note);
                }}
            />
        </>
    );
};

export default BulkRejectButton;
