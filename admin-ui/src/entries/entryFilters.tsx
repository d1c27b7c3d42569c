import {
    DateInput,
    NullableBooleanInput,
    ReferenceInput,
    SearchInput,
    SelectInput,
} from 'react-admin';
import { channelChoices, statusChoices } from './choices';

// Filter names are the API's (shared/API.md, entries filters).
const entryFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
    <ReferenceInput key="districtId" source="districtId" reference="districts" sort={{ field: 'nr', order: 'ASC' }} perPage={50}>
        <SelectInput optionText="name" />
    </ReferenceInput>,
    <NullableBooleanInput key="flagged" source="flagged" />,
    <DateInput key="submittedFrom" source="submittedFrom" />,
    <DateInput key="submittedTo" source="submittedTo" />,
    <SelectInput key="channel" source="channel" choices={channelChoices} />,
];

export default entryFilters;
