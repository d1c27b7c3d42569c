// Pieces shared by the two maps of the public page (both are lazy chunks with deck.gl).
import type { ReactNode } from 'react';
import { MapView } from '@deck.gl/core';
import { DISTRICTS_ATTRIBUTION } from '../map/attribution';
import { MAP_BACKGROUND } from '../map/colors';
import { MAX_ZOOM, MIN_ZOOM, type SimpleViewState } from '../map/viewState';
import { useI18n } from './I18nContext';

// No basemap: no external hosts, and the district outlines are enough to find a place.
export const MAP_VIEW = new MapView({ id: 'map', repeat: false, clear: true, clearColor: MAP_BACKGROUND });
export const DEVICE_PROPS = { type: 'webgl' as const, webgl: { preserveDrawingBuffer: true, antialias: true } };

/**
 * Whether a view state change comes from the visitor (drag, pinch, wheel, double-click transition).
 * deck.gl also reports the state it was given, e.g. on resize; taking that over would freeze the
 * camera before the districts' bounds are known.
 */
export const isUserMove = (interaction: Record<string, unknown> | undefined): boolean =>
    Boolean(interaction && Object.values(interaction).some(Boolean));

/**
 * deck.gl (mjolnir.js) makes its event root focusable (tabindex 0, outline none): an extra tab stop
 * without a visible focus. The page's own map container takes focus and keys instead.
 */
export const untabDeck = (container: HTMLElement | null) => {
    container?.querySelectorAll('.deck-events-root[tabindex]').forEach((element) => element.removeAttribute('tabindex'));
};

export const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
export const zoomedBy = (view: SimpleViewState, delta: number): SimpleViewState => ({ ...view, zoom: clampZoom(view.zoom + delta) });

export const ZoomButtons = ({ onZoom }: { onZoom: (delta: number) => void }) => {
    const { t } = useI18n();
    return (
        <div className="map-zoom">
            <button type="button" onClick={() => onZoom(1)} aria-label={t('map.zoomIn')} title={t('map.zoomIn')}>
                <span aria-hidden="true">+</span>
            </button>
            <button type="button" onClick={() => onZoom(-1)} aria-label={t('map.zoomOut')} title={t('map.zoomOut')}>
                <span aria-hidden="true">−</span>
            </button>
        </div>
    );
};

export const MapStatus = ({ isPending, error }: { isPending: boolean; error: unknown }) => {
    const { t } = useI18n();
    if (!isPending && !error) return null;
    return <p className="map-status">{t(error ? 'map.unavailable' : 'map.loading')}</p>;
};

/** The frame with the attribution the district data's licence asks for. */
export const MapFigure = ({ children }: { children: ReactNode }) => (
    <figure className="map-figure">
        {children}
        <figcaption className="map-attribution" data-testid="map-attribution">
            {DISTRICTS_ATTRIBUTION}
        </figcaption>
    </figure>
);
