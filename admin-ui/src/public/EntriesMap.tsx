// The discover map: approved entries as dots, nearby ones grouped per grid cell (cluster.ts) so
// that thousands stay fluid. A group zooms in when clicked, a single dot opens the entry.
import { memo, useEffect, useMemo, useState } from 'react';
import DeckGL from '@deck.gl/react';
import type { PickingInfo } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { districtFillColor, districtLineColor, districtLineWidth, PIN_FILL, PIN_LINE, type RGBA } from '../map/colors';
import { boundsOfFeatures, findDistrict, type DistrictFeature } from '../map/geo';
import { useDistrictGeometry } from '../map/useDistrictGeometry';
import { useElementSize } from '../map/useElementSize';
import { fitBounds, initialViewState, type SimpleViewState } from '../map/viewState';
import { clusterPoints, clusterRadius, zoomIntoCluster, type Cluster } from './cluster';
import type { PublicEntry } from './filters';
import { DEVICE_PROPS, isUserMove, MAP_VIEW, MapFigure, MapStatus, untabDeck, ZoomButtons, zoomedBy } from './MapParts';

export interface EntriesMapProps {
    entries: PublicEntry[];
    /** The open entry (drawn with a ring, brought into view), even when the filters hide it. */
    selected?: PublicEntry | null;
    /** The district filter: the view fits it and draws it highlighted. */
    districtId?: string | null;
    onSelect: (id: string) => void;
    label: string;
    describedBy?: string;
}

// Mouse and touch only: the list beside the map is the keyboard and screen reader way to the same entries.
const CONTROLLER = { scrollZoom: true, doubleClickZoom: true, dragRotate: false, touchRotate: false, keyboard: false };
const SELECTED_ZOOM = 14;
const WHITE: RGBA = [255, 255, 255, 255];
const SELECTED_LINE: RGBA = [20, 20, 20, 255];


export const EntriesMap = memo(function EntriesMap({ entries, selected, districtId, onSelect, label, describedBy }: EntriesMapProps) {
    const { data, error, isPending } = useDistrictGeometry();
    const [containerRef, size] = useElementSize<HTMLDivElement>();
    const [view, setView] = useState<SimpleViewState | null>(null);

    const focusBounds = useMemo(() => {
        const district = findDistrict(data, districtId);
        return district ? boundsOfFeatures([district]) : data ? boundsOfFeatures(data.features) : null;
    }, [data, districtId]);
    const fitted = useMemo(() => initialViewState(null, focusBounds, size), [focusBounds, size.width, size.height]);
    const current = view ?? fitted;

    // A new district filter shows that district (or the whole city again).
    useEffect(() => {
        if (focusBounds && size.width > 0) setView(fitBounds(focusBounds, size.width, size.height));
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [districtId]);

    // An opened entry comes into view.
    useEffect(() => {
        if (selected) setView((v) => ({ ...(v ?? current), longitude: selected.lon, latitude: selected.lat, zoom: Math.max((v ?? current).zoom, SELECTED_ZOOM) }));
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [selected?.id]);

    const zoomLevel = Math.floor(current.zoom);
    const clusters = useMemo(() => clusterPoints(entries, zoomLevel), [entries, zoomLevel]);
    const groups = useMemo(() => clusters.filter((c) => c.count > 1), [clusters]);
    const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
    const getTooltip = ({ object }: PickingInfo<Cluster>) =>
        object ? (object.count > 1 ? String(object.count) : byId.get(object.ids[0])?.placeName || null) : null;

    const onClick = ({ object }: PickingInfo<Cluster>) => {
        if (!object) return;
        if (object.count === 1) onSelect(object.ids[0]);
        else setView({ ...current, longitude: object.lon, latitude: object.lat, zoom: zoomIntoCluster(current.zoom) });
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
        new ScatterplotLayer<Cluster>({
            id: 'entries',
            data: clusters,
            pickable: true,
            getPosition: (c) => [c.lon, c.lat],
            getRadius: (c) => clusterRadius(c.count),
            radiusUnits: 'pixels',
            getFillColor: PIN_FILL,
            getLineColor: PIN_LINE,
            stroked: true,
            lineWidthUnits: 'pixels',
            getLineWidth: 2,
            onClick,
        }),
        new TextLayer<Cluster>({
            id: 'entry-counts',
            data: groups,
            getPosition: (c) => [c.lon, c.lat],
            getText: (c) => (c.count > 999 ? `${Math.round(c.count / 1000)}k` : String(c.count)),
            getSize: 12,
            getColor: WHITE,
            fontWeight: 700,
            fontFamily: 'system-ui, sans-serif',
            characterSet: '0123456789k',
            getTextAnchor: 'middle',
            getAlignmentBaseline: 'center',
        }),
        selected &&
            new ScatterplotLayer<PublicEntry>({
                id: 'selected',
                data: [selected],
                getPosition: (e) => [e.lon, e.lat],
                getRadius: 12,
                radiusUnits: 'pixels',
                filled: false,
                stroked: true,
                getLineColor: SELECTED_LINE,
                lineWidthUnits: 'pixels',
                getLineWidth: 3,
            }),
    ];

    return (
        <MapFigure>
            <div className="map-frame map-frame--entries">
                <div
                    ref={containerRef}
                    className="map-canvas"
                    data-testid="entries-map"
                    data-longitude={current.longitude}
                    data-latitude={current.latitude}
                    data-zoom={current.zoom}
                    data-dots={clusters.length}
                    data-entries={entries.length}
                    role="img"
                    aria-label={label}
                    aria-describedby={describedBy}
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
                        getTooltip={getTooltip}
                        getCursor={({ isHovering, isDragging }) => (isHovering ? 'pointer' : isDragging ? 'grabbing' : 'grab')}
                    />
                </div>
                <ZoomButtons onZoom={(delta) => setView(zoomedBy(current, delta))} />
                <MapStatus isPending={isPending} error={error} />
            </div>
        </MapFigure>
    );
});

export default EntriesMap;
