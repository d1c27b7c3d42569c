import {
    DateInput,
    NullableBooleanInput,
    ReferenceInput,
    SearchInput,
    SelectArrayInput,
    SelectInput,
} from 'react-admin';
import { channelChoices, statusChoices } from './choices';

// Filter names are the API's (shared/API.md, entries filters).
const entryFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    // Several statuses at once: the "Warteschlange" preset sets pending + on_hold.
    <SelectArrayInput
        key="status"
        source="status"
        choices={statusChoices}
        alwaysOn
        format={(value: unknown) => (value == null || value === '' ? [] : Array.isArray(value) ? value : [value])}
        // an empty list would be a 400 ("status must be one of …"): drop the filter instead
        parse={(value: unknown) => (Array.isArray(value) && value.length === 0 ? null : value)}
        sx={{ minWidth: 200 }}
    />,
    <ReferenceInput key="districtId" source="districtId" reference="districts" sort={{ field: 'nr', order: 'ASC' }} perPage={50}>
        <SelectInput optionText="name" />
    </ReferenceInput>,
    <NullableBooleanInput key="flagged" source="flagged" />,
    <DateInput key="submittedFrom" source="submittedFrom" />,
    <DateInput key="submittedTo" source="submittedTo" />,
    <SelectInput key="channel" source="channel" choices={channelChoices} />,
];

export default entryFilters;
