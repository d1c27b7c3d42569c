import { Box, Typography } from '@mui/material';
import {
    Datagrid,
    Pagination,
    ReferenceField,
    ReferenceManyField,
    Show,
    SimpleShowLayout,
    TextField,
    useRecordContext,
    useTranslate,
} from 'react-admin';
import StatusChip from '../entries/StatusChip';
import LocalizedDateField from '../fields/LocalizedDateField';
import LocalizedNumberField from '../fields/LocalizedNumberField';
import DistrictMap from '../map/LazyDistrictMap';
import { pinOf } from '../map/viewState';
import SplitEntriesButton from './SplitEntriesButton';
import type { Place } from './types';

const COORDINATE = { maximumFractionDigits: 6 };

const PlaceMap = () => {
    const record = useRecordContext<Place>();
    if (!record) return null;
    return <DistrictMap testId="place-map" districtId={record.districtId} pin={pinOf(record)} height={260} label={record.name} />;
};

const EntriesTitle = () => {
    const translate = useTranslate();
    return (
        <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
            {translate('herzensorte.places.entries')}
        </Typography>
    );
};

/** A place with its entries; select entries to split them off into a new place. */
const PlaceShow = () => {
    const translate = useTranslate();
    return (
        <Show>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(0, 3fr)' }, gap: 2, p: 2 }}>
                <SimpleShowLayout sx={{ p: 0 }}>
                    <TextField source="name" />
                    <ReferenceField source="districtId" reference="districts" link="show" emptyText="–" />
                    <LocalizedNumberField source="entryCount" />
                    <LocalizedNumberField source="lon" options={COORDINATE} />
                    <LocalizedNumberField source="lat" options={COORDINATE} />
                </SimpleShowLayout>
                <PlaceMap />
            </Box>
            <Box sx={{ px: 2, pb: 2 }}>
                <EntriesTitle />
                <Typography variant="body2" color="text.secondary">
                    {translate('herzensorte.places.split_help')}
                </Typography>
                <ReferenceManyField
                    reference="entries"
                    target="placeId"
                    sort={{ field: 'submittedAt', order: 'DESC' }}
                    perPage={25}
                    pagination={<Pagination />}
                >
                    <Datagrid rowClick="show" bulkActionButtons={<SplitEntriesButton />} data-testid="place-entries">
                        <TextField source="placeName" />
                        <TextField source="story" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }} />
                        <StatusChip source="status" />
                        <LocalizedDateField source="submittedAt" showTime />
                    </Datagrid>
                </ReferenceManyField>
            </Box>
        </Show>
    );
};

export default PlaceShow;
