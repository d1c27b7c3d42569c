import { useContext } from 'react';
import { Alert, Button, type AlertColor } from '@mui/material';
import { CloseNotificationContext, useTranslate } from 'react-admin';

interface UndoAlertProps {
    message: string;
    onUndo?: () => void;
    severity?: AlertColor;
    /** Appended to the button's accessible name, e.g. "(U)" where the key works. */
    shortcutHint?: string;
}

/**
 * A decision's confirmation with an Undo button. Works as the content of a
 * react-admin notification (the button then closes it) and in a plain Snackbar.
 */
export const UndoAlert = ({ message, onUndo, severity = 'success', shortcutHint }: UndoAlertProps) => {
    const translate = useTranslate();
    const closeNotification = useContext(CloseNotificationContext);
    const label = translate('herzensorte.action.undo');
    return (
        <Alert
            severity={severity}
            variant="filled"
            data-testid="undo-notification"
            sx={{ alignItems: 'center', minWidth: 320 }}
            action={
                onUndo ? (
                    <Button
                        color="inherit"
                        size="small"
                        aria-label={shortcutHint ? `${label} ${shortcutHint}` : label}
                        onClick={() => {
                            closeNotification?.();
                            onUndo();
                        }}
                    >
                        {label}
                    </Button>
                ) : undefined
            }
        >
            {message}
        </Alert>
    );
};

export default UndoAlert;
