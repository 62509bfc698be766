/**
 * Would making `managerId` the line manager of `staffId` put `staffId` into its own chain?
 * `managerOf` gives each known person's current line manager.
 */
export function createsCycle(staffId: string, managerId: string | null | undefined, managerOf: (id: string) => string | null | undefined): boolean {
  const seen = new Set<string>();
  for (let cur = managerId ?? null; cur; cur = managerOf(cur) ?? null) {
    if (cur === staffId) return true;
    if (seen.has(cur)) return false; // an existing loop elsewhere; not ours to report
    seen.add(cur);
  }
  return false;
}

/** Members of any line-management loop in a whole reporting map (CSV import). */
export function membersOfCycles(managers: ReadonlyMap<string, string | null>): Set<string> {
  const out = new Set<string>();
  for (const id of managers.keys()) {
    if (createsCycle(id, managers.get(id), (x) => managers.get(x))) out.add(id);
  }
  return out;
}
