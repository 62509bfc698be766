/**
 * Hands content to the browser as a downloaded file: no server round trip, nothing kept. The object
 * URL lives a few seconds after the click (a browser may still be reading it), then is revoked.
 * Used for the researcher's exports, my data, certificates and calendar files.
 */
export function saveFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
