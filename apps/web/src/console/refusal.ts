import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * A refusal of the API split for a form: each invalid field's message (`extensions.fields`, already in
 * the reader's language) under the form's name for that field, and whatever no field of the form
 * shows (a field the form does not have, no field at all, or an error that is not the API's), so that
 * nothing the API said is lost. The one mechanism behind every console form's error display.
 */
export interface Refusal {
  fields: Record<string, string>;
  other: string[];
}

export interface RefusalOptions {
  /** The form's name for a field path such as `input.shifts.1.start` (default: the path itself). */
  keyOf?: (path: string) => string;
  /** The fields the form shows; a message for any other goes to `other` (default: every field). */
  placed?: readonly string[];
  /** Several messages for one field: all of them joined (default: the first). */
  joinMessages?: boolean;
}

export function splitRefusal(error: unknown, { keyOf = (p) => p, placed, joinMessages = false }: RefusalOptions = {}): Refusal {
  const out: Refusal = { fields: {}, other: [] };
  if (!error) return out;
  if (!CombinedGraphQLErrors.is(error)) {
    out.other.push((error as Error).message ?? String(error));
    return out;
  }
  for (const e of error.errors) {
    const listed = e.extensions?.['fields'] as { field?: string; message: string }[] | undefined;
    for (const f of listed?.length ? listed : [{ message: e.message }]) {
      const name = f.field ? keyOf(f.field) : undefined;
      if (!name || (placed && !placed.includes(name))) out.other.push(f.message);
      else if (!(name in out.fields)) out.fields[name] = f.message;
      else if (joinMessages) out.fields[name] = `${out.fields[name]} ${f.message}`;
    }
  }
  return out;
}
