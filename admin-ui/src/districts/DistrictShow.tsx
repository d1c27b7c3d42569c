import { Box, Button, Typography } from '@mui/material';
import ReportIcon from '@mui/icons-material/Assessment';
import { Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import LocalizedNumberField from '../fields/LocalizedNumberField';
import DistrictMap from '../map/LazyDistrictMap';
import type { District } from '../types';
import { districtReportPath } from './paths';

const AREA_FORMAT = { maximumFractionDigits: 2 };

const DistrictOutline = () => {
    const record = useRecordContext<District>();
    if (!record) return null;
    return <DistrictMap testId="district-map" districtId={String(record.id)} label={record.name} />;
};

const CountsTitle = () => {
    const translate = useTranslate();
    return (
        <Typography variant="overline" color="text.secondary" component="h2">
            {translate('herzensorte.districts.counts')}
        </Typography>
    );
};

const ReportButton = () => {
    const record = useRecordContext<District>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <Button size="small" href={`#${districtReportPath(record.id)}`} startIcon={<ReportIcon />} data-testid="open-report">
            {translate('herzensorte.report.open')}
        </Button>
    );
};

const DistrictShow = () => (
    <Show
        actions={
            <TopToolbar>
                <ReportButton />
            </TopToolbar>
        }
    >
        <Box
            sx={{
                display: 'grid',
                gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(0, 3fr)' },
                gap: 2,
                p: 2,
            }}
        >
            <Box>
                <SimpleShowLayout sx={{ p: 0 }}>
                    <LocalizedNumberField source="nr" />
                    <TextField source="name" />
                    <LocalizedNumberField source="population" />
                    <LocalizedNumberField source="areaKm2" options={AREA_FORMAT} />
                </SimpleShowLayout>
                <Box sx={{ mt: 2 }}>
                    <CountsTitle />
                    <SimpleShowLayout sx={{ p: 0 }} direction={{ xs: 'column', sm: 'row' }} spacing={3}>
                        <LocalizedNumberField source="counts.total" />
                        <LocalizedNumberField source="counts.pending" />
                        <LocalizedNumberField source="counts.approved" />
                        <LocalizedNumberField source="counts.rejected" />
                        <LocalizedNumberField source="counts.on_hold" />
                    </SimpleShowLayout>
                </Box>
            </Box>
            <DistrictOutline />
        </Box>
    </Show>
);

export default DistrictShow;
