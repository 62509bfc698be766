/** A row error of the staff import, as the API reports it (the message already in the caller's language). */
export interface RowError {
  line: number;
  field: string;
  message: string;
}

/** The errors of one line of the file: the header is line 1, the first person line 2. */
export interface LineErrors {
  line: number;
  problems: { field: string; message: string }[];
}

/**
 * The dry run's errors grouped by line, lines in file order, each line's problems in the order the
 * API gave them (every problem kept, duplicates included: the file has them all).
 */
export function groupRowErrors(errors: readonly RowError[]): LineErrors[] {
  const byLine = new Map<number, LineErrors>();
  for (const e of errors) {
    const entry = byLine.get(e.line) ?? { line: e.line, problems: [] };
    entry.problems.push({ field: e.field, message: e.message });
    byLine.set(e.line, entry);
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/** How many person rows a CSV text holds (non-empty lines after the header), for the "N rows" preview. */
export function countDataLines(csv: string): number {
  const lines = csv.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
  return Math.max(0, lines.length - 1);
}

/** Pages of a list of `total` items, `size` a page (at least one page, so an empty list still shows page 1). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Whether a person's name or e-mail contains the search text (case and accents ignored); an empty search matches everyone. */
export function matchesPerson(p: { displayName: string; email: string }, search: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const q = fold(search.trim());
  return q === '' || fold(p.displayName).includes(q) || fold(p.email).includes(q);
}

/**
 * The accounts a role can be given to, for a picker: staff with a sign-in account ("Name <e-mail>")
 * and accounts that already hold a role but are not staff (by e-mail), each once, by label.
 */
export function accountOptions(staff: readonly { accountId?: string | null; displayName: string; email: string }[], assignments: readonly { accountId: string; email: string }[]): { value: string; label: string }[] {
  const byId = new Map<string, string>();
  for (const s of staff) if (s.accountId) byId.set(s.accountId, `${s.displayName} <${s.email}>`);
  for (const a of assignments) if (!byId.has(a.accountId)) byId.set(a.accountId, a.email);
  return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}
