import { parse } from 'csv-parse/sync';
import { isEmail } from 'class-validator';
import {
  DATE_ONLY,
  INSTITUTION_KINDS,
  LANGUAGE_CODE,
  STAFF_CSV_COLUMNS,
  STAFF_CSV_REQUIRED,
  type InstitutionKind,
} from '@m4pris/identity-contracts';
import { normaliseEmail } from '../shared/access.js';
import { membersOfCycles } from './line-manager.js';
import type { CsvMessage, CsvProblem } from './staff-csv.messages.js';

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
  /** `found`: how many columns the row has (the header has `expected`). */
  records: { line: number; values: Partial<Record<Column, string>>; found: number; expected: number }[];
  errors: CsvProblem[];
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
    return { records: [], errors: [{ line: err.lines ?? 1, field: 'csv', key: 'unreadable', params: { reason: err.message } }] };
  }
  if (raw.length === 0) return { records: [], errors: [{ line: 1, field: 'csv', key: 'empty' }] };
  const header = raw[0]!.record.map((h) => h.trim().toLowerCase());
  const errors: CsvProblem[] = [];
  const known = new Set<string>(STAFF_CSV_COLUMNS);
  header.forEach((h) => {
    if (!known.has(h)) errors.push({ line: 1, field: h || '(empty)', key: 'unknownColumn', params: { column: h } });
  });
  const seen = new Set<string>();
  header.forEach((h) => {
    if (seen.has(h)) errors.push({ line: 1, field: h, key: 'duplicateColumn', params: { column: h } });
    seen.add(h);
  });
  for (const r of STAFF_CSV_REQUIRED) if (!seen.has(r)) errors.push({ line: 1, field: r, key: 'missingColumn', params: { column: r } });
  if (errors.length > 0) return { records: [], errors };
  const records = raw.slice(1).map(({ record, info }) => {
    const values: Partial<Record<Column, string>> = {};
    header.forEach((h, i) => (values[h as Column] = (record[i] ?? '').trim()));
    return { line: info.lines, values, found: record.length, expected: header.length };
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
export function validateStaffRecords(records: ParsedFile['records'], lookups: ImportLookups): { rows: ImportRow[]; errors: CsvProblem[] } {
  const errors: CsvProblem[] = [];
  const rows: ImportRow[] = [];
  const fileEmails = new Map<string, number>();
  for (const { line, values: v, found, expected } of records) {
    const err = (field: Column, key: CsvMessage, params: Record<string, string | number> = {}) => errors.push({ line, field, key, params: { column: field, ...params } });
    // A row that does not line up with the header: its values cannot be trusted to be in their columns.
    if (found !== expected) {
      errors.push({ line, field: 'csv', key: 'wrongColumnCount', params: { found, expected } });
      continue;
    }
    const before = errors.length;
    for (const c of STAFF_CSV_REQUIRED) if (!v[c]) err(c, 'required');
    const email = normaliseEmail(v.email ?? '');
    if (email) {
      if (!isEmail(email) || email.length > 254) err('email', 'emailInvalid');
      else if (fileEmails.has(email)) err('email', 'emailDuplicate', { other: fileEmails.get(email)! });
      else if (lookups.existingStaff.has(email)) err('email', 'emailTaken');
      if (!fileEmails.has(email)) fileEmails.set(email, line);
    }
    for (const [c, max] of [['first_name', 100], ['last_name', 100], ['position', 100]] as const) {
      if ((v[c]?.length ?? 0) > max) err(c, 'tooLong', { max });
    }
    const supervises = (v.supervises_others ?? '').toLowerCase();
    if (!TRUE.has(supervises) && !FALSE.has(supervises)) err('supervises_others', 'boolean');
    for (const c of ['hired_on', 'joined_institution_on'] as const) {
      if (v[c] && !validDate(v[c])) err(c, 'date');
    }
    const prevKind = v.previous_institution_kind?.toLowerCase() ?? '';
    if (prevKind && !(INSTITUTION_KINDS as readonly string[]).includes(prevKind)) {
      err('previous_institution_kind', 'oneOf', { values: INSTITUTION_KINDS.join(', ') });
    }
    const institution = v.institution ? lookups.institutions.get(v.institution.toLowerCase()) : undefined;
    if (v.institution && !institution) err('institution', 'unknownInstitution', { name: v.institution });
    let unitId: string | null = null;
    if (v.unit && institution) {
      unitId = lookups.units.get(`${institution.id}|${v.unit.toLowerCase()}`) ?? null;
      if (!unitId) err('unit', 'unknownUnit', { name: v.unit, institution: v.institution! });
    }
    let shiftPatternId: string | null = null;
    if (v.shift_pattern) {
      shiftPatternId = lookups.shiftPatterns.get(v.shift_pattern.toLowerCase()) ?? null;
      if (!shiftPatternId) err('shift_pattern', 'unknownShiftPattern', { name: v.shift_pattern });
    }
    let offset = 0;
    if (v.shift_offset_days) {
      offset = Number(v.shift_offset_days);
      if (!/^\d+$/.test(v.shift_offset_days) || offset > 365) err('shift_offset_days', 'shiftOffset');
    }
    const languages = [...new Set((v.languages ?? '').split(';').map((l) => l.trim().toLowerCase()).filter(Boolean))];
    if (languages.some((l) => !LANGUAGE_CODE.test(l))) err('languages', 'languageCodes');
    else if (languages.length > 10) err('languages', 'tooManyLanguages', { max: 10 });
    const managerEmail = v.line_manager_email ? normaliseEmail(v.line_manager_email) : null;
    if (managerEmail && (!isEmail(managerEmail) || managerEmail.length > 254)) err('line_manager_email', 'emailInvalid');
    else if (managerEmail && managerEmail === email) err('line_manager_email', 'ownLineManager');
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
      errors.push({ line: r.line, field: 'line_manager_email', key: 'unknownLineManager', params: { email: r.lineManagerEmail } });
    }
  }
  // Loops within the file (registered staff cannot report to someone new, so loops stay in the file).
  const managers = new Map(rows.map((r) => [r.email, r.lineManagerEmail]));
  const looped = membersOfCycles(managers);
  for (const r of rows) {
    if (looped.has(r.email)) errors.push({ line: r.line, field: 'line_manager_email', key: 'lineManagerLoop' });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors };
}
