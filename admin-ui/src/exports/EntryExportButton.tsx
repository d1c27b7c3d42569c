import { useListContext } from 'react-admin';
import { exportItems } from './exportItems';
import ExportMenuButton from './ExportMenuButton';

/** Exports of the entry list with its current filters (the server adds the role's scope). */
export const EntryExportButton = () => {
    const { filterValues } = useListContext();
    return <ExportMenuButton items={exportItems('entries', filterValues)} />;
};

export default EntryExportButton;
