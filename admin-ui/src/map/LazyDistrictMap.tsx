import type { DistrictMapProps } from './DistrictMap';
import { lazyMap } from './lazyMap';

export const LazyDistrictMap = lazyMap<DistrictMapProps>(() => import('./DistrictMap'), { testId: 'district-map', height: 320 });

export default LazyDistrictMap;
