/** Saves `blob` as a download named `filename`: an object URL and a temporary `<a download>`. */
export const saveBlob = (blob: Blob, filename: string): void => {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    // give the browser time to start the download before the URL goes
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
