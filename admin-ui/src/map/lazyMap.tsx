import { lazy, Suspense, type ComponentType } from 'react';
import { Box, Skeleton } from '@mui/material';

interface MapSizeProps {
    testId?: string;
    height?: number;
}

/**
 * A map component loaded on first use (deck.gl is by far the largest dependency): until its chunk
 * is there, a skeleton of the map's height with the test id `<testId>-loading`.
 */
export const lazyMap = <P extends MapSizeProps>(
    load: () => Promise<{ default: ComponentType<P> }>,
    defaults: { testId: string; height: number },
) => {
    const Map = lazy(load);
    const LazyMap = (props: P) => (
        <Suspense
            fallback={
                <Box data-testid={`${props.testId ?? defaults.testId}-loading`}>
                    <Skeleton variant="rectangular" height={props.height ?? defaults.height} />
                </Box>
            }
        >
            <Map {...props} />
        </Suspense>
    );
    return LazyMap;
};
