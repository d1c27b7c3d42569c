import { Box, Chip, Typography } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import { useTranslate } from 'react-admin';
import { toggleTheme } from './dashboardData';
import type { ThemeInfo } from './useThemes';

/** Multi-select theme chips (toggle buttons: Tab to reach, Enter/Space to switch); none selected = all themes. */
export const ThemeFilter = ({ themes, selected, onChange }: { themes: ThemeInfo; selected: string[]; onChange: (next: string[]) => void }) => {
    const translate = useTranslate();
    return (
        <Box role="group" aria-label={translate('herzensorte.dashboard.theme_filter')} data-testid="theme-filter" className="no-print">
            <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
                {translate('herzensorte.dashboard.theme_filter')}
            </Typography>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
                <Chip
                    label={translate('herzensorte.dashboard.all_themes')}
                    color={selected.length === 0 ? 'primary' : 'default'}
                    variant={selected.length === 0 ? 'filled' : 'outlined'}
                    onClick={() => onChange([])}
                    aria-pressed={selected.length === 0}
                    data-testid="theme-chip-all"
                />
                {themes.ids.map((id) => {
                    const on = selected.includes(id);
                    return (
                        <Chip
                            key={id}
                            label={themes.label(id)}
                            icon={on ? <CheckIcon /> : undefined}
                            color={on ? 'primary' : 'default'}
                            variant={on ? 'filled' : 'outlined'}
                            onClick={() => onChange(toggleTheme(selected, id, themes.ids))}
                            aria-pressed={on}
                            data-testid={`theme-chip-${id}`}
                        />
                    );
                })}
            </Box>
        </Box>
    );
};

export default ThemeFilter;
