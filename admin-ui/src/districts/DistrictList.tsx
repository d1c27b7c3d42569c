import { Datagrid, List, TextField } from 'react-admin';
import LocalizedNumberField from '../fields/LocalizedNumberField';
import { districtReportPath } from './paths';

const AREA_FORMAT = { maximumFractionDigits: 2 };

// Counts come aggregated from the server (one row per district), so their
// columns are not sortable. A row opens the district's report.
const DistrictList = () => (
    <List sort={{ field: 'nr', order: 'ASC' }} perPage={25} pagination={false} exporter={false}>
        <Datagrid rowClick={(id) => districtReportPath(id)} bulkActionButtons={false}>
            <LocalizedNumberField source="nr" />
            <TextField source="name" />
            <LocalizedNumberField source="population" />
            <LocalizedNumberField source="areaKm2" options={AREA_FORMAT} />
            <LocalizedNumberField source="counts.total" sortable={false} />
            <LocalizedNumberField source="counts.pending" sortable={false} />
            <LocalizedNumberField source="counts.approved" sortable={false} />
            <LocalizedNumberField source="counts.rejected" sortable={false} />
            <LocalizedNumberField source="counts.on_hold" sortable={false} />
        </Datagrid>
    </List>
);

export default DistrictList;
