type Json = string | number | boolean | null | undefined | Json[] | { [k: string]: Json };

/**
 * A policy as leaf paths and their values: nested objects become `a.b`, lists are kept as one value
 * (joined, in order), `__typename` is left out.
 */
export function flatten(value: Json, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const put = (path: string, v: Json) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, inner] of Object.entries(v)) if (k !== '__typename') put(path ? `${path}.${k}` : k, inner);
    } else out.set(path, v === null || v === undefined ? '' : Array.isArray(v) ? v.map((x) => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x))).join(', ') : String(v));
  };
  put(prefix, value);
  return out;
}

export interface Change {
  path: string;
  before: string | null;
  after: string | null;
}

/** What changed from one version to another: each leaf added, removed or changed, by path. */
export function diffPolicies(before: Json, after: Json): Change[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.flatMap((path) => {
    const x = a.has(path) ? a.get(path)! : null;
    const y = b.has(path) ? b.get(path)! : null;
    return x === y ? [] : [{ path, before: x, after: y }];
  });
}
