/**
 * The pilot dataset: four tenants with institutions, units, shift patterns and staff. Pure and
 * seeded: the same seed gives the same people (names, emails, structure) on every run; dates are
 * relative to `today` so newcomers stay newcomers.
 */
import { STAFF_CSV_COLUMNS } from '@m4pris/identity-contracts';

export type InstitutionKind = 'adult' | 'youth' | 'remand' | 'open' | 'women';

/** The staff CSV header the identity module expects. */
export const CSV_COLUMNS = STAFF_CSV_COLUMNS;

export interface ShiftSpec {
  day: number;
  start: string;
  hours: number;
}

export interface ShiftPatternSpec {
  name: string;
  cycleDays: number;
  shifts: ShiftSpec[];
}

export interface InstitutionSpec {
  name: string;
  kind: InstitutionKind;
  region: string;
  units: string[];
}

export interface StaffSpec {
  firstName: string;
  lastName: string;
  email: string;
  position: string;
  supervisesOthers: boolean;
  hiredOn: string;
  joinedInstitutionOn: string;
  previousInstitutionKind: InstitutionKind | null;
  institution: string;
  unit: string | null;
  shiftPattern: string | null;
  shiftOffsetDays: number;
  languages: string[];
  lineManagerEmail: string | null;
}

export interface TenantSpec {
  /** Short label for progress lines, e.g. dk. */
  key: string;
  code: string;
  name: string;
  country: string;
  defaultLocale: string;
  enabledModules: string[];
  institutions: InstitutionSpec[];
  shiftPatterns: ShiftPatternSpec[];
  staff: StaffSpec[];
  /** Non-staff account with the TENANT_ADMIN role. */
  tenantAdminEmail: string;
  /** Staff members (in `staff`) who get the COORDINATOR role; the first tenant-wide, the second for their institution. */
  coordinatorEmails: string[];
  /** Non-staff account with the RESEARCHER role. */
  researcherEmail: string;
}

export interface DatasetOptions {
  seed?: number;
  /** Reference date for hire dates (YYYY-MM-DD); defaults to the current date. */
  today?: string;
  /** Staff per tenant (default 260). */
  staffPerTenant?: number;
}

export const DEFAULT_SEED = 2026;
/**
 * Staff per tenant by default: the pilot's real size. About 22 % of staff are newcomers or recent
 * transfers (the mentees), so 260 give about 50 duos per country over the two intakes.
 */
export const DEFAULT_STAFF_PER_TENANT = 260;
export const ALL_MODULES = ['identity', 'programmes', 'matching', 'training', 'evaluation'];

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: small, fast, good enough for test data. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Dates

function parseDate(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(s: string, days: number): string {
  const d = parseDate(s);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

// ---------------------------------------------------------------------------------------------
// Shift patterns (the same four in every tenant)

const DAY_SHIFT = (start: string, hours: number) => (day: number) => ({ day, start, hours });

export const SHIFT_PATTERNS: ShiftPatternSpec[] = [
  { name: 'Weekday days', cycleDays: 7, shifts: [0, 1, 2, 3, 4].map(DAY_SHIFT('07:00', 8)) },
  { name: 'Nights', cycleDays: 7, shifts: [0, 1, 2, 3].map(DAY_SHIFT('22:00', 9)) },
  { name: 'Rotating 4-on-4-off', cycleDays: 8, shifts: [0, 1, 2, 3].map(DAY_SHIFT('07:00', 12)) },
  // 2 on, 2 off, 3 on, 2 off, 2 on, 3 off
  { name: '2-2-3', cycleDays: 14, shifts: [0, 1, 4, 5, 6, 9, 10].map(DAY_SHIFT('07:00', 12)) },
];

// ---------------------------------------------------------------------------------------------
// Countries

interface CountryData {
  key: string;
  code: string;
  name: string;
  country: string;
  locale: string;
  domain: string;
  /** Languages commonly spoken besides the local one. */
  otherLanguages: string[];
  institutions: InstitutionSpec[];
  /** [native, latin] pairs; latin is used for the email address. */
  firstNames: [string, string][];
  lastNames: [string, string][];
  positions: { head: string; unitManager: string; officer: string; senior: string; specialists: string[]; coordinator: string };
}

const same = (names: string[]): [string, string][] => names.map((n) => [n, n]);

const COUNTRIES: CountryData[] = [
  {
    key: 'dk',
    code: 'dk-kriminalforsorgen',
    name: 'Kriminalforsorgen',
    country: 'DK',
    locale: 'da',
    domain: 'kriminalforsorgen.pilot.example',
    otherLanguages: ['en', 'de', 'sv', 'ar', 'tr'],
    institutions: [
      { name: 'Statsfængslet Østjylland', kind: 'adult', region: 'Midtjylland', units: ['Reception', 'Wing A', 'Wing B', 'Workshops'] },
      { name: 'Københavns Fængsler', kind: 'remand', region: 'Hovedstaden', units: ['Reception', 'Wing A', 'Wing B'] },
      { name: 'Statsfængslet Møgelkær', kind: 'open', region: 'Midtjylland', units: ['Reception', 'Farm', 'Workshops'] },
      { name: 'Ungdomsafdelingen Jyderup', kind: 'youth', region: 'Sjælland', units: ['Reception', 'Youth Unit 1', 'Youth Unit 2'] },
    ],
    firstNames: same(['Mette', 'Lars', 'Anne', 'Jens', 'Kirsten', 'Søren', 'Hanne', 'Niels', 'Camilla', 'Mikkel', 'Sofie', 'Rasmus', 'Line', 'Anders', 'Ida', 'Morten', 'Louise', 'Henrik', 'Maja', 'Jesper']),
    lastNames: same(['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen', 'Møller', 'Mortensen']),
    positions: {
      head: 'Fængselsinspektør',
      unitManager: 'Afdelingsleder',
      officer: 'Fængselsbetjent',
      senior: 'Overvagtmester',
      specialists: ['Socialrådgiver', 'Psykolog', 'Værkmester', 'Sygeplejerske', 'Lærer'],
      coordinator: 'Mentorkoordinator',
    },
  },
  {
    key: 'pt',
    code: 'pt-dgrsp',
    name: 'Direção-Geral de Reinserção e Serviços Prisionais',
    country: 'PT',
    locale: 'pt',
    domain: 'dgrsp.pilot.example',
    otherLanguages: ['en', 'es', 'fr'],
    institutions: [
      { name: 'Estabelecimento Prisional de Lisboa', kind: 'remand', region: 'Lisboa', units: ['Reception', 'Wing A', 'Wing B', 'Wing C'] },
      { name: 'Estabelecimento Prisional de Alcoentre', kind: 'adult', region: 'Lisboa', units: ['Reception', 'Wing A', 'Workshops'] },
      { name: 'Estabelecimento Prisional Especial de Santa Cruz do Bispo', kind: 'women', region: 'Norte', units: ['Reception', 'Wing A', 'Mother and Child Unit'] },
      { name: 'Centro Educativo Padre António de Oliveira', kind: 'youth', region: 'Lisboa', units: ['Reception', 'Residence 1', 'Residence 2'] },
    ],
    firstNames: same(['Ana', 'João', 'Maria', 'Pedro', 'Catarina', 'Rui', 'Sofia', 'Tiago', 'Inês', 'Miguel', 'Beatriz', 'Nuno', 'Joana', 'Paulo', 'Rita', 'Luís', 'Marta', 'Ricardo']),
    lastNames: same(['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Sousa', 'Fernandes', 'Gonçalves', 'Gomes', 'Lopes', 'Marques', 'Alves', 'Ribeiro', 'Carvalho']),
    positions: {
      head: 'Diretor do Estabelecimento',
      unitManager: 'Chefe de Ala',
      officer: 'Guarda Prisional',
      senior: 'Guarda Principal',
      specialists: ['Técnico Superior de Reeducação', 'Psicólogo', 'Monitor de Oficina', 'Enfermeiro', 'Professor'],
      coordinator: 'Coordenador de Mentoria',
    },
  },
  {
    key: 'ro',
    code: 'ro-anp',
    name: 'Administrația Națională a Penitenciarelor',
    country: 'RO',
    locale: 'ro',
    domain: 'anp.pilot.example',
    otherLanguages: ['en', 'fr', 'hu', 'de'],
    institutions: [
      { name: 'Penitenciarul București-Rahova', kind: 'adult', region: 'București-Ilfov', units: ['Reception', 'Wing A', 'Wing B', 'Workshops'] },
      { name: 'Penitenciarul de Femei Târgșor', kind: 'women', region: 'Sud-Muntenia', units: ['Reception', 'Wing A', 'Wing B'] },
      { name: 'Centrul de Detenție Craiova', kind: 'youth', region: 'Sud-Vest Oltenia', units: ['Reception', 'Youth Unit 1', 'Education'] },
    ],
    firstNames: same(['Andrei', 'Elena', 'Mihai', 'Ioana', 'Alexandru', 'Maria', 'Ionuț', 'Andreea', 'Cristian', 'Ana', 'Gabriel', 'Mihaela', 'Florin', 'Cristina', 'Bogdan', 'Raluca', 'Adrian', 'Diana']),
    lastNames: same(['Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Ciobanu', 'Rusu', 'Munteanu', 'Constantin', 'Marin', 'Tudor', 'Dobre', 'Barbu', 'Nistor']),
    positions: {
      head: 'Director de penitenciar',
      unitManager: 'Șef de secție',
      officer: 'Agent de penitenciare',
      senior: 'Agent principal',
      specialists: ['Asistent social', 'Psiholog', 'Educator', 'Asistent medical', 'Preot'],
      coordinator: 'Coordonator de mentorat',
    },
  },
  {
    key: 'gr',
    code: 'gr-prisons',
    name: 'Γενική Γραμματεία Αντεγκληματικής Πολιτικής',
    country: 'GR',
    locale: 'el',
    domain: 'prisons.pilot.example',
    otherLanguages: ['en', 'de', 'fr', 'sq', 'it'],
    institutions: [
      { name: 'Κατάστημα Κράτησης Κορυδαλλού', kind: 'remand', region: 'Αττική', units: ['Reception', 'Wing A', 'Wing B', 'Wing C'] },
      { name: 'Κατάστημα Κράτησης Νέων Αυλώνα', kind: 'youth', region: 'Αττική', units: ['Reception', 'Youth Unit 1', 'School'] },
      { name: 'Αγροτικό Κατάστημα Κράτησης Κασσάνδρας', kind: 'open', region: 'Κεντρική Μακεδονία', units: ['Reception', 'Farm'] },
      { name: 'Κατάστημα Κράτησης Γυναικών Θηβών', kind: 'women', region: 'Στερεά Ελλάδα', units: ['Reception', 'Wing A', 'Wing B'] },
    ],
    firstNames: [
      ['Γιώργος', 'giorgos'],
      ['Μαρία', 'maria'],
      ['Νίκος', 'nikos'],
      ['Ελένη', 'eleni'],
      ['Δημήτρης', 'dimitris'],
      ['Κατερίνα', 'katerina'],
      ['Κώστας', 'kostas'],
      ['Σοφία', 'sofia'],
      ['Γιάννης', 'giannis'],
      ['Αναστασία', 'anastasia'],
      ['Παναγιώτης', 'panagiotis'],
      ['Δέσποινα', 'despoina'],
      ['Χρήστος', 'christos'],
      ['Βασιλική', 'vasiliki'],
      ['Αθανάσιος', 'athanasios'],
      ['Ιωάννα', 'ioanna'],
    ],
    lastNames: [
      ['Παπαδόπουλος', 'papadopoulos'],
      ['Παπαδοπούλου', 'papadopoulou'],
      ['Γεωργίου', 'georgiou'],
      ['Νικολάου', 'nikolaou'],
      ['Οικονόμου', 'oikonomou'],
      ['Δημητρίου', 'dimitriou'],
      ['Παπαγεωργίου', 'papageorgiou'],
      ['Κωνσταντίνου', 'konstantinou'],
      ['Ιωάννου', 'ioannou'],
      ['Βασιλείου', 'vasileiou'],
      ['Αθανασίου', 'athanasiou'],
      ['Μακρής', 'makris'],
      ['Αντωνίου', 'antoniou'],
      ['Καραγιάννης', 'karagiannis'],
      ['Χριστοδούλου', 'christodoulou'],
    ],
    positions: {
      head: 'Διευθυντής Καταστήματος',
      unitManager: 'Προϊστάμενος Πτέρυγας',
      officer: 'Σωφρονιστικός Υπάλληλος',
      senior: 'Αρχιφύλακας',
      specialists: ['Κοινωνικός Λειτουργός', 'Ψυχολόγος', 'Εκπαιδευτικός', 'Νοσηλευτής', 'Υπεύθυνος Εργαστηρίου'],
      coordinator: 'Συντονιστής Καθοδήγησης',
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Staff generation

/** Lower-case ASCII for email local parts (ø → o, æ → ae, ș → s, diacritics dropped). */
export function asciiSlug(s: string): string {
  return s
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '');
}

const ROTA_PATTERNS = ['Rotating 4-on-4-off', '2-2-3', 'Nights'];

function generateStaff(c: CountryData, rng: Rng, today: string, total: number): { staff: StaffSpec[]; coordinators: string[] } {
  const staff: StaffSpec[] = [];
  const used = new Set<string>();
  const person = () => {
    const [first, firstLatin] = rng.pick(c.firstNames);
    const [last, lastLatin] = rng.pick(c.lastNames);
    const base = `${asciiSlug(firstLatin)}.${asciiSlug(lastLatin)}`;
    let local = base;
    for (let n = 2; used.has(local); n++) local = `${base}${n}`;
    used.add(local);
    return { firstName: first, lastName: last, email: `${local}@${c.domain}` };
  };
  const languages = () => {
    const langs = [c.locale];
    if (rng.chance(0.7)) langs.push('en');
    if (rng.chance(0.25)) {
      const extra = rng.pick(c.otherLanguages);
      if (!langs.includes(extra)) langs.push(extra);
    }
    return langs;
  };
  /** Hired 1–25 years ago, at the current institution for part of it. */
  const veteran = () => {
    const hiredOn = addDays(today, -rng.int(365, 365 * 25));
    const sinceHire = Math.round((parseDate(today).getTime() - parseDate(hiredOn).getTime()) / 86_400_000);
    const joinedInstitutionOn = rng.chance(0.6) ? hiredOn : addDays(today, -rng.int(200, Math.max(200, sinceHire)));
    return { hiredOn, joinedInstitutionOn, previousInstitutionKind: null as InstitutionKind | null };
  };
  const pattern = () => {
    const name = rng.pick(ROTA_PATTERNS);
    const cycle = SHIFT_PATTERNS.find((p) => p.name === name)!.cycleDays;
    return { shiftPattern: name, shiftOffsetDays: rng.int(0, cycle - 1) };
  };

  // Share staff over institutions: heads + unit managers first, the rest weighted by unit count.
  const fixed = c.institutions.reduce((n, i) => n + 1 + i.units.length, 0) + 2;
  const rest = Math.max(0, total - fixed);
  const totalUnits = c.institutions.reduce((n, i) => n + i.units.length, 0);
  const extraPerInstitution = c.institutions.map((i) => Math.floor((rest * i.units.length) / totalUnits));
  extraPerInstitution[0] += rest - extraPerInstitution.reduce((a, b) => a + b, 0);
  const coordinators: string[] = [];

  c.institutions.forEach((inst, ii) => {
    const head: StaffSpec = {
      ...person(),
      position: c.positions.head,
      supervisesOthers: true,
      ...veteran(),
      institution: inst.name,
      unit: null,
      shiftPattern: 'Weekday days',
      shiftOffsetDays: 0,
      languages: languages(),
      lineManagerEmail: null,
    };
    staff.push(head);
    const unitManagers = new Map<string, string>();
    for (const unit of inst.units) {
      const m: StaffSpec = {
        ...person(),
        position: c.positions.unitManager,
        supervisesOthers: true,
        ...veteran(),
        institution: inst.name,
        unit,
        shiftPattern: 'Weekday days',
        shiftOffsetDays: 0,
        languages: languages(),
        lineManagerEmail: head.email,
      };
      staff.push(m);
      unitManagers.set(unit, m.email);
    }
    // Mentoring coordinators at the first two institutions.
    if (ii < 2) {
      const co: StaffSpec = {
        ...person(),
        position: c.positions.coordinator,
        supervisesOthers: false,
        ...veteran(),
        institution: inst.name,
        unit: null,
        shiftPattern: 'Weekday days',
        shiftOffsetDays: 0,
        languages: [...new Set([...languages(), 'en'])],
        lineManagerEmail: head.email,
      };
      staff.push(co);
      coordinators.push(co.email);
    }
    for (let k = 0; k < extraPerInstitution[ii]; k++) {
      const unit = rng.pick(inst.units);
      const roll = rng.float();
      let dates = veteran();
      if (roll < 0.12) {
        // Newcomer: hired in the last 3 months, straight into this institution.
        const hiredOn = addDays(today, -rng.int(3, 88));
        dates = { hiredOn, joinedInstitutionOn: hiredOn, previousInstitutionKind: null };
      } else if (roll < 0.22) {
        // Transfer: long service, joined this institution recently from another kind.
        const others = (['adult', 'remand', 'open', 'youth', 'women'] as const).filter((kd) => kd !== inst.kind);
        const prev: InstitutionKind = inst.kind === 'youth' ? 'adult' : rng.pick(others);
        dates = { hiredOn: addDays(today, -rng.int(3 * 365, 20 * 365)), joinedInstitutionOn: addDays(today, -rng.int(7, 80)), previousInstitutionKind: prev };
      }
      const specialist = rng.chance(0.2);
      const senior = !specialist && rng.chance(0.15);
      staff.push({
        ...person(),
        position: specialist ? rng.pick(c.positions.specialists) : senior ? c.positions.senior : c.positions.officer,
        supervisesOthers: senior,
        ...dates,
        institution: inst.name,
        unit,
        ...(specialist ? { shiftPattern: 'Weekday days', shiftOffsetDays: 0 } : pattern()),
        languages: languages(),
        lineManagerEmail: unitManagers.get(unit)!,
      });
    }
  });
  return { staff, coordinators };
}

/** Builds the whole pilot. Deterministic in (seed, today, staffPerTenant). */
export function buildDataset(options: DatasetOptions = {}): TenantSpec[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? isoDate(new Date());
  const perTenant = options.staffPerTenant ?? DEFAULT_STAFF_PER_TENANT;
  return COUNTRIES.map((c) => {
    const rng = new Rng(createRandom(seed ^ hashString(c.code)));
    const { staff, coordinators } = generateStaff(c, rng, today, perTenant);
    return {
      key: c.key,
      code: c.code,
      name: c.name,
      country: c.country,
      defaultLocale: c.locale,
      enabledModules: ALL_MODULES,
      institutions: c.institutions,
      shiftPatterns: SHIFT_PATTERNS,
      staff,
      tenantAdminEmail: `tenant-admin@${c.domain}`,
      coordinatorEmails: coordinators,
      researcherEmail: `researcher@research.${c.domain}`,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// CSV

function csvField(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The importStaff CSV for these staff (header + one line each). */
export function staffCsv(staff: readonly StaffSpec[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const s of staff) {
    const values: Record<(typeof CSV_COLUMNS)[number], string> = {
      first_name: s.firstName,
      last_name: s.lastName,
      email: s.email,
      position: s.position,
      supervises_others: s.supervisesOthers ? 'true' : 'false',
      hired_on: s.hiredOn,
      joined_institution_on: s.joinedInstitutionOn,
      previous_institution_kind: s.previousInstitutionKind ?? '',
      institution: s.institution,
      unit: s.unit ?? '',
      shift_pattern: s.shiftPattern ?? '',
      shift_offset_days: String(s.shiftOffsetDays),
      languages: s.languages.join(';'),
      line_manager_email: s.lineManagerEmail ?? '',
    };
    lines.push(CSV_COLUMNS.map((c) => csvField(values[c])).join(','));
  }
  return lines.join('\n') + '\n';
}
