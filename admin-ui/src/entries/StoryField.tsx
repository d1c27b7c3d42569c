import { useRef } from 'react';
import { Box } from '@mui/material';
import { usePermissions, useRecordContext, type FieldProps } from 'react-admin';
import HighlightedStory from '../moderation/HighlightedStory';
import RedactButton from '../moderation/RedactButton';
import type { Entry } from '../types';

/** The story with flagged passages marked; moderators can redact a selected passage. */
export const StoryField = (_props: FieldProps<Entry>) => {
    const record = useRecordContext<Entry>();
    const { permissions } = usePermissions();
    const storyRef = useRef<HTMLDivElement>(null);
    if (!record) return null;
    return (
        <Box>
            <HighlightedStory story={record.story} flags={record.flags} testId="entry-story" variant="body2" containerRef={storyRef} />
            {permissions !== 'district_viewer' && (
                <Box sx={{ mt: 0.5 }}>
                    <RedactButton record={record} storyRef={storyRef} />
                </Box>
            )}
        </Box>
    );
};

export default StoryField;
