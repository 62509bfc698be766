import { setTimeout as sleep } from 'node:timers/promises';
import {
  CreateInstitution,
  CreateTenant,
  GetStaffImportJob,
  ImportStaff,
  StartStaffImport,
  type StaffImportJobDto,
} from '@m4pris/identity-contracts';
import { as, failure, startIdentity, type IdentityHarness } from '../../test/harness.js';
import { IMPORT_CHUNK_ROWS, StaffImportJobs } from './staff-import-job.use-case.js';

describe('staff import jobs (startStaffImport, staffImportJob)', () => {
  let h: IdentityHarness;
  let tenantId: string;
  let otherTenantId: string;
  const admin = () => as.tenantAdmin(tenantId);
  const header = 'first_name,last_name,email,position,supervises_others,hired_on,joined_institution_on,institution,unit,shift_pattern,languages,line_manager_email';
  const rowsOf = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `Ana,Bulk${i},${prefix}.${i}@example.pt,Guarda,no,2025-02-01,2025-02-01,EP Lisboa,,,pt,${i > 0 ? `${prefix}.0@example.pt` : ''}`);
  const staffLike = async (prefix: string) => Number((await h.sql<{ n: string }>(`select count(*) as n from identity.staff where email like ?`, [`${prefix}.%`]))[0].n);

  beforeAll(async () => {
    h = await startIdentity();
    tenantId = (await h.bus.request(CreateTenant, { code: 'pt-import', name: 'DGRSP', country: 'PT', defaultLocale: 'pt', enabledModules: ['identity'] }, as.platformAdmin())).id;
    otherTenantId = (await h.bus.request(CreateTenant, { code: 'dk-import', name: 'KRIM', country: 'DK', defaultLocale: 'da', enabledModules: ['identity'] }, as.platformAdmin())).id;
    await h.bus.request(CreateInstitution, { name: 'EP Lisboa', kind: 'adult', region: 'Lisboa' }, admin());
  });
  afterAll(async () => {
    await h.moduleRef.get(StaffImportJobs).settle();
    await h.close();
  });

  it('writes a valid file in chunks after the reply: done only grows, in whole chunks, never ahead of the rows committed, and reaches total', async () => {
    const total = 5 * IMPORT_CHUNK_ROWS + 37;
    const csv = [header, ...rowsOf('chunked', total)].join('\n');
    const started = await h.bus.request(StartStaffImport, { csv }, admin());
    expect(started).toMatchObject({ state: 'running', total, done: 0, failed: 0, errors: [] });
    const seen: StaffImportJobDto[] = [];
    let job = started;
    while (job.state === 'running') {
      job = await h.bus.request(GetStaffImportJob, { id: started.id }, admin());
      // Read after the job: every row the job counts as done is already there.
      expect(await staffLike('chunked')).toBeGreaterThanOrEqual(job.done);
      seen.push(job);
      if (job.state === 'running') await sleep(5);
    }
    expect(job).toEqual({ id: started.id, state: 'done', total, done: total, failed: 0, errors: [] });
    const dones = seen.map((j) => j.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    for (const d of dones) expect(d === total || d % IMPORT_CHUNK_ROWS === 0).toBe(true);
    expect(await staffLike('chunked')).toBe(total);
    // Line managers named across chunks resolve (row 0 manages every other row).
    const [managed] = await h.sql<{ n: string }>(
      `select count(*) as n from identity.staff s join identity.staff m on m.id = s.line_manager_id where s.email like 'chunked.%' and m.email = 'chunked.0@example.pt'`,
    );
    expect(Number(managed.n)).toBe(total - 1);
    expect(Number((await h.sql<{ n: string }>(`select count(*) as n from identity.audit_entry where action = 'staff.import' and entity_id = ?`, [started.id]))[0].n)).toBe(1);
  });

  it('validates like importStaff: a dry run is CHECKED and an invalid file INVALID with the same errors, both writing no staff', async () => {
    const csv = [header, ...rowsOf('dry', 3)].join('\n');
    const dry = await h.bus.request(StartStaffImport, { csv, dryRun: true }, admin());
    expect(dry).toMatchObject({ state: 'checked', total: 3, done: 0, failed: 0, errors: [] });
    expect(await h.bus.request(GetStaffImportJob, { id: dry.id }, admin())).toEqual(dry);
    expect(await staffLike('dry')).toBe(0);

    const bad = [header, ...rowsOf('bad', 2), 'Eva,Reis,not-an-email,Guarda,maybe,2025-02-01,2025-02-01,EP Lisboa,,,pt,'].join('\n');
    const ctx = { ...admin(), locale: 'pt' };
    const job = await h.bus.request(StartStaffImport, { csv: bad }, ctx);
    const legacy = await h.bus.request(ImportStaff, { csv: bad }, ctx);
    expect(job).toMatchObject({ state: 'invalid', total: 3, done: 0, failed: 1, errors: legacy.errors });
    expect(job.errors.length).toBe(2);
    expect(await staffLike('bad')).toBe(0);
  });

  it('reports a job whose process stopped mid-import as failed, in the reader\'s language, so the page stops waiting', async () => {
    const csv = [header, ...rowsOf('stale', 3)].join('\n');
    const job = await h.bus.request(StartStaffImport, { csv, dryRun: true }, admin());
    // As a crashed process leaves it: running, two rows in, the last chunk committed long ago.
    await h.sql(`update identity.staff_import_job set state = 'running', done = 2, updated_at = now() - interval '10 minutes' where id = ?`, [job.id]);
    const read = await h.bus.request(GetStaffImportJob, { id: job.id }, { ...admin(), locale: 'da' });
    expect(read).toMatchObject({ state: 'failed', total: 3, done: 2, failed: 1 });
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0].message).toContain('Importen stoppede efter 2 af 3 rækker');
    // A running job that committed a chunk just now is still running.
    await h.sql(`update identity.staff_import_job set updated_at = now() where id = ?`, [job.id]);
    expect((await h.bus.request(GetStaffImportJob, { id: job.id }, admin())).state).toBe('running');
  });

  it("keeps a tenant's jobs from another tenant and from roles that may not import", async () => {
    const job = await h.bus.request(StartStaffImport, { csv: [header, ...rowsOf('iso', 2)].join('\n'), dryRun: true }, admin());
    const other = await failure(h.bus.request(GetStaffImportJob, { id: job.id }, as.tenantAdmin(otherTenantId)));
    expect([other.category, other.field]).toEqual(['NOT_FOUND', 'id']);
    for (const ctx of [as.coordinator(tenantId), as.researcher(tenantId), as.member(tenantId)]) {
      expect((await failure(h.bus.request(GetStaffImportJob, { id: job.id }, ctx))).category).toBe('FORBIDDEN');
      expect((await failure(h.bus.request(StartStaffImport, { csv: [header, ...rowsOf('refused', 1)].join('\n') }, ctx))).category).toBe('FORBIDDEN');
    }
    // Another tenant's admin cannot start an import into this tenant either (refused as importStaff refuses it).
    const into = { tenantId, csv: [header, ...rowsOf('refused', 1)].join('\n') };
    const refused = await failure(h.bus.request(StartStaffImport, into, as.tenantAdmin(otherTenantId)));
    expect(refused.category).toBe((await failure(h.bus.request(ImportStaff, into, as.tenantAdmin(otherTenantId)))).category);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused.category);
    expect(await staffLike('refused')).toBe(0);
    // The platform admin may follow any tenant's job (as it may import naming the tenant).
    expect((await h.bus.request(GetStaffImportJob, { id: job.id }, as.platformAdmin())).id).toBe(job.id);
  });
});
