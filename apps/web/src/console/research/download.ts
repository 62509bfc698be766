import { saveFile } from '../../download';

/** Hands a text to the browser as a file download (a CSV unless told otherwise). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  saveFile(fileName, text, type);
}

/** Joins an export's pages: the header once, then each page's rows (each page's csv ends with a newline or is empty). */
export function joinExportPages(header: string, pages: readonly string[]): string {
  const head = header.endsWith('\n') ? header : `${header}\n`;
  return head + pages.map((p) => (p === '' || p.endsWith('\n') ? p : `${p}\n`)).join('');
}

/** A cell's figure as text, or null when the cell is suppressed or the figure is undefined for it. */
export function figure(value: number | null | undefined, format: (n: number) => string): string | null {
  return value == null ? null : format(value);
}
