import QueueIcon from '@mui/icons-material/FormatListNumbered';
import ModerationIcon from '@mui/icons-material/Gavel';
import { Button, FilterButton, TopToolbar, useListContext, usePermissions } from 'react-admin';
import EntryExportButton from '../exports/EntryExportButton';
import { QUEUE_STATUSES } from '../moderation/transitions';

/** Filter preset "Warteschlange": open entries (pending, on hold), flagged first, then oldest. */
export const QueuePresetButton = () => {
    const { setFilters, setSort, displayedFilters } = useListContext();
    return (
        <Button
            label="herzensorte.moderation.queue_preset"
            data-testid="queue-preset"
            onClick={() => {
                setSort({ field: 'queue', order: 'ASC' });
                setFilters({ status: [...QUEUE_STATUSES] }, { ...displayedFilters, status: true });
            }}
        >
            <QueueIcon />
        </Button>
    );
};

export const EntryListActions = () => {
    const { permissions } = usePermissions();
    return (
        <TopToolbar>
            {permissions !== 'district_viewer' && (
                <>
                    <QueuePresetButton />
                    <Button label="herzensorte.moderation.open_view" to="/moderation">
                        <ModerationIcon />
                    </Button>
                </>
            )}
            <FilterButton />
            {/* all roles: the server scopes district viewers */}
            <EntryExportButton />
        </TopToolbar>
    );
};

export default EntryListActions;
