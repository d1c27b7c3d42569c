import { useMemo } from 'react';
import { exportItems } from './exportItems';
import ExportMenuButton from './ExportMenuButton';

/** On the district report: its approved entries, and the district polygons with their figures. */
export const DistrictExportButton = ({ districtId }: { districtId: string }) => {
    const items = useMemo(
        () => [
            ...exportItems('entries', { districtId, status: 'approved' }, 'herzensorte.exports.group_entries'),
            ...exportItems('districts', undefined, 'herzensorte.exports.group_districts'),
        ],
        [districtId],
    );
    return <ExportMenuButton items={items} testId="report-export-menu" />;
};

export default DistrictExportButton;
