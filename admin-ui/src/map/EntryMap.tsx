import { useRecordContext, useTranslate } from 'react-admin';
import type { Entry } from '../types';
import { LazyDistrictMap as DistrictMap } from './LazyDistrictMap';
import { pinOf } from './viewState';

/** The entry's pin over the district outlines, its district highlighted. */
export const EntryMap = ({ height = 320 }: { height?: number }) => {
    const record = useRecordContext<Entry>();
    const translate = useTranslate();
    if (!record) return null;
    return (
        <DistrictMap
            testId="entry-map"
            districtId={record.districtId}
            pin={pinOf(record)}
            height={height}
            label={`${translate('herzensorte.map.pin')}: ${record.placeName}`}
        />
    );
};

export default EntryMap;
