import { parse } from 'csv-parse/sync';
import { isEmail } from 'class-validator';
import {
  DATE_ONLY,
  INSTITUTION_KINDS,
  LANGUAGE_CODE,
  STAFF_CSV_COLUMNS,
  STAFF_CSV_REQUIRED,
  type ImportRowError,
  type InstitutionKind,
} from '@m4pris/identity-contracts';
import { normaliseEmail } from '../shared/access.js';
import { membersOfCycles } from './line-manager.js';

type Column = (typeof STAFF_CSV_COLUMNS)[number];

/** What a file's names resolve to in the tenant. Keys are lower-cased names / emails. */
export interface ImportLookups {
  institutions: ReadonlyMap<string, { id: string; kind: InstitutionKind; region: string }>;
  /** `${institutionId}|${lower-cased unit name}` → unit id */
  units: ReadonlyMap<string, string>;
  shiftPatterns: ReadonlyMap<string, string>;
  /** Registered (not erased) staff of the tenant by email → id. */
  existingStaff: ReadonlyMap<string, string>;
}

export interface ImportRow {
  line: number;
  email: string;
  firstName: string;
  lastName: string;
  position: string;
  supervisesOthers: boolean;
  hiredOn: string;
  joinedInstitutionOn: string;
  previousInstitutionKind: InstitutionKind | null;
  institutionId: string;
  unitId: string | null;
  shiftPatternId: string | null;
  shiftOffsetDays: number;
  languages: string[];
  /** Email of the line manager (in the file or registered), lower-cased. */
  lineManagerEmail: string | null;
}

export interface ParsedFile {
  records: { line: number; values: Partial<Record<Column, string>> }[];
  errors: ImportRowError[];
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0', '']);

/** Parses the CSV and checks the header. Header problems are reported on line 1. */
export function parseStaffCsv(text: string): ParsedFile {
  let raw: { record: string[]; info: { lines: number } }[];
  try {
    raw = parse(text, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as never;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { records: [], errors: [{ line: err.lines ?? 1, field: 'csv', message: err.message }] };
  }
  if (raw.length === 0) return { records: [], errors: [{ line: 1, field: 'csv', message: 'The file is empty; it needs a header row.' }] };
  const header = raw[0]!.record.map((h) => h.trim().toLowerCase());
  const errors: ImportRowError[] = [];
  const known = new Set<string>(STAFF_CSV_COLUMNS);
  header.forEach((h) => {
    if (!known.has(h)) errors.push({ line: 1, field: h || '(empty)', message: `Unknown column "${h}".` });
  });
  const seen = new Set<string>();
  header.forEach((h) => {
    if (seen.has(h)) errors.push({ line: 1, field: h, message: `Column "${h}" appears twice.` });
    seen.add(h);
  });
  for (const r of STAFF_CSV_REQUIRED) if (!seen.has(r)) errors.push({ line: 1, field: r, message: `Missing column "${r}".` });
  if (errors.length > 0) return { records: [], errors };
  const records = raw.slice(1).map(({ record, info }) => {
    const values: Partial<Record<Column, string>> = {};
    header.forEach((h, i) => (values[h as Column] = (record[i] ?? '').trim()));
    return { line: info.lines, values };
  });
  return { records, errors: [] };
}

function validDate(s: string): boolean {
  if (!DATE_ONLY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Validates every record against the tenant's data and the rest of the file. Returns the rows and
 * every problem found (line + column); rows are usable only when there are no errors.
 */
export function validateStaffRecords(records: ParsedFile['records'], lookups: ImportLookups): { rows: ImportRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const rows: ImportRow[] = [];
  const fileEmails = new Map<string, number>();
  for (const { line, values: v } of records) {
    const err = (field: Column, message: string) => errors.push({ line, field, message });
    const before = errors.length;
    for (const c of STAFF_CSV_REQUIRED) if (!v[c]) err(c, `${c} is required.`);
    const email = normaliseEmail(v.email ?? '');
    if (email) {
      if (!isEmail(email) || email.length > 254) err('email', 'email must be a valid email address.');
      else if (fileEmails.has(email)) err('email', `Duplicate email; also on line ${fileEmails.get(email)}.`);
      else if (lookups.existingStaff.has(email)) err('email', 'A staff member with this email already exists.');
      if (!fileEmails.has(email)) fileEmails.set(email, line);
    }
    for (const [c, max] of [['first_name', 100], ['last_name', 100], ['position', 100]] as const) {
      if ((v[c]?.length ?? 0) > max) err(c, `${c} is longer than ${max} characters.`);
    }
    const supervises = (v.supervises_others ?? '').toLowerCase();
    if (!TRUE.has(supervises) && !FALSE.has(supervises)) err('supervises_others', 'supervises_others must be true or false.');
    for (const c of ['hired_on', 'joined_institution_on'] as const) {
      if (v[c] && !validDate(v[c])) err(c, `${c} must be a date as YYYY-MM-DD.`);
    }
    const prevKind = v.previous_institution_kind?.toLowerCase() ?? '';
    if (prevKind && !(INSTITUTION_KINDS as readonly string[]).includes(prevKind)) {
      err('previous_institution_kind', `previous_institution_kind must be one of ${INSTITUTION_KINDS.join(', ')}.`);
    }
    const institution = v.institution ? lookups.institutions.get(v.institution.toLowerCase()) : undefined;
    if (v.institution && !institution) err('institution', `Unknown institution "${v.institution}".`);
    let unitId: string | null = null;
    if (v.unit && institution) {
      unitId = lookups.units.get(`${institution.id}|${v.unit.toLowerCase()}`) ?? null;
      if (!unitId) err('unit', `Unknown unit "${v.unit}" in ${v.institution}.`);
    }
    let shiftPatternId: string | null = null;
    if (v.shift_pattern) {
      shiftPatternId = lookups.shiftPatterns.get(v.shift_pattern.toLowerCase()) ?? null;
      if (!shiftPatternId) err('shift_pattern', `Unknown shift pattern "${v.shift_pattern}".`);
    }
    let offset = 0;
    if (v.shift_offset_days) {
      offset = Number(v.shift_offset_days);
      if (!/^\d+$/.test(v.shift_offset_days) || offset > 365) err('shift_offset_days', 'shift_offset_days must be a whole number from 0 to 365.');
    }
    const languages = [...new Set((v.languages ?? '').split(';').map((l) => l.trim().toLowerCase()).filter(Boolean))];
    if (languages.some((l) => !LANGUAGE_CODE.test(l))) err('languages', 'languages must be ISO 639 codes separated by ";", such as da;en.');
    else if (languages.length > 10) err('languages', 'At most 10 languages.');
    const managerEmail = v.line_manager_email ? normaliseEmail(v.line_manager_email) : null;
    if (managerEmail && managerEmail === email) err('line_manager_email', 'A staff member cannot be their own line manager.');
    if (errors.length > before) continue;
    rows.push({
      line,
      email,
      firstName: v.first_name!,
      lastName: v.last_name!,
      position: v.position!,
      supervisesOthers: TRUE.has(supervises),
      hiredOn: v.hired_on!,
      joinedInstitutionOn: v.joined_institution_on!,
      previousInstitutionKind: (prevKind || null) as InstitutionKind | null,
      institutionId: institution!.id,
      unitId,
      shiftPatternId,
      shiftOffsetDays: offset,
      languages,
      lineManagerEmail: managerEmail,
    });
  }
  // Line managers: in the file (any line, even an invalid one) or already registered.
  for (const r of rows) {
    if (r.lineManagerEmail && !fileEmails.has(r.lineManagerEmail) && !lookups.existingStaff.has(r.lineManagerEmail)) {
      errors.push({ line: r.line, field: 'line_manager_email', message: `No staff member with email ${r.lineManagerEmail} in the file or registered.` });
    }
  }
  // Loops within the file (registered staff cannot report to someone new, so loops stay in the file).
  const managers = new Map(rows.map((r) => [r.email, r.lineManagerEmail]));
  const looped = membersOfCycles(managers);
  for (const r of rows) {
    if (looped.has(r.email)) errors.push({ line: r.line, field: 'line_manager_email', message: 'Line managers in the file form a loop.' });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}
