// The MapLibre basemap under the deck.gl layers: its own lazy chunk, loaded only when the server
// configures a style (GET /api/public/config). deck.gl's DeckGL treats a child with a `mapStyle`
// prop as its base map ("reverse controlled"): it places it under its canvas and hands it the
// current `viewState`, which is passed on to react-map-gl's <Map>.
import { useCallback, useRef, type CSSProperties } from 'react';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map, type MapProps } from 'react-map-gl/maplibre';
import { attributionText } from './mapConfig';

// Under Vite the worker is not found next to the bundle; give MapLibre its URL (ARCHITECTURE.md).
maplibregl.setWorkerUrl(workerUrl);

export interface BasemapProps {
    mapStyle: string;
    /** Set by DeckGL. */
    viewState?: MapProps['viewState'];
    /** Set by DeckGL (under the deck canvas). */
    style?: CSSProperties;
    /** The style's attribution as plain text, whenever its sources are known. */
    onAttribution?: (text: string) => void;
    onError?: (error: unknown) => void;
}

type LoadedMap = maplibregl.Map;

const sourceAttributions = (map: LoadedMap): string => {
    const sources = map.getStyle()?.sources ?? {};
    return attributionText(
        Object.keys(sources).map((id) => {
            const source = map.getSource(id) as { attribution?: string } | undefined;
            return source?.attribution ?? (sources[id] as { attribution?: string }).attribution;
        }),
    );
};

export const Basemap = ({ mapStyle, viewState, style, onAttribution, onError }: BasemapProps) => {
    const last = useRef('');
    const report = useCallback(
        (map: LoadedMap) => {
            const text = sourceAttributions(map);
            if (text !== last.current) {
                last.current = text;
                onAttribution?.(text);
            }
        },
        [onAttribution],
    );
    return (
        <Map
            mapLib={maplibregl}
            mapStyle={mapStyle}
            viewState={viewState}
            style={{ ...style, width: '100%', height: '100%' }}
            // deck.gl handles all input; the attribution is shown under the map (plain text).
            interactive={false}
            attributionControl={false}
            onLoad={(event) => report(event.target)}
            onSourceData={(event) => event.sourceDataType === 'metadata' && report(event.target)}
            onError={(event) => onError?.(event.error)}
        />
    );
};

export default Basemap;
