import EntryIcon from '@mui/icons-material/FavoriteBorder';
import EntryEdit from './EntryEdit';
import EntryList from './EntryList';
import EntryShow from './EntryShow';

export default {
    list: EntryList,
    edit: EntryEdit,
    show: EntryShow,
    icon: EntryIcon,
    recordRepresentation: 'placeName',
};
