/** A timestamp column as an ISO 8601 string for a reply (null stays null). */
export function iso(d: Date): string;
export function iso(d: Date | null | undefined): string | null;
export function iso(d: Date | null | undefined): string | null {
  return d ? new Date(d).toISOString() : null;
}
