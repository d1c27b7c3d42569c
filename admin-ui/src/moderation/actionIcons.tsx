import ApproveIcon from '@mui/icons-material/CheckCircleOutlined';
import RejectIcon from '@mui/icons-material/HighlightOff';
import HoldIcon from '@mui/icons-material/PauseCircleOutlined';
import ReopenIcon from '@mui/icons-material/Replay';
import type { ModerationAction } from '../types';

export const ACTION_ICONS: Record<ModerationAction, typeof ApproveIcon> = {
    approve: ApproveIcon,
    reject: RejectIcon,
    hold: HoldIcon,
    reopen: ReopenIcon,
};

export const ACTION_COLORS: Record<ModerationAction, 'success' | 'error' | 'info' | 'warning'> = {
    approve: 'success',
    reject: 'error',
    hold: 'info',
    reopen: 'warning',
};
