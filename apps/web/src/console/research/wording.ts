/** What the researcher's instrument-wording form does apart from drawing it. */

/**
 * Pasted (or uploaded) wording split into one text per item, in the instrument's item order: one
 * item per non-empty line; a leading item code (`who5_1:`), number (`1.`, `1)`) or tab-separated
 * first column is dropped, so a licensed file copied as a list or a table fills the items as well.
 */
export function splitWording(pasted: string, itemIds: readonly string[]): Record<string, string> {
  const lines = pasted
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const out: Record<string, string> = {};
  const byCode = new Map<string, string>();
  const plain: string[] = [];
  for (const line of lines) {
    const coded = /^([a-z0-9_]{1,40})\s*[:\t]\s*(.+)$/.exec(line);
    if (coded && itemIds.includes(coded[1])) byCode.set(coded[1], coded[2].trim());
    else plain.push(line.replace(/^\d{1,3}\s*[.)\t]\s*/, '').trim());
  }
  let next = 0;
  for (const id of itemIds) {
    const text = byCode.get(id) ?? plain[next++];
    if (text) out[id] = text;
  }
  return out;
}

/** The form's name for a field the API names (`input.items.2.text`, `items[2].text`): `items.2.text`. */
export function wordingField(path: string): string {
  return path.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
}
