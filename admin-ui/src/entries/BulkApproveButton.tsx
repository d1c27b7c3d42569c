import ApproveIcon from '@mui/icons-material/CheckCircleOutlined';
import { Button, useTranslate } from 'react-admin';
import { useBulkModerate } from './useBulkModerate';

/** Approves the selected entries (entries that cannot be approved are reported, not changed). */
export const BulkApproveButton = () => {
    const translate = useTranslate();
    const { run, loading } = useBulkModerate();
    return (
        <Button
            label="herzensorte.action.approve"
            aria-label={translate('herzensorte.action.approve')}
            data-testid="bulk-approve"
            disabled={loading}
            onClick={() => run('approve')}
        >
            <ApproveIcon />
        </Button>
    );
};

export default BulkApproveButton;
