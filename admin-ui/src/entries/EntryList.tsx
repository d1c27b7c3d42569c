import { Datagrid, List, ReferenceField, TextField, usePermissions } from 'react-admin';
import { isDistrictViewer } from '../auth/roles';
import LocalizedDateField from '../fields/LocalizedDateField';
import BulkApproveButton from './BulkApproveButton';
import BulkRejectButton from './BulkRejectButton';
import EntryListActions from './EntryListActions';
import entryFilters from './entryFilters';
import FlagsField from './FlagsField';
import rowSx from './rowSx';
import StatusChip from './StatusChip';

const EntryBulkActions = () => (
    <>
        <BulkApproveButton />
        <BulkRejectButton />
    </>
);

// District viewers only ever get approved entries: no status or flag filters for them.
const MODERATION_FILTERS = ['status', 'flagged'];
const viewerFilters = entryFilters.filter((filter) => !MODERATION_FILTERS.includes(String(filter.key)));

const EntryList = () => {
    const { permissions } = usePermissions();
    const viewer = isDistrictViewer(permissions);
    return (
        <List
            filters={viewer ? viewerFilters : entryFilters}
            actions={<EntryListActions />}
            sort={{ field: 'submittedAt', order: 'DESC' }}
            perPage={25}
            // The API has its own exports (CSV for German Excel, GeoJSON); the
            // client-side CSV of react-admin would bypass their escaping.
            exporter={false}
        >
            <Datagrid
                rowClick="show"
                rowSx={rowSx()}
                // district viewers cannot moderate
                bulkActionButtons={viewer ? false : <EntryBulkActions />}
            >
                <TextField source="placeName" />
                <ReferenceField source="districtId" reference="districts" link={false} />
                <StatusChip source="status" />
                {!viewer && <FlagsField source="flags" sortable={false} />}
                <LocalizedDateField source="submittedAt" showTime />
            </Datagrid>
        </List>
    );
};

export default EntryList;
