import { generalisationLevels, generaliseQuasiIdentifiers, type QuasiIdentifiers } from './k-anonymity.js';

let seq = 0;
const row = (role: string, institution: string, region: string, month: string): QuasiIdentifiers => ({ key: String(seq++), role, country: 'PT', institution, region, month });

function classes(rows: QuasiIdentifiers[], k: number) {
  const g = generaliseQuasiIdentifiers(rows, k);
  const sizes = new Map<string, number>();
  for (const v of g.values()) {
    const c = `${v.role}|${v.country}|${v.institution}|${v.period}`;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  }
  return { g, sizes };
}

describe('generaliseQuasiIdentifiers (k-anonymous research export)', () => {
  it('keeps an institution shared by k rows of a role, and coarsens months to quarters', () => {
    const rows = Array.from({ length: 5 }, (_, i) => row('mentee', 'inst-a', 'North', `2026-0${i + 1}`.slice(0, 7)));
    const { g, sizes } = classes(rows, 5);
    expect([...sizes.values()].every((n) => n >= 5)).toBe(true);
    expect(new Set([...g.values()].map((v) => v.institution))).toEqual(new Set(['inst-a']));
    expect(new Set([...g.values()].map((v) => v.period))).toEqual(new Set(['2026'])); // Q1 ×3, Q2 ×2 → the year
  });

  it('generalises single-person (institution, role) groups to the region, or "other" (the pt export of issue 14)', () => {
    const rows = [
      ...Array.from({ length: 6 }, () => row('mentor', 'inst-a', 'Norte', '2026-02')),
      row('mentee', 'inst-b', 'Norte', '2026-02'),
      row('mentee', 'inst-c', 'Norte', '2026-03'),
      row('mentee', 'inst-d', 'Norte', '2026-01'),
      row('mentee', 'inst-e', 'Norte', '2026-02'),
      row('mentee', 'inst-f', 'Norte', '2026-02'),
    ];
    const { g, sizes } = classes(rows, 5);
    expect([...sizes.values()].every((n) => n >= 5)).toBe(true);
    const mentees = rows.filter((r) => r.role === 'mentee').map((r) => g.get(r.key)!);
    expect(mentees.some((v) => v.institution.startsWith('inst-'))).toBe(false);
    expect(mentees.filter((v) => v.institution === 'region:Norte')).toHaveLength(5);
  });

  it('never exports a region that fewer than k rows of a role share: those rows become "other"', () => {
    const rows = [
      ...Array.from({ length: 6 }, () => row('mentee', 'inst-a', 'Norte', '2026-02')),
      row('mentee', 'inst-b', 'Norte', '2026-02'),
      row('mentee', 'inst-c', 'Norte', '2026-02'),
      row('mentee', 'inst-d', 'Sul', '2026-02'),
      row('mentee', 'inst-e', 'Sul', '2026-02'),
      row('mentee', 'inst-f', 'Centro', '2026-02'),
    ];
    const { g, sizes } = classes(rows, 5);
    expect([...sizes.values()].every((n) => n >= 5)).toBe(true);
    // together as "other" they hold k and keep their quarter; regions of 2, 2 and 1 would have
    // forced the date away before the institution
    const rare = rows.filter((r) => r.institution !== 'inst-a').map((r) => `${g.get(r.key)!.institution} ${g.get(r.key)!.period}`);
    expect(rare).toEqual(Array.from({ length: 5 }, () => 'other 2026-Q1'));
  });

  it('counts the rows at each level of generalisation (the codebook summary)', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => row('mentor', 'inst-a', 'Norte', '2026-02')),
      ...Array.from({ length: 5 }, (_, i) => row('mentee', `inst-${i}`, 'Norte', '2026-02')),
      ...Array.from({ length: 5 }, (_, i) => row('mentee', `inst-x${i}`, '', i < 3 ? '2026-02' : '2026-11')),
    ];
    const levels = Object.fromEntries(generalisationLevels(generaliseQuasiIdentifiers(rows, 5).values()).map((l) => [`${l.variable}.${l.level}`, l.rows]));
    expect(levels).toEqual({
      'role.role': 15,
      'role.blank': 0,
      'institution.institution': 5,
      'institution.region': 5,
      'institution.other': 5,
      'completed_period.quarter': 10,
      'completed_period.year': 5,
      'completed_period.blank': 0,
    });
  });

  it('blanks rare combinations until every class holds k, or every row is blank', () => {
    const rows = [row('mentor', 'x', '', '2026-01'), row('mentee', 'y', '', '2027-05'), row('mentee', 'z', '', '2026-07')];
    const { sizes } = classes(rows, 5);
    expect([...sizes]).toEqual([['|PT|other|', 3]]);
    const many = [...Array.from({ length: 7 }, () => row('mentor', 'x', '', '2026-01')), row('mentee', 'q', '', '2026-01'), row('mentee', 'r', '', '2028-01')];
    expect([...classes(many, 5).sizes.values()].every((n) => n >= 5)).toBe(true);
  });
});
