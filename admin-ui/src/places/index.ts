import PlaceIcon from '@mui/icons-material/Place';
import PlaceList from './PlaceList';
import PlaceShow from './PlaceShow';

export default {
    list: PlaceList,
    show: PlaceShow,
    icon: PlaceIcon,
    recordRepresentation: 'name',
};
