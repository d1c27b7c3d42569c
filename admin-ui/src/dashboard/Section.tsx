import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';

/** A titled card; on paper it is not split across pages (class report-section). */
export const Section = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => (
    <Card variant="outlined" component="section" data-testid={testId} className="report-section">
        <CardContent>
            <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
                {title}
            </Typography>
            {children}
        </CardContent>
    </Card>
);

export default Section;
