import { Datagrid, List, ReferenceField, SelectField, TextField } from 'react-admin';
import LocalizedDateField from '../fields/LocalizedDateField';
import { eventActionChoices, reasonChoices } from './choices';
import moderationEventFilters from './moderationEventFilters';
import StatusTransitionField from './StatusTransitionField';

// Read-only audit trail. The API sorts by createdAt and action only, so the
// other columns are not sortable.
const ModerationEventList = () => (
    <List filters={moderationEventFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
        <Datagrid rowClick={false} bulkActionButtons={false}>
            <LocalizedDateField source="createdAt" showTime />
            <TextField source="actorEmail" sortable={false} emptyText="–" />
            <SelectField source="action" choices={eventActionChoices} />
            <ReferenceField source="entryId" reference="entries" link="show" sortable={false} />
            <StatusTransitionField source="toStatus" sortable={false} label="resources.moderation-events.fields.transition" />
            <SelectField source="reasonCode" choices={reasonChoices} sortable={false} emptyText="–" />
            <TextField source="note" sortable={false} emptyText="" />
        </Datagrid>
    </List>
);

export default ModerationEventList;
