// What the console's deck.gl maps (DistrictMap, AnalyticsMap) share: the view without a
// basemap, the canvas settings, the framed container and the attribution under the map.
import type { ReactNode } from 'react';
import { Typography } from '@mui/material';
import { MapView } from '@deck.gl/core';
import { DISTRICTS_ATTRIBUTION } from './attribution';
import { MAP_BACKGROUND, toCss } from './colors';

// Without a basemap the canvas clears to the page colour so that it is never transparent
// (screenshots and pixel checks read it directly).
export const PLAIN_VIEW = new MapView({ id: 'map', repeat: false, clear: true, clearColor: MAP_BACKGROUND });
export const DEVICE_PROPS = { type: 'webgl' as const, webgl: { preserveDrawingBuffer: true, antialias: true } };

/** The map's container: full width, `height` pixels, a thin frame in the map's background colour. */
export const mapFrameSx = (height: number) => ({
    position: 'relative',
    width: '100%',
    height,
    overflow: 'hidden',
    borderRadius: 1,
    border: 1,
    borderColor: 'divider',
    backgroundColor: toCss(MAP_BACKGROUND),
}) as const;

/** The figure caption with the district data's licence attribution (and whatever follows it). */
export const MapAttribution = ({ children }: { children?: ReactNode }) => (
    <Typography component="figcaption" variant="caption" data-testid="map-attribution" sx={{ display: 'block', mt: 0.5, color: 'text.secondary' }}>
        {DISTRICTS_ATTRIBUTION}
        {children}
    </Typography>
);
