import EntryIcon from '@mui/icons-material/FavoriteBorder';
import { canModerate } from '../auth/roles';
import EntryEdit from './EntryEdit';
import EntryList from './EntryList';
import EntryShow from './EntryShow';

const entries = {
    list: EntryList,
    edit: EntryEdit,
    show: EntryShow,
    icon: EntryIcon,
    recordRepresentation: 'placeName',
};

/** District viewers read only: no edit page (the list and show views hide their moderation tools themselves). */
export const entriesFor = (role: unknown) => (canModerate(role) ? entries : { ...entries, edit: undefined });

export default entries;
