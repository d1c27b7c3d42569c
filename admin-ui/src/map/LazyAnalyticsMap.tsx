import type { AnalyticsMapProps } from './AnalyticsMap';
import { lazyMap } from './lazyMap';

// deck.gl with its aggregation and geo layers: loaded only when an analytics map is shown.
export const LazyAnalyticsMap = lazyMap<AnalyticsMapProps>(() => import('./AnalyticsMap'), { testId: 'analytics-map', height: 420 });

export default LazyAnalyticsMap;
