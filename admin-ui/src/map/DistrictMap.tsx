import { useMemo } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import DeckGL from '@deck.gl/react';
import type { PickingInfo } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { districtFillColor, districtLineColor, districtLineWidth, PIN_FILL, PIN_LINE } from './colors';
import { boundsOfFeatures, findDistrict, type DistrictFeature } from './geo';
import { DEVICE_PROPS, MapAttribution, mapFrameSx, PLAIN_VIEW } from './mapFrame';
import { useDistrictGeometry } from './useDistrictGeometry';
import { useElementSize } from './useElementSize';
import { initialViewState, isLonLat } from './viewState';

// No basemap: the console must work offline, and the district outlines are
// enough to place a pin.
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
                sx={mapFrameSx(height)}
            >
                <DeckGL
                    views={PLAIN_VIEW}
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
            <MapAttribution />
        </Box>
    );
};

export default DistrictMap;
