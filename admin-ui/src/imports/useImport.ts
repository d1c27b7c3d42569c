import { useCallback, useReducer } from 'react';
import { useTranslate } from 'react-admin';
import { authFetch, responseError } from '../authFetch';
import { contentTypeOf, importFormatOf, importReducer, importUrl, type ImportChannel, type ImportState } from './importRequest';
import { readNdjson, toImportMessage } from './ndjson';

/**
 * Sends a file to POST /api/imports and follows the streamed answer
 * (progress lines, then the result or an error).
 */
export const useImport = () => {
    const translate = useTranslate();
    const [state, dispatch] = useReducer(importReducer, { phase: 'idle' } as ImportState);

    const run = useCallback(
        async (file: File, channel: ImportChannel) => {
            const format = importFormatOf(file.name);
            if (!format) {
                dispatch({ type: 'start' });
                dispatch({ type: 'fail', message: translate('herzensorte.imports.wrong_type') });
                return;
            }
            // the stream ended with its result or error line (else it broke off)
            let finished = false;
            dispatch({ type: 'start' });
            try {
                const response = await authFetch(importUrl(format, channel), {
                    method: 'POST',
                    headers: { 'Content-Type': contentTypeOf(format), Accept: 'application/x-ndjson, application/json' },
                    body: file,
                });
                if (!response.ok) {
                    const fallback = translate('herzensorte.imports.failed_status', { status: response.status });
                    dispatch({ type: 'fail', message: await responseError(response, fallback) });
                    return;
                }
                if (!response.body) throw new Error(translate('herzensorte.imports.incomplete'));
                await readNdjson(response.body, (value) => {
                    const message = toImportMessage(value);
                    if (!message) return;
                    if (message.type === 'error' && !message.message) message.message = translate('herzensorte.imports.failed_generic');
                    if (message.type !== 'progress') finished = true;
                    dispatch(message);
                });
                if (!finished) dispatch({ type: 'fail', message: translate('herzensorte.imports.incomplete') });
            } catch (error) {
                dispatch({ type: 'fail', message: error instanceof Error && error.message ? error.message : translate('herzensorte.imports.failed_generic') });
            }
        },
        [translate],
    );

    const reset = useCallback(() => dispatch({ type: 'reset' }), []);
    return { state, run, reset };
};
