import type { ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';

export interface Figure {
    id: string;
    label: string;
    value: ReactNode;
    hint?: string;
}

/** Big numbers in cards; `data-testid="figure-<id>"`. */
export const KeyFigures = ({ figures }: { figures: Figure[] }) => (
    <Box
        sx={{
            display: 'grid',
            gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: `repeat(${Math.min(figures.length, 6)}, minmax(0, 1fr))` },
            gap: 2,
        }}
        className="key-figures"
    >
        {figures.map((f) => (
            <Card key={f.id} variant="outlined" data-testid={`figure-${f.id}`} className="avoid-break">
                <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
                    <Typography variant="body2" color="text.secondary">
                        {f.label}
                    </Typography>
                    <Typography variant="h5" component="p" sx={{ fontWeight: 600 }} data-testid={`figure-${f.id}-value`}>
                        {f.value}
                    </Typography>
                    {f.hint && (
                        <Typography variant="caption" color="text.secondary">
                            {f.hint}
                        </Typography>
                    )}
                </CardContent>
            </Card>
        ))}
    </Box>
);

export default KeyFigures;
