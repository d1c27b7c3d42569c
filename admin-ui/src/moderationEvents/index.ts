import ModerationEventIcon from '@mui/icons-material/History';
import ModerationEventList from './ModerationEventList';

export default {
    list: ModerationEventList,
    icon: ModerationEventIcon,
};
