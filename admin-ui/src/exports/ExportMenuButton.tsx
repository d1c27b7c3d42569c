import { useState, type MouseEvent } from 'react';
import { ListSubheader, Menu, MenuItem } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useNotify, useTranslate } from 'react-admin';
import { downloadExport } from './downloadExport';
import type { ExportItem } from './exportItems';

interface ExportMenuButtonProps {
    items: ExportItem[];
    label?: string;
    testId?: string;
}

/** A button that opens a menu of exports; each item downloads its file with the session's token. */
export const ExportMenuButton = ({ items, label = 'herzensorte.exports.button', testId = 'export-menu' }: ExportMenuButtonProps) => {
    const translate = useTranslate();
    const notify = useNotify();
    const [anchor, setAnchor] = useState<HTMLElement | null>(null);
    const [busy, setBusy] = useState(false);

    const download = async (item: ExportItem) => {
        setAnchor(null);
        setBusy(true);
        try {
            await downloadExport(item.url, item.filename, translate('herzensorte.exports.failed_generic'));
        } catch (error) {
            notify('herzensorte.exports.failed', {
                type: 'error',
                messageArgs: { message: error instanceof Error ? error.message : String(error) },
            });
        } finally {
            setBusy(false);
        }
    };

    return (
        <>
            <Button
                label={label}
                data-testid={testId}
                disabled={busy}
                aria-haspopup="menu"
                aria-expanded={anchor ? 'true' : undefined}
                onClick={(event: MouseEvent<HTMLButtonElement>) => setAnchor(event.currentTarget)}
            >
                <DownloadIcon />
            </Button>
            <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
                {items.flatMap((item) => [
                    ...(item.group ? [<ListSubheader key={`group-${item.id}`}>{translate(item.group)}</ListSubheader>] : []),
                    <MenuItem key={item.id} data-testid={`export-${item.id}`} onClick={() => void download(item)}>
                        {translate(item.label)}
                    </MenuItem>,
                ])}
            </Menu>
        </>
    );
};

export default ExportMenuButton;
