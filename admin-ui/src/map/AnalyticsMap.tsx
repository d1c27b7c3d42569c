// The analytics map of the dashboard and the district report: districts filled by a value
// (choropleth), a heatmap of entries, or H3 hexagons, optionally over a MapLibre basemap.
// Its own lazy chunk (deck.gl with aggregation and geo layers); the basemap is another one,
// loaded only when the server configures a style.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import DeckGL, { type DeckGLRef } from '@deck.gl/react';
import { MapView, type PickingInfo } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import type { HeatCell } from '../dashboard/analyticsTypes';
import { HEAT_COLOR_RANGE, hexColor, maxCount, type AnalyticsMapMode } from './choropleth';
import { DISTRICT_FILL, DISTRICT_HIGHLIGHT_LINE, DISTRICT_LINE, type RGBA } from './colors';
import { boundsOfFeatures, findDistrict, type DistrictFeature } from './geo';
import { heatPoints, validCells, type HeatPoint } from './heat';
import type { BasemapProps } from './Basemap';
import { DEVICE_PROPS, MapAttribution, mapFrameSx, PLAIN_VIEW } from './mapFrame';
import { useDistrictGeometry } from './useDistrictGeometry';
import { useElementSize } from './useElementSize';
import { useMapConfig } from './useMapConfig';
import { fitBounds, DORTMUND_VIEW, type SimpleViewState } from './viewState';

const Basemap = lazy(() => import('./Basemap'));

// Without a basemap the canvas clears to the page colour (PLAIN_VIEW); with one it stays
// transparent over the map.
const BASEMAP_VIEW = new MapView({ id: 'map', repeat: false });
// Dragging only: the mouse wheel scrolls the page, and a click on a district opens it.
const CONTROLLER = { scrollZoom: false, doubleClickZoom: false, dragRotate: false, touchRotate: false, keyboard: false };
/** A pointer that moved further than this between press and release dragged the map: no click. */
const CLICK_SLOP_PX = 6;
const TRANSPARENT: RGBA = [0, 0, 0, 0];

/** What the map shows (data-view attribute): lets tests find a place's pixel. */
export interface RenderedView extends SimpleViewState {
    width: number;
    height: number;
}

export interface AnalyticsMapProps {
    mode: AnalyticsMapMode;
    /** Choropleth fill per district id; districts without one get the plain fill. */
    districtColors?: Record<string, RGBA>;
    /** Tooltip of a district (choropleth). */
    districtTooltip?: (districtId: string, name: string) => string | null;
    /** Cells for the heatmap and the hexagons. */
    cells?: HeatCell[];
    hexTooltip?: (count: number) => string;
    /** Fit the view to this district and outline it. */
    focusDistrictId?: string | null;
    onDistrictClick?: (districtId: string) => void;
    height?: number;
    testId?: string;
    label: string;
    /** Shown top left over the map, e.g. "loading". */
    status?: string | null;
}

export const AnalyticsMap = ({
    mode,
    districtColors,
    districtTooltip,
    cells,
    hexTooltip,
    focusDistrictId,
    onDistrictClick,
    height = 420,
    testId = 'analytics-map',
    label,
    status,
}: AnalyticsMapProps) => {
    const translate = useTranslate();
    const { data: districts, error, isPending } = useDistrictGeometry();
    const config = useMapConfig();
    const mapStyleUrl = config?.mapStyleUrl ?? null;
    const [basemapAttribution, setBasemapAttribution] = useState('');
    const [basemapFailed, setBasemapFailed] = useState(false);
    const showBasemap = Boolean(mapStyleUrl) && !basemapFailed;
    const [containerRef, size] = useElementSize<HTMLDivElement>();

    const bounds = useMemo(() => {
        const focus = findDistrict(districts, focusDistrictId);
        return focus ? boundsOfFeatures([focus]) : districts ? boundsOfFeatures(districts.features) : null;
    }, [districts, focusDistrictId]);

    // The view fits the city (or the focused district) until the user moves the map.
    const [moved, setMoved] = useState<SimpleViewState | null>(null);
    const fitted = useMemo(
        () => (bounds && size.width > 0 && size.height > 0 ? fitBounds(bounds, size.width, size.height, 12) : DORTMUND_VIEW),
        [bounds, size.width, size.height],
    );
    useEffect(() => setMoved(null), [fitted]);
    const viewState = moved ?? fitted;

    const points = useMemo<HeatPoint[]>(() => (mode === 'heatmap' && cells ? heatPoints(cells) : []), [mode, cells]);
    const hexagons = useMemo(() => (mode === 'hexagons' && cells ? validCells(cells) : []), [mode, cells]);
    const hexMax = useMemo(() => maxCount(hexagons), [hexagons]);

    const choropleth = mode === 'choropleth';
    const fillOf = useCallback(
        (id: string | undefined): RGBA => {
            const alpha = showBasemap ? 190 : 255;
            if (choropleth) {
                const color = id ? districtColors?.[id] : undefined;
                return color ? [color[0], color[1], color[2], alpha] : showBasemap ? TRANSPARENT : DISTRICT_FILL;
            }
            // heat and hexagons: plain districts under the data (nothing over a basemap)
            return showBasemap ? TRANSPARENT : DISTRICT_FILL;
        },
        [choropleth, districtColors, showBasemap],
    );

    const layers = [
        districts &&
            new GeoJsonLayer<DistrictFeature['properties']>({
                id: 'districts',
                data: districts as never,
                filled: true,
                stroked: true,
                pickable: choropleth,
                autoHighlight: choropleth && Boolean(onDistrictClick),
                highlightColor: [255, 255, 255, 70],
                getFillColor: (f) => fillOf(f.properties?.id),
                getLineColor: (f) => (focusDistrictId && f.properties?.id === focusDistrictId ? DISTRICT_HIGHLIGHT_LINE : DISTRICT_LINE),
                getLineWidth: (f) => (focusDistrictId && f.properties?.id === focusDistrictId ? 3 : 1),
                lineWidthUnits: 'pixels',
                updateTriggers: {
                    getFillColor: [mode, districtColors, showBasemap],
                    getLineColor: focusDistrictId,
                    getLineWidth: focusDistrictId,
                },
            }),
        mode === 'heatmap' &&
            points.length > 0 &&
            new HeatmapLayer<HeatPoint>({
                id: 'heatmap',
                data: points,
                getPosition: (d) => d.position,
                getWeight: (d) => d.weight,
                aggregation: 'SUM',
                radiusPixels: 28,
                intensity: 1.2,
                threshold: 0.04,
                colorRange: HEAT_COLOR_RANGE,
            }),
        mode === 'hexagons' &&
            hexagons.length > 0 &&
            new H3HexagonLayer<HeatCell>({
                id: 'hexagons',
                data: hexagons,
                getHexagon: (d) => d.h3,
                getFillColor: (d) => hexColor(d.count, hexMax, showBasemap ? 200 : 235),
                getLineColor: [255, 255, 255, 140],
                lineWidthMinPixels: 0.5,
                stroked: true,
                extruded: false,
                pickable: true,
                updateTriggers: { getFillColor: [hexMax, showBasemap] },
            }),
    ];

    const getTooltip = useCallback(
        ({ object, layer }: PickingInfo) => {
            if (!object || !layer) return null;
            if (layer.id === 'districts' && choropleth) {
                const properties = (object as DistrictFeature).properties;
                return properties ? districtTooltip?.(properties.id, properties.name) ?? properties.name : null;
            }
            if (layer.id.startsWith('hexagons')) {
                const count = (object as HeatCell).count;
                return hexTooltip ? hexTooltip(count) : String(count);
            }
            return null;
        },
        [choropleth, districtTooltip, hexTooltip],
    );

    // Clicks are the browser's own (press and release without dragging), picked at the click's
    // position. deck.gl's click gesture gives up when press and release are more than 250 ms apart
    // as it processes them, which a slow GPU (software rendering) exceeds with the picking it does on
    // every press.
    const deckRef = useRef<DeckGLRef>(null);
    const pressedAt = useRef<{ x: number; y: number } | null>(null);
    const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
        pressedAt.current = { x: event.clientX, y: event.clientY };
    };
    const onClick = (event: MouseEvent<HTMLDivElement>) => {
        const start = pressedAt.current;
        pressedAt.current = null;
        if (!choropleth || !onDistrictClick || event.button !== 0) return;
        if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > CLICK_SLOP_PX) return;
        const box = event.currentTarget.getBoundingClientRect();
        const picked = deckRef.current?.pickObject({
            x: event.clientX - box.left - event.currentTarget.clientLeft,
            y: event.clientY - box.top - event.currentTarget.clientTop,
            radius: 2,
        });
        const id = picked?.layer?.id.startsWith('districts') ? (picked.object as DistrictFeature | undefined)?.properties?.id : undefined;
        if (id) onDistrictClick(id);
    };

    const getCursor = useCallback(
        ({ isHovering, isDragging }: { isHovering: boolean; isDragging: boolean }) =>
            isDragging ? 'grabbing' : isHovering && choropleth && onDistrictClick ? 'pointer' : 'grab',
        [choropleth, onDistrictClick],
    );

    const rendered: RenderedView = { ...viewState, width: size.width, height: size.height };
    const message = error ? translate('herzensorte.map.unavailable') : isPending ? translate('herzensorte.map.loading') : status;

    return (
        <Box component="figure" sx={{ m: 0 }}>
            <Box
                ref={containerRef}
                data-testid={testId}
                data-mode={mode}
                data-basemap={showBasemap ? 'on' : 'off'}
                data-view={JSON.stringify(rendered)}
                data-cells={mode === 'heatmap' ? points.length : mode === 'hexagons' ? hexagons.length : undefined}
                data-ready={districts && (mode === 'choropleth' ? Boolean(districtColors) : cells !== undefined) ? 'true' : 'false'}
                role="img"
                aria-label={label}
                className="analytics-map"
                onPointerDown={onPointerDown}
                onClick={onClick}
                sx={mapFrameSx(height)}
            >
                <DeckGL
                    ref={deckRef}
                    views={showBasemap ? BASEMAP_VIEW : PLAIN_VIEW}
                    viewState={viewState}
                    onViewStateChange={({ viewState: next, interactionState }) => {
                        if (interactionState && Object.values(interactionState).some(Boolean)) {
                            const { longitude, latitude, zoom } = next as SimpleViewState;
                            setMoved({ longitude, latitude, zoom, pitch: 0, bearing: 0 });
                        }
                        return next;
                    }}
                    controller={CONTROLLER}
                    layers={layers}
                    deviceProps={DEVICE_PROPS}
                    getTooltip={getTooltip}
                    getCursor={getCursor}
                >
                    {showBasemap && mapStyleUrl && (
                        <BasemapChild mapStyle={mapStyleUrl} onAttribution={setBasemapAttribution} onError={() => setBasemapFailed(true)} />
                    )}
                </DeckGL>
                {message && (
                    <Typography
                        variant="caption"
                        sx={{ position: 'absolute', top: 8, left: 8, color: 'text.secondary', bgcolor: 'rgba(255,255,255,0.8)', px: 0.5 }}
                    >
                        {message}
                    </Typography>
                )}
            </Box>
            <MapAttribution>
                {showBasemap && basemapAttribution && (
                    <span data-testid="basemap-attribution">
                        {' '}
                        {translate('herzensorte.map.basemap')}: {basemapAttribution}
                    </span>
                )}
            </MapAttribution>
        </Box>
    );
};

/** DeckGL clones a child with `mapStyle` as its base map, adding `viewState` and `style`; the lazy map gets them here. */
const BasemapChild = (props: BasemapProps) => (
    <Suspense fallback={null}>
        <Basemap {...props} />
    </Suspense>
);

export default AnalyticsMap;
