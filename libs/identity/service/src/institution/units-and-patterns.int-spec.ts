import {
  CreateInstitution,
  CreateShiftPattern,
  CreateStaff,
  CreateTenant,
  CreateUnit,
  EraseStaff,
  IdentityErrors,
  ListAudit,
  ListShiftPatterns,
  ListUnits,
  RemoveShiftPattern,
  RemoveUnit,
  UpdateShiftPattern,
  UpdateStaff,
  UpdateUnit,
  type CreateStaffRequest,
} from '@m4pris/identity-contracts';
import { as, failure, startIdentity, type IdentityHarness } from '../../test/harness.js';

/** Units renamed and removed, shift patterns edited and removed (issue 16): the rules and the events other modules follow. */
describe('units and shift patterns: edit and remove', () => {
  let h: IdentityHarness;
  let tenantId: string;
  let institutionId: string;
  const admin = () => as.tenantAdmin(tenantId);
  const person = (over: Partial<CreateStaffRequest> = {}): CreateStaffRequest => ({
    firstName: 'Ana',
    lastName: 'Sousa',
    email: `ana.${Math.random().toString(36).slice(2)}@example.pt`,
    position: 'Guarda prisional',
    supervisesOthers: false,
    hiredOn: '2025-01-15',
    joinedInstitutionOn: '2025-01-15',
    institutionId,
    languages: ['pt'],
    ...over,
  });
  const week = [{ day: 0, start: '08:00', hours: 8 }];
  const outboxFor = async (subject: string, id: string, key = 'id') =>
    h.sql<{ payload: Record<string, unknown> }>(`select payload from identity.outbox_event where subject = ? and payload->>'${key}' = ? order by occurred_at, id`, [subject, id]);

  beforeAll(async () => {
    h = await startIdentity();
    tenantId = (await h.bus.request(CreateTenant, { code: 'pt-units', name: 'DGRSP', country: 'PT', defaultLocale: 'pt', enabledModules: ['identity'] }, as.platformAdmin())).id;
    institutionId = (await h.bus.request(CreateInstitution, { name: 'EP Lisboa', kind: 'adult', region: 'Lisboa' }, admin())).id;
  });
  afterAll(() => h.close());

  it('renames a unit: the list shows the new name, programmes is told (place renamed), the change is audited', async () => {
    const unit = await h.bus.request(CreateUnit, { institutionId, name: 'Ala A' }, admin());
    const renamed = await h.bus.request(UpdateUnit, { id: unit.id, name: 'Ala Norte' }, admin());
    expect(renamed).toEqual({ ...unit, name: 'Ala Norte' });
    expect((await h.bus.request(ListUnits, { institutionId }, admin())).find((u) => u.id === unit.id)?.name).toBe('Ala Norte');
    expect((await outboxFor('identity.v1.place.renamed', unit.id)).map((r) => r.payload)).toEqual([{ tenantId, kind: 'unit', id: unit.id, name: 'Ala Norte' }]);
    const audit = await h.bus.request(ListAudit, { entityId: unit.id }, admin());
    expect(audit.items.map((a) => a.action)).toContain('unit.update');
  });

  it('renaming a unit to the name it has changes nothing and tells nobody', async () => {
    const unit = await h.bus.request(CreateUnit, { institutionId, name: 'Ala B' }, admin());
    await h.bus.request(UpdateUnit, { id: unit.id, name: 'Ala B' }, admin());
    expect(await outboxFor('identity.v1.place.renamed', unit.id)).toEqual([]);
  });

  it('refuses a unit name that is empty, naming the field', async () => {
    const unit = await h.bus.request(CreateUnit, { institutionId, name: 'Ala C' }, admin());
    const e = await failure(h.bus.request(UpdateUnit, { id: unit.id, name: '' }, admin()));
    expect(e.category).toBe('BAD_USER_INPUT');
    expect(e.fields?.map((f) => f.field) ?? [e.field]).toContain('name');
  });

  it('removes a unit nobody is in; refuses one a staff member is in (UNIT_IN_USE with the count), also when they have left; an erased record does not hold it', async () => {
    const empty = await h.bus.request(CreateUnit, { institutionId, name: 'Ala vazia' }, admin());
    expect(await h.bus.request(RemoveUnit, { id: empty.id }, admin())).toEqual({ id: empty.id });
    expect((await h.bus.request(ListUnits, { institutionId }, admin())).map((u) => u.id)).not.toContain(empty.id);

    const used = await h.bus.request(CreateUnit, { institutionId, name: 'Ala ocupada' }, admin());
    const a = await h.bus.request(CreateStaff, person({ unitId: used.id }), admin());
    const b = await h.bus.request(CreateStaff, person({ unitId: used.id }), admin());
    const e = await failure(h.bus.request(RemoveUnit, { id: used.id }, admin()));
    expect(e.code).toBe(IdentityErrors.UNIT_IN_USE().code);
    expect(e.category).toBe('CONFLICT');
    expect(e.field).toBe('id');
    expect(e.params).toEqual({ count: 2 });
    expect((await h.bus.request(ListUnits, { institutionId }, admin())).map((u) => u.id)).toContain(used.id);

    // One moves elsewhere, one is erased: nobody holds the unit any more.
    await h.bus.request(UpdateStaff, { id: a.id, unitId: null }, admin());
    await h.bus.request(EraseStaff, { staffId: b.id }, admin());
    await h.bus.request(RemoveUnit, { id: used.id }, admin());
    expect((await h.bus.request(ListUnits, { institutionId }, admin())).map((u) => u.id)).not.toContain(used.id);
    const audit = await h.bus.request(ListAudit, { entityId: used.id }, admin());
    expect(audit.items.map((x) => x.action)).toContain('unit.remove');
  });

  it('a unit that is gone is NOT_FOUND for rename and removal', async () => {
    const unit = await h.bus.request(CreateUnit, { institutionId, name: 'Ala efémera' }, admin());
    await h.bus.request(RemoveUnit, { id: unit.id }, admin());
    expect((await failure(h.bus.request(RemoveUnit, { id: unit.id }, admin()))).category).toBe('NOT_FOUND');
    expect((await failure(h.bus.request(UpdateUnit, { id: unit.id, name: 'X' }, admin()))).category).toBe('NOT_FOUND');
  });

  it('only the tenant admin edits: a coordinator and a researcher are refused', async () => {
    const unit = await h.bus.request(CreateUnit, { institutionId, name: 'Ala D' }, admin());
    const pattern = await h.bus.request(CreateShiftPattern, { name: 'Semana D', cycleDays: 7, shifts: week }, admin());
    for (const who of [as.coordinator(tenantId), as.researcher(tenantId)]) {
      expect((await failure(h.bus.request(UpdateUnit, { id: unit.id, name: 'X' }, who))).category).toBe('FORBIDDEN');
      expect((await failure(h.bus.request(RemoveUnit, { id: unit.id }, who))).category).toBe('FORBIDDEN');
      expect((await failure(h.bus.request(UpdateShiftPattern, { id: pattern.id, name: 'X', cycleDays: 7, shifts: week }, who))).category).toBe('FORBIDDEN');
      expect((await failure(h.bus.request(RemoveShiftPattern, { id: pattern.id }, who))).category).toBe('FORBIDDEN');
    }
  });

  it('edits a shift pattern: staff on it keep it; matching gets the new rota (pattern defined again), programmes the new name', async () => {
    const pattern = await h.bus.request(CreateShiftPattern, { name: '4 on 4 off', cycleDays: 8, shifts: [0, 1, 2, 3].map((day) => ({ day, start: '07:00', hours: 12 })) }, admin());
    const s = await h.bus.request(CreateStaff, person({ shiftPatternId: pattern.id, shiftOffsetDays: 2 }), admin());
    const shifts = [0, 1, 2, 3, 4].map((day) => ({ day, start: '08:00', hours: 8 }));
    const edited = await h.bus.request(UpdateShiftPattern, { id: pattern.id, name: 'Weekdays', cycleDays: 7, shifts }, admin());
    expect(edited).toEqual({ id: pattern.id, tenantId, name: 'Weekdays', cycleDays: 7, shifts });
    expect((await h.bus.request(ListShiftPatterns, {}, admin())).find((p) => p.id === pattern.id)).toEqual(edited);
    const [staffRow] = await h.sql<{ shift_pattern_id: string; shift_offset_days: number }>('select shift_pattern_id, shift_offset_days from identity.staff where id = ?', [s.id]);
    expect(staffRow).toEqual({ shift_pattern_id: pattern.id, shift_offset_days: 2 });
    const defined = (await outboxFor('identity.v1.shiftPattern.defined', pattern.id, 'shiftPatternId')).map((r) => r.payload);
    expect(defined).toHaveLength(2);
    expect(defined[1]).toEqual({ shiftPatternId: pattern.id, tenantId, name: 'Weekdays', cycleDays: 7, shifts });
    expect((await outboxFor('identity.v1.place.renamed', pattern.id)).map((r) => r.payload)).toEqual([{ tenantId, kind: 'shiftPattern', id: pattern.id, name: 'Weekdays' }]);
  });

  it('a shift pattern edit is validated as on create: a shift outside the cycle is refused naming the shift, nothing changes', async () => {
    const pattern = await h.bus.request(CreateShiftPattern, { name: 'Semana E', cycleDays: 7, shifts: week }, admin());
    const e = await failure(h.bus.request(UpdateShiftPattern, { id: pattern.id, name: 'Semana E', cycleDays: 4, shifts: [{ day: 0, start: '08:00', hours: 8 }, { day: 5, start: '08:00', hours: 8 }] }, admin()));
    expect(e.code).toBe(IdentityErrors.SHIFT_OUT_OF_CYCLE().code);
    expect(e.field).toBe('shifts.1.day');
    const bad = await failure(h.bus.request(UpdateShiftPattern, { id: pattern.id, name: '', cycleDays: 0, shifts: [] }, admin()));
    expect(bad.category).toBe('BAD_USER_INPUT');
    expect(bad.fields?.map((f) => f.field).sort()).toEqual(['cycleDays', 'name', 'shifts']);
    expect((await h.bus.request(ListShiftPatterns, {}, admin())).find((p) => p.id === pattern.id)).toMatchObject({ cycleDays: 7, shifts: week });
    expect(await outboxFor('identity.v1.shiftPattern.defined', pattern.id, 'shiftPatternId')).toHaveLength(1);
  });

  it('removes a shift pattern nobody works; refuses one a staff member is on (SHIFT_PATTERN_IN_USE with the count)', async () => {
    const free = await h.bus.request(CreateShiftPattern, { name: 'Livre', cycleDays: 7, shifts: week }, admin());
    expect(await h.bus.request(RemoveShiftPattern, { id: free.id }, admin())).toEqual({ id: free.id });
    expect((await h.bus.request(ListShiftPatterns, {}, admin())).map((p) => p.id)).not.toContain(free.id);

    const used = await h.bus.request(CreateShiftPattern, { name: 'Ocupado', cycleDays: 7, shifts: week }, admin());
    const s = await h.bus.request(CreateStaff, person({ shiftPatternId: used.id }), admin());
    const e = await failure(h.bus.request(RemoveShiftPattern, { id: used.id }, admin()));
    expect(e.code).toBe(IdentityErrors.SHIFT_PATTERN_IN_USE().code);
    expect(e.params).toEqual({ count: 1 });
    await h.bus.request(UpdateStaff, { id: s.id, shiftPatternId: null }, admin());
    await h.bus.request(RemoveShiftPattern, { id: used.id }, admin());
    expect((await h.bus.request(ListShiftPatterns, {}, admin())).map((p) => p.id)).not.toContain(used.id);
  });
});
