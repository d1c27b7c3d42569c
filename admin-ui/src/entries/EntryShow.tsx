import { Box, Typography } from '@mui/material';
import {
    EditButton,
    ReferenceField,
    SelectField,
    Show,
    SimpleShowLayout,
    TextField,
    TopToolbar,
    usePermissions,
    useTranslate,
} from 'react-admin';
import { isDistrictViewer } from '../auth/roles';
import LocalizedDateField from '../fields/LocalizedDateField';
import LocalizedNumberField from '../fields/LocalizedNumberField';
import EntryMap from '../map/EntryMap';
import DecisionButtons from '../moderation/DecisionButtons';
import ModerationTimeline from '../moderation/ModerationTimeline';
import { channelChoices } from './choices';
import FlagsField from './FlagsField';
import StatusChip from './StatusChip';
import StoryField from './StoryField';
import ThemesField from './ThemesField';

const COORDINATE_FORMAT = { maximumFractionDigits: 6 };

// District viewers read only; moderating and editing are for moderators and
// admins (the server enforces it too). Only the decisions the status allows are offered.
const EntryShowActions = () => {
    const { permissions } = usePermissions();
    if (isDistrictViewer(permissions)) return <TopToolbar />;
    return (
        <TopToolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
            <DecisionButtons />
            <EditButton />
        </TopToolbar>
    );
};

const ModerationHistory = () => {
    const { permissions } = usePermissions();
    if (isDistrictViewer(permissions)) return null;
    return (
        <Box sx={{ mt: 2 }}>
            <SectionTitle label="herzensorte.timeline.title" />
            <ModerationTimeline />
        </Box>
    );
};

const SectionTitle = ({ label }: { label: string }) => {
    const translate = useTranslate();
    return (
        <Typography variant="overline" color="text.secondary" component="h2">
            {translate(label)}
        </Typography>
    );
};

const EntryShow = () => {
    const { permissions } = usePermissions();
    const viewer = isDistrictViewer(permissions);
    return (
        <Show actions={<EntryShowActions />}>
            <Box
                sx={{
                    display: 'grid',
                    gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(0, 2fr)' },
                    gap: 2,
                    p: 2,
                }}
            >
                <Box>
                    <SectionTitle label="herzensorte.entries.sections.story" />
                    <SimpleShowLayout sx={{ p: 0 }}>
                        <TextField source="placeName" variant="h6" />
                        <StoryField source="story" />
                        <TextField source="firstName" emptyText="–" />
                        <ThemesField source="themes" />
                    </SimpleShowLayout>
                    <SectionTitle label="herzensorte.entries.sections.moderation" />
                    <SimpleShowLayout sx={{ p: 0 }}>
                        <StatusChip source="status" />
                        {!viewer && <FlagsField source="flags" withDetail />}
                        <SelectField source="channel" choices={channelChoices} />
                        <LocalizedDateField source="submittedAt" showTime />
                        <LocalizedDateField source="updatedAt" showTime />
                        <LocalizedNumberField source="version" />
                        <TextField source="id" />
                    </SimpleShowLayout>
                </Box>
                <Box>
                    <SectionTitle label="herzensorte.entries.sections.place" />
                    <SimpleShowLayout sx={{ p: 0 }}>
                        <TextField source="address" emptyText="–" />
                        <ReferenceField source="districtId" reference="districts" emptyText="–" />
                        <TextField source="placeId" emptyText="–" />
                    </SimpleShowLayout>
                    <SimpleShowLayout direction="row" spacing={4} sx={{ p: 0, pb: 1 }}>
                        <LocalizedNumberField source="lon" options={COORDINATE_FORMAT} />
                        <LocalizedNumberField source="lat" options={COORDINATE_FORMAT} />
                    </SimpleShowLayout>
                    <EntryMap />
                    <ModerationHistory />
                </Box>
            </Box>
        </Show>
    );
};

export default EntryShow;
