import { Datagrid, List, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextField } from 'react-admin';
import LocalizedNumberField from '../fields/LocalizedNumberField';
import MergePlacesButton from './MergePlacesButton';

const placeFilters = [
    <SearchInput source="q" alwaysOn key="q" />,
    <ReferenceInput source="districtId" reference="districts" sort={{ field: 'nr', order: 'ASC' }} perPage={50} key="districtId">
        <SelectInput optionText="name" />
    </ReferenceInput>,
];

/** Places (entries grouped by place), most entries first; select several to merge them. */
const PlaceList = () => (
    <List sort={{ field: 'entryCount', order: 'DESC' }} perPage={25} filters={placeFilters} exporter={false}>
        <Datagrid rowClick="show" bulkActionButtons={<MergePlacesButton />}>
            <TextField source="name" />
            <ReferenceField source="districtId" reference="districts" link={false} emptyText="–" />
            <LocalizedNumberField source="entryCount" />
        </Datagrid>
    </List>
);

export default PlaceList;
