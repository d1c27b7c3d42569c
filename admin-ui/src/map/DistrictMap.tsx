import { useMemo } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import DeckGL from '@deck.gl/react';
import { MapView, type PickingInfo } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { DISTRICTS_ATTRIBUTION } from './attribution';
import {
    districtFillColor,
    districtLineColor,
    districtLineWidth,
    MAP_BACKGROUND,
    PIN_FILL,
    PIN_LINE,
    toCss,
} from './colors';
import { boundsOfFeatures, findDistrict, type DistrictFeature } from './geo';
import { useDistrictGeometry } from './useDistrictGeometry';
import { useElementSize } from './useElementSize';
import { initialViewState, isLonLat } from './viewState';

// No basemap: the console must work offline, and the district outlines are
// enough to place a pin. The canvas clears to the page colour so that it is
// never transparent (screenshots and pixel checks read it directly).
const MAP_VIEW = new MapView({ id: 'map', repeat: false, clear: true, clearColor: MAP_BACKGROUND });
const DEVICE_PROPS = { type: 'webgl' as const, webgl: { preserveDrawingBuffer: true, antialias: true } };
const CONTROLLER = { scrollZoom: false, dragRotate: false, touchRotate: false, keyboard: false };

export interface MapPin {
    lon: number;
    lat: number;
}

export interface DistrictMapProps {
    /** District drawn in the highlight colour; the view fits it when there is no pin. */
    districtId?: string | null;
    pin?: MapPin | null;
    height?: number;
    testId?: string;
    label?: string;
}

const getTooltip = ({ object }: PickingInfo<DistrictFeature>) =>
    object?.properties?.name ? `${object.properties.nr}. ${object.properties.name}` : null;

export const DistrictMap = ({ districtId, pin, height = 320, testId = 'district-map', label }: DistrictMapProps) => {
    const translate = useTranslate();
    const { data, error, isPending } = useDistrictGeometry();
    const [containerRef, size] = useElementSize<HTMLDivElement>();
    const validPin = pin && isLonLat(pin.lon, pin.lat) ? pin : null;

    const focusBounds = useMemo(() => {
        const district = findDistrict(data, districtId);
        return district ? boundsOfFeatures([district]) : data ? boundsOfFeatures(data.features) : null;
    }, [data, districtId]);

    const viewState = useMemo(
        () => initialViewState(validPin, focusBounds, size),
        // Only the pin's coordinates matter, not the object's identity.
        [validPin?.lon, validPin?.lat, focusBounds, size.width, size.height],
    );

    const layers = [
        data &&
            new GeoJsonLayer<DistrictFeature['properties']>({
                id: 'districts',
                data: data as never,
                filled: true,
                stroked: true,
                pickable: true,
                getFillColor: (f) => districtFillColor(f.properties?.id, districtId),
                getLineColor: (f) => districtLineColor(f.properties?.id, districtId),
                getLineWidth: (f) => districtLineWidth(f.properties?.id, districtId),
                lineWidthUnits: 'pixels',
                updateTriggers: {
                    getFillColor: districtId,
                    getLineColor: districtId,
                    getLineWidth: districtId,
                },
            }),
        validPin &&
            new ScatterplotLayer<MapPin>({
                id: 'pin',
                data: [validPin],
                getPosition: (d) => [d.lon, d.lat],
                getFillColor: PIN_FILL,
                getLineColor: PIN_LINE,
                stroked: true,
                radiusUnits: 'pixels',
                getRadius: 9,
                lineWidthUnits: 'pixels',
                getLineWidth: 2,
            }),
    ];

    return (
        <Box component="figure" sx={{ m: 0 }}>
            <Box
                ref={containerRef}
                data-testid={testId}
                role="img"
                aria-label={label ?? translate('herzensorte.map.label')}
                sx={{
                    position: 'relative',
                    width: '100%',
                    height,
                    overflow: 'hidden',
                    borderRadius: 1,
                    border: 1,
                    borderColor: 'divider',
                    backgroundColor: toCss(MAP_BACKGROUND),
                }}
            >
                <DeckGL
                    views={MAP_VIEW}
                    initialViewState={viewState}
                    controller={CONTROLLER}
                    layers={layers}
                    deviceProps={DEVICE_PROPS}
                    getTooltip={getTooltip}
                />
                {(isPending || Boolean(error)) && (
                    <Typography
                        variant="caption"
                        sx={{ position: 'absolute', top: 8, left: 8, color: 'text.secondary' }}
                    >
                        {translate(error ? 'herzensorte.map.unavailable' : 'herzensorte.map.loading')}
                    </Typography>
                )}
            </Box>
            <Typography
                component="figcaption"
                variant="caption"
                data-testid="map-attribution"
                sx={{ display: 'block', mt: 0.5, color: 'text.secondary' }}
            >
                {DISTRICTS_ATTRIBUTION}
            </Typography>
        </Box>
    );
};

export default DistrictMap;
