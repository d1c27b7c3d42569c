import { authFetch, responseError } from '../authFetch';
import { filenameFromDisposition } from './exportUrl';
import { saveBlob } from './saveBlob';

/**
 * Downloads an export with the bearer token and saves it under the name of
 * its Content-Disposition (or `fallbackName`). Rejects with the API's message.
 */
export const downloadExport = async (url: string, fallbackName: string, fallbackError: string): Promise<string> => {
    const response = await authFetch(url);
    if (!response.ok) throw new Error(await responseError(response, fallbackError));
    const filename = filenameFromDisposition(response.headers.get('Content-Disposition'), fallbackName);
    saveBlob(await response.blob(), filename);
    return filename;
};
