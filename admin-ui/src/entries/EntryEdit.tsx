import { Box, Typography } from '@mui/material';
import {
    Edit,
    FormDataConsumer,
    NumberInput,
    SaveButton,
    SimpleForm,
    TextInput,
    Toolbar,
    useTranslate,
} from 'react-admin';
import DistrictMap from '../map/LazyDistrictMap';
import { pinOf } from '../map/viewState';
import { entryValidators } from './entryValidation';

const VersionHint = () => {
    const translate = useTranslate();
    return (
        <Typography variant="caption" color="text.secondary">
            {translate('herzensorte.entries.version_hint')}
        </Typography>
    );
};

// No delete button: moderators reject entries, they do not delete them.
const EntryEditToolbar = () => (
    <Toolbar>
        <SaveButton />
    </Toolbar>
);

// react-admin sends the whole record (including `version`) back with PUT,
// which is what the API expects for its optimistic locking. Pessimistic mode
// so that a 409 or 422 shows up at once instead of after an undo delay.
const EntryEdit = () => (
    <Edit mutationMode="pessimistic" redirect="show">
        <SimpleForm toolbar={<EntryEditToolbar />}>
            <TextInput source="placeName" validate={entryValidators.placeName} fullWidth />
            <TextInput source="story" validate={entryValidators.story} multiline minRows={5} fullWidth />
            <TextInput source="address" validate={entryValidators.address} fullWidth />
            <TextInput source="firstName" validate={entryValidators.firstName} />
            <Box sx={{ display: 'flex', gap: 2, width: '100%' }}>
                <NumberInput source="lon" validate={entryValidators.lon} step={0.0001} />
                <NumberInput source="lat" validate={entryValidators.lat} step={0.0001} />
            </Box>
            <Box sx={{ width: '100%', maxWidth: 720 }}>
                <FormDataConsumer>
                    {({ formData }) => (
                        <DistrictMap
                            testId="entry-edit-map"
                            districtId={formData?.districtId}
                            pin={pinOf(formData)}
                            height={280}
                        />
                    )}
                </FormDataConsumer>
            </Box>
            <VersionHint />
        </SimpleForm>
    </Edit>
);

export default EntryEdit;
