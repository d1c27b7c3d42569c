import { Datagrid, List, NumberField, TextField } from 'react-admin';

const AREA_FORMAT = { maximumFractionDigits: 2 };

// Counts come aggregated from the server (one row per district), so their
// columns are not sortable.
const DistrictList = () => (
    <List sort={{ field: 'nr', order: 'ASC' }} perPage={25} pagination={false} exporter={false}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
            <NumberField source="nr" />
            <TextField source="name" />
            <NumberField source="population" />
            <NumberField source="areaKm2" options={AREA_FORMAT} />
            <NumberField source="counts.total" sortable={false} />
            <NumberField source="counts.pending" sortable={false} />
            <NumberField source="counts.approved" sortable={false} />
            <NumberField source="counts.rejected" sortable={false} />
            <NumberField source="counts.on_hold" sortable={false} />
        </Datagrid>
    </List>
);

export default DistrictList;
