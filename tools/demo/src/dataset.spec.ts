import { asciiSlug, buildDataset, CSV_COLUMNS, SHIFT_PATTERNS, staffCsv } from './dataset.js';

const TODAY = '2026-05-15';
const daysBefore = (date: string) => (Date.parse(`${TODAY}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000;

describe('pilot dataset', () => {
  const dataset = buildDataset({ seed: 42, today: TODAY });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(buildDataset({ seed: 42, today: TODAY })).toEqual(dataset);
    const other = buildDataset({ seed: 43, today: TODAY });
    expect(other.map((t) => t.staff.map((s) => s.email))).not.toEqual(dataset.map((t) => t.staff.map((s) => s.email)));
  });

  it('creates the same people on a later day (only dates move)', () => {
    const later = buildDataset({ seed: 42, today: '2026-09-01' });
    expect(later.map((t) => t.staff.map((s) => s.email))).toEqual(dataset.map((t) => t.staff.map((s) => s.email)));
  });

  it('has the four pilot tenants with their locales', () => {
    expect(dataset.map((t) => [t.code, t.defaultLocale, t.country])).toEqual([
      ['dk-kriminalforsorgen', 'da', 'DK'],
      ['pt-dgrsp', 'pt', 'PT'],
      ['ro-anp', 'ro', 'RO'],
      ['gr-prisons', 'el', 'GR'],
    ]);
  });

  it('has the expected sizes', () => {
    for (const t of dataset) {
      expect(t.institutions.length).toBeGreaterThanOrEqual(3);
      expect(t.institutions.length).toBeLessThanOrEqual(4);
      expect(new Set(t.institutions.map((i) => i.kind)).size).toBeGreaterThanOrEqual(3);
      for (const i of t.institutions) expect(i.units.length).toBeGreaterThanOrEqual(2);
      expect(t.shiftPatterns).toBe(SHIFT_PATTERNS);
      expect(t.staff).toHaveLength(260);
      expect(t.coordinatorEmails).toHaveLength(2);
    }
    expect(dataset.reduce((n, t) => n + t.staff.length, 0)).toBe(1040);
    expect(buildDataset({ seed: 1, today: TODAY, staffPerTenant: 50 }).every((t) => t.staff.length === 50)).toBe(true);
  });

  it('has the four shift patterns', () => {
    expect(SHIFT_PATTERNS.map((p) => [p.name, p.cycleDays, p.shifts[0].start, p.shifts[0].hours])).toEqual([
      ['Weekday days', 7, '07:00', 8],
      ['Nights', 7, '22:00', 9],
      ['Rotating 4-on-4-off', 8, '07:00', 12],
      ['2-2-3', 14, '07:00', 12],
    ]);
    for (const p of SHIFT_PATTERNS) for (const s of p.shifts) expect(s.day).toBeLessThan(p.cycleDays);
  });

  it('uses unique, valid emails and references only known institutions, units and shift patterns', () => {
    const patterns = new Set(SHIFT_PATTERNS.map((p) => p.name));
    for (const t of dataset) {
      const emails = t.staff.map((s) => s.email);
      expect(new Set(emails).size).toBe(emails.length);
      for (const s of t.staff) {
        expect(s.email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+$/);
        const inst = t.institutions.find((i) => i.name === s.institution);
        expect(inst).toBeDefined();
        if (s.unit) expect(inst!.units).toContain(s.unit);
        if (s.shiftPattern) expect(patterns.has(s.shiftPattern)).toBe(true);
        expect(s.languages[0]).toBe(t.defaultLocale);
        expect(new Set(s.languages).size).toBe(s.languages.length);
      }
      for (const c of t.coordinatorEmails) expect(emails).toContain(c);
    }
  });

  it('has every line manager in the data set, supervising, without loops', () => {
    for (const t of dataset) {
      const byEmail = new Map(t.staff.map((s) => [s.email, s]));
      for (const s of t.staff) {
        if (!s.lineManagerEmail) continue;
        const m = byEmail.get(s.lineManagerEmail);
        expect(m).toBeDefined();
        expect(m!.supervisesOthers).toBe(true);
        expect(m!.email).not.toBe(s.email);
      }
      // Managers appear before the people they manage (so any prefix of the file is importable) and there are no loops.
      const seen = new Set<string>();
      for (const s of t.staff) {
        if (s.lineManagerEmail) expect(seen.has(s.lineManagerEmail)).toBe(true);
        seen.add(s.email);
      }
      expect(t.staff.filter((s) => s.supervisesOthers).length).toBeGreaterThanOrEqual(t.institutions.length * 3);
    }
  });

  it('has newcomers (hired in the last 3 months) and transfers (joined recently from another kind)', () => {
    for (const t of dataset) {
      const newcomers = t.staff.filter((s) => daysBefore(s.hiredOn) <= 92);
      expect(newcomers.length).toBeGreaterThanOrEqual(3);
      const transfers = t.staff.filter((s) => s.previousInstitutionKind && daysBefore(s.joinedInstitutionOn) <= 92 && daysBefore(s.hiredOn) > 365);
      expect(transfers.length).toBeGreaterThanOrEqual(2);
      for (const s of transfers) {
        const kind = t.institutions.find((i) => i.name === s.institution)!.kind;
        expect(s.previousInstitutionKind).not.toBe(kind);
        if (kind === 'youth') expect(s.previousInstitutionKind).toBe('adult');
      }
      for (const s of t.staff) {
        expect(s.hiredOn <= s.joinedInstitutionOn).toBe(true);
        expect(s.joinedInstitutionOn <= TODAY).toBe(true);
      }
    }
    const all = dataset.flatMap((t) => t.staff.map((s) => ({ s, kind: t.institutions.find((i) => i.name === s.institution)!.kind })));
    expect(all.some(({ s, kind }) => kind === 'youth' && s.previousInstitutionKind === 'adult')).toBe(true);
  });

  it('writes a CSV with the header of the identity contracts', () => {
    const t = dataset[0];
    const lines = staffCsv(t.staff).trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(t.staff.length + 1);
    const cells = lines[1].split(',');
    expect(cells).toHaveLength(CSV_COLUMNS.length);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, cells[i]]));
    expect(row.email).toBe(t.staff[0].email);
    expect(['true', 'false']).toContain(row.supervises_others);
    expect(row.hired_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const multi = t.staff.findIndex((s) => s.languages.length > 1);
    expect(lines[multi + 1]).toContain(t.staff[multi].languages.join(';'));
  });

  it('quotes CSV fields that need it', () => {
    const s = { ...dataset[0].staff[0], position: 'Officer, "senior"' };
    expect(staffCsv([s]).split('\n')[1]).toContain('"Officer, ""senior"""');
  });

  it('makes ASCII email parts from local names', () => {
    expect(asciiSlug('Søren')).toBe('soren');
    expect(asciiSlug('Gonçalves')).toBe('goncalves');
    expect(asciiSlug('Ionuț')).toBe('ionut');
    expect(asciiSlug('Mæhle')).toBe('maehle');
  });
});
