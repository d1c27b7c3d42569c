// The map of the submission form: district outlines, one pin. Click or tap puts the pin, dragging
// moves it; focused, the map takes Enter (pin to the middle), arrow keys (move), + and − (zoom).
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import DeckGL from '@deck.gl/react';
import type { PickingInfo } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { districtFillColor, districtLineColor, districtLineWidth, PIN_FILL, PIN_LINE } from '../map/colors';
import { boundsOfFeatures, type DistrictFeature } from '../map/geo';
import { useDistrictGeometry } from '../map/useDistrictGeometry';
import { useElementSize } from '../map/useElementSize';
import { initialViewState, type SimpleViewState } from '../map/viewState';
import { DEVICE_PROPS, isUserMove, MAP_VIEW, MapFigure, MapStatus, untabDeck, ZoomButtons, zoomedBy } from './MapParts';
import { useI18n } from './I18nContext';
import { isArrowKey, movePin, nearEdge, round6, type LonLat } from './pinKeys';

export interface PickMapProps {
    pin: LonLat | null;
    onPin: (pin: LonLat) => void;
    /** Changing it centres the view on the pin (after "Mein Standort"). */
    recenter: number;
    /** District of the pin, drawn highlighted. */
    districtId?: string | null;
    id: string;
    label: string;
    describedBy: string;
    invalid: boolean;
}

const CONTROLLER = { scrollZoom: false, doubleClickZoom: false, dragRotate: false, touchRotate: false, keyboard: false };
const PIN_ZOOM = 14;

const getCursor = ({ isDragging, isHovering }: { isDragging: boolean; isHovering: boolean }) =>
    isHovering ? 'grab' : isDragging ? 'grabbing' : 'crosshair';

export const PickMap = memo(function PickMap({ pin, onPin, recenter, districtId, id, label, describedBy, invalid }: PickMapProps) {
    const { t } = useI18n();
    const { data, error, isPending } = useDistrictGeometry();
    const [containerRef, size] = useElementSize<HTMLDivElement>();
    const [view, setView] = useState<SimpleViewState | null>(null);
    const draggingPin = useRef(false);

    const bounds = useMemo(() => (data ? boundsOfFeatures(data.features) : null), [data]);
    const fitted = useMemo(() => initialViewState(null, bounds, size), [bounds, size.width, size.height]);
    const current = view ?? fitted;

    useEffect(() => {
        if (recenter && pin) setView({ ...current, longitude: pin.lon, latitude: pin.lat, zoom: Math.max(current.zoom, PIN_ZOOM) });
        // Only a new request to recentre counts, not every pin move.
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [recenter]);

    const place = (lon: number, lat: number) => onPin({ lon: round6(lon), lat: round6(lat) });

    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        const center = { lon: current.longitude, lat: current.latitude };
        if (event.key === 'Enter' || event.key === ' ') {
            place(center.lon, center.lat);
        } else if (isArrowKey(event.key)) {
            const next = pin ? movePin(pin, event.key, current.zoom, event.shiftKey)! : { lon: round6(center.lon), lat: round6(center.lat) };
            onPin(next);
            if (nearEdge(next, center, current.zoom, size.width, size.height)) setView({ ...current, longitude: next.lon, latitude: next.lat });
        } else if (event.key === '+' || event.key === '=') {
            setView(zoomedBy(current, 1));
        } else if (event.key === '-' || event.key === '_') {
            setView(zoomedBy(current, -1));
        } else return;
        event.preventDefault();
    };

    const layers = [
        data &&
            new GeoJsonLayer<DistrictFeature['properties']>({
                id: 'districts',
                data: data as never,
                filled: true,
                stroked: true,
                getFillColor: (f) => districtFillColor(f.properties?.id, districtId),
                getLineColor: (f) => districtLineColor(f.properties?.id, districtId),
                getLineWidth: (f) => districtLineWidth(f.properties?.id, districtId),
                lineWidthUnits: 'pixels',
                updateTriggers: { getFillColor: districtId, getLineColor: districtId, getLineWidth: districtId },
            }),
        pin &&
            new ScatterplotLayer<LonLat>({
                id: 'pin',
                data: [pin],
                pickable: true,
                getPosition: (d) => [d.lon, d.lat],
                getFillColor: PIN_FILL,
                getLineColor: PIN_LINE,
                stroked: true,
                radiusUnits: 'pixels',
                getRadius: 11,
                lineWidthUnits: 'pixels',
                getLineWidth: 3,
                // Dragging the pin must not pan the map: the event stops here, before the controller sees it.
                onDragStart: (_info, event) => {
                    draggingPin.current = true;
                    event.stopImmediatePropagation();
                    return true;
                },
                onDrag: (info, event) => {
                    if (!draggingPin.current) return false;
                    event.stopImmediatePropagation();
                    if (info.coordinate) place(info.coordinate[0], info.coordinate[1]);
                    return true;
                },
                onDragEnd: (info, event) => {
                    if (!draggingPin.current) return false;
                    draggingPin.current = false;
                    event.stopImmediatePropagation();
                    if (info.coordinate) place(info.coordinate[0], info.coordinate[1]);
                    return true;
                },
            }),
    ];

    return (
        <MapFigure>
            <div className="map-frame map-frame--pick">
                <div
                    ref={containerRef}
                    id={id}
                    className={`map-canvas${invalid ? ' map-canvas--invalid' : ''}`}
                    data-testid="pick-map"
                    data-longitude={current.longitude}
                    data-latitude={current.latitude}
                    data-zoom={current.zoom}
                    data-pin={pin ? `${pin.lon},${pin.lat}` : ''}
                    tabIndex={0}
                    role="application"
                    aria-roledescription={t('map.role')}
                    aria-label={label}
                    aria-describedby={`pick-map-keys ${describedBy}`}
                    aria-invalid={invalid || undefined}
                    onKeyDown={onKeyDown}
                >
                    <DeckGL
                        views={MAP_VIEW}
                        viewState={current}
                        onViewStateChange={({ viewState, interactionState }) => {
                            if (isUserMove(interactionState)) setView(viewState as SimpleViewState);
                        }}
                        controller={CONTROLLER}
                        layers={layers}
                        deviceProps={DEVICE_PROPS}
                        onLoad={() => untabDeck(containerRef.current)}
                        pickingRadius={6}
                        getCursor={getCursor}
                        onClick={(info: PickingInfo) => {
                            if (info.coordinate) place(info.coordinate[0], info.coordinate[1]);
                        }}
                    />
                </div>
                {/* Shown while the map has keyboard focus; always part of its description. */}
                <p className="map-keys" id="pick-map-keys">
                    {t('submit.mapKeys')}
                </p>
                <ZoomButtons onZoom={(delta) => setView(zoomedBy(current, delta))} />
                <MapStatus isPending={isPending} error={error} />
            </div>
        </MapFigure>
    );
});

export default PickMap;
