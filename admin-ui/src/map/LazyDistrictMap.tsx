import { lazy, Suspense } from 'react';
import { Box, Skeleton } from '@mui/material';
import type { DistrictMapProps } from './DistrictMap';

// deck.gl is by far the largest dependency; load it only when a map is shown.
const DistrictMap = lazy(() => import('./DistrictMap'));

export const LazyDistrictMap = (props: DistrictMapProps) => (
    <Suspense
        fallback={
            <Box data-testid={`${props.testId ?? 'district-map'}-loading`}>
                <Skeleton variant="rectangular" height={props.height ?? 320} />
            </Box>
        }
    >
        <DistrictMap {...props} />
    </Suspense>
);

export default LazyDistrictMap;
