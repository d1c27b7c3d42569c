import ThemeIcon from '@mui/icons-material/LocalOffer';
import ThemeCreate from './ThemeCreate';
import ThemeEdit from './ThemeEdit';
import ThemeList from './ThemeList';

export default {
    list: ThemeList,
    edit: ThemeEdit,
    create: ThemeCreate,
    icon: ThemeIcon,
    recordRepresentation: 'label',
};
