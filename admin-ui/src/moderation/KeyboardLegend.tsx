import { Box, Typography, type SxProps, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { SHORTCUTS } from './keyboard';

/** A key cap; `decorative` where the key is already part of an accessible name. */
export const Kbd = ({ children, sx, decorative = false }: { children: string; sx?: SxProps<Theme>; decorative?: boolean }) => (
    <Box
        component="kbd"
        aria-hidden={decorative || undefined}
        sx={[{
            display: 'inline-block',
            minWidth: '1.6em',
            px: 0.5,
            border: 1,
            borderRadius: 0.5,
            fontFamily: 'monospace',
            fontSize: '0.8em',
            textAlign: 'center',
            lineHeight: 1.5,
            borderColor: 'currentColor',
            opacity: 0.8,
        }, ...(Array.isArray(sx) ? sx : [sx])]}
    >
        {children}
    </Box>
);

/** The shortcuts, always visible under the queue. */
export const KeyboardLegend = () => {
    const translate = useTranslate();
    return (
        <Box
            component="dl"
            data-testid="moderation-keyboard"
            aria-label={translate('herzensorte.moderation.keyboard')}
            sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 2, color: 'text.secondary' }}
        >
            {SHORTCUTS.map(({ key, command }) => (
                <Box key={key} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
                    <Typography component="dt" variant="body2">
                        <Kbd>{key.toUpperCase()}</Kbd>
                    </Typography>
                    <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                        {translate(`herzensorte.moderation.shortcut.${command}`)}
                    </Typography>
                </Box>
            ))}
        </Box>
    );
};

export default KeyboardLegend;
