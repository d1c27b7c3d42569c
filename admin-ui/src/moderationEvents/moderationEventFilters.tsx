import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { eventActionChoices } from './choices';

// The API filters moderation events by entryId, actorId and action.
const moderationEventFilters = [
    <SelectInput key="action" source="action" choices={eventActionChoices} alwaysOn />,
    <ReferenceInput key="entryId" source="entryId" reference="entries" alwaysOn>
        <AutocompleteInput optionText="placeName" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
    </ReferenceInput>,
];

export default moderationEventFilters;
