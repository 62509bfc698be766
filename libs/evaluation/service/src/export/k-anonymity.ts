/** One exported row's quasi-identifiers before generalisation. */
export interface QuasiIdentifiers {
  key: string;
  role: string;
  country: string;
  institution: string;
  /** Region of the institution, '' when unknown. */
  region: string;
  /** YYYY-MM */
  month: string;
}

export interface Generalised {
  role: string;
  country: string;
  institution: string;
  period: string;
}

const quarter = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/**
 * Generalises the quasi-identifiers of one export (role, country, institution, completion date)
 * until every combination is shared by at least `k` rows (k-anonymity):
 *
 * 1. institution: kept when at least k rows share (role, institution); otherwise its region
 *    (`region:<name>`) when at least k such rows share (role, region); otherwise `other`;
 * 2. completion date: the quarter (YYYY-Qn) — months are never exported; a row whose combination
 *    is still rarer than k gets the year, then no date, then institution `other`, then no role;
 * 3. if the rows left with nothing but the country are fewer than k, the smallest other
 *    combinations are blanked with them until they hold k (or every row is blank).
 */
export function generaliseQuasiIdentifiers(rows: readonly QuasiIdentifiers[], k: number): Map<string, Generalised> {
  const count = <T>(xs: readonly T[], f: (x: T) => string) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(f(x), (m.get(f(x)) ?? 0) + 1);
    return m;
  };
  const byInst = count(rows, (r) => `${r.role}|${r.institution}`);
  const rare = rows.filter((r) => byInst.get(`${r.role}|${r.institution}`)! < k);
  const byRegion = count(
    rare.filter((r) => r.region),
    (r) => `${r.role}|${r.region}`,
  );
  const out = new Map<string, Generalised>();
  for (const r of rows) {
    const institution = byInst.get(`${r.role}|${r.institution}`)! >= k ? r.institution : r.region && (byRegion.get(`${r.role}|${r.region}`) ?? 0) >= k ? `region:${r.region}` : 'other';
    out.set(r.key, { role: r.role, country: r.country, institution, period: quarter(r.month) });
  }
  const classOf = (g: Generalised) => `${g.role}|${g.country}|${g.institution}|${g.period}`;
  const steps: ((g: Generalised, r: QuasiIdentifiers) => void)[] = [
    (g, r) => (g.period = r.month.slice(0, 4)),
    (g) => (g.period = ''),
    (g) => (g.institution = 'other'),
    (g) => (g.role = ''),
  ];
  for (const step of steps) {
    const sizes = count([...out.values()], classOf);
    for (const r of rows) {
      const g = out.get(r.key)!;
      if (sizes.get(classOf(g))! < k) step(g, r);
    }
  }
  // The fully generalised rows are a class of their own: make it hold k too.
  const blank = (g: Generalised) => g.role === '' && g.period === '' && g.institution === 'other';
  for (;;) {
    const all = [...out.values()];
    const blanks = all.filter(blank).length;
    if (blanks === 0 || blanks >= k || blanks === all.length) break;
    const sizes = [...count(all.filter((g) => !blank(g)), classOf)].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    const smallest = sizes[0]![0];
    for (const g of all) if (!blank(g) && classOf(g) === smallest) Object.assign(g, { role: '', period: '', institution: 'other' });
  }
  return out;
}

/** The level each quasi-identifier was generalised to, counted over rows (the codebook's summary). */
export function generalisationLevels(generalised: Iterable<Generalised>): { variable: 'role' | 'institution' | 'completed_period'; level: string; rows: number }[] {
  const counts = new Map<string, number>();
  const add = (variable: string, level: string) => counts.set(`${variable}|${level}`, (counts.get(`${variable}|${level}`) ?? 0) + 1);
  for (const g of generalised) {
    add('role', g.role === '' ? 'blank' : 'role');
    add('institution', g.institution === 'other' ? 'other' : g.institution.startsWith('region:') ? 'region' : 'institution');
    add('completed_period', g.period === '' ? 'blank' : g.period.includes('-Q') ? 'quarter' : 'year');
  }
  const order = ['role|role', 'role|blank', 'institution|institution', 'institution|region', 'institution|other', 'completed_period|quarter', 'completed_period|year', 'completed_period|blank'];
  return order.map((key) => {
    const [variable, level] = key.split('|') as ['role' | 'institution' | 'completed_period', string];
    return { variable, level, rows: counts.get(key) ?? 0 };
  });
}
