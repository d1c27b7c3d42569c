import { lazy, Suspense } from 'react';
import { Box, Skeleton } from '@mui/material';
import type { AnalyticsMapProps } from './AnalyticsMap';

// deck.gl with its aggregation and geo layers: loaded only when an analytics map is shown.
const AnalyticsMap = lazy(() => import('./AnalyticsMap'));

export const LazyAnalyticsMap = (props: AnalyticsMapProps) => (
    <Suspense
        fallback={
            <Box data-testid={`${props.testId ?? 'analytics-map'}-loading`}>
                <Skeleton variant="rectangular" height={props.height ?? 420} />
            </Box>
        }
    >
        <AnalyticsMap {...props} />
    </Suspense>
);

export default LazyAnalyticsMap;
