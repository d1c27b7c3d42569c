import { Fragment, useMemo, type Ref } from 'react';
import { Box, Typography, type SxProps, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Flag } from '../types';
import { highlightSpans, segmentTitle } from './highlightSpans';

interface HighlightedStoryProps {
    story: string | null | undefined;
    flags?: Flag[] | null;
    testId?: string;
    containerRef?: Ref<HTMLDivElement>;
    variant?: 'body1' | 'body2' | 'h6';
    sx?: SxProps<Theme>;
}

/**
 * The story with the text that triage flags matched marked (<mark>, tooltip =
 * what matched). The element's text is exactly the story, so selection offsets
 * in it are offsets in the story (the redact tool relies on that).
 */
export const HighlightedStory = ({ story, flags, testId, containerRef, variant = 'body1', sx }: HighlightedStoryProps) => {
    const translate = useTranslate();
    const segments = useMemo(() => highlightSpans(story, flags), [story, flags]);
    const label = (flag: Flag) => translate(`herzensorte.flag.${flag.code}`, { _: String(flag.code) });
    return (
        <Typography
            component="div"
            variant={variant}
            data-testid={testId}
            ref={containerRef}
            sx={[{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }, ...(Array.isArray(sx) ? sx : [sx])]}
        >
            {segments.map((segment) =>
                segment.flags.length ? (
                    <Box
                        component="mark"
                        key={segment.start}
                        title={segmentTitle(segment, label)}
                        data-flag={segment.flags.map((f) => f.code).join(' ')}
                        sx={{ bgcolor: 'warning.light', color: 'inherit', borderRadius: 0.5, px: 0, boxShadow: '0 0 0 1px rgba(237,108,2,0.6)' }}
                    >
                        {segment.text}
                    </Box>
                ) : (
                    <Fragment key={segment.start}>{segment.text}</Fragment>
                ),
            )}
        </Typography>
    );
};

export default HighlightedStory;
