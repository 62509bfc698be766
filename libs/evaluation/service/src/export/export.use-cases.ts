import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import type { RequestContext } from '@m4pris/platform-core';
import { MIN_CELL_NUMERIC, type CodebookDto, type ExportGeneralisationDto, type ExportPageDto, type ExportWaveRequest, type InstrumentCode, type WaveKind, ExportWave, GetCodebook } from '@m4pris/evaluation-contracts';
import { INSTRUMENTS } from '../instrument/catalogue.js';
import { ParticipantSchema } from '../participant/participant.entity.js';
import { assertOwnProgramme } from '../plan/plan.use-cases.js';
import { SurveyPlanSchema } from '../plan/survey-plan.entity.js';
import { SurveyResponseSchema } from '../response/survey-response.entity.js';
import { EvaluationSettings } from '../evaluation.settings.js';
import { EXPORTERS, tenantOf } from '../shared/access.js';
import { auditRead } from '../shared/audit.js';
import { generalisationLevels, generaliseQuasiIdentifiers } from './k-anonymity.js';
import { Handles } from '@m4pris/platform-messaging';

/** Every combination of the export's quasi-identifiers is shared by at least this many rows. */
export const EXPORT_K = MIN_CELL_NUMERIC;

const ID_COLUMNS = ['participant', 'role', 'country', 'institution', 'wave', 'completed_period'];
const LONG_COLUMNS = [...ID_COLUMNS, 'instrument', 'variable', 'kind', 'value'];

/** Every variable of the instruments, in registry order: items, then scores (`<instrument>_<score>`). */
function variables(instruments: readonly InstrumentCode[]): { name: string; instrument: InstrumentCode; kind: 'item' | 'score'; id: string }[] {
  return instruments.flatMap((code) => [
    ...INSTRUMENTS[code].items.map((i) => ({ name: i.id, instrument: code, kind: 'item' as const, id: i.id })),
    ...INSTRUMENTS[code].scores.map((s) => ({ name: `${code}_${s.code}`, instrument: code, kind: 'score' as const, id: s.code })),
  ]);
}

async function planInstruments(em: EntityManager, tenantId: string, programmeId: string, wave?: WaveKind): Promise<InstrumentCode[]> {
  const plan = await em.findOne(SurveyPlanSchema, { tenantId, programmeId });
  const waves = (plan?.waves ?? []).filter((w) => !wave || w.kind === wave);
  const set = new Set(waves.flatMap((w) => [...w.mentorInstruments, ...w.menteeInstruments]));
  return (Object.keys(INSTRUMENTS) as InstrumentCode[]).filter((c) => set.has(c));
}

async function planWaves(em: EntityManager, tenantId: string, programmeId: string): Promise<WaveKind[]> {
  const plan = await em.findOne(SurveyPlanSchema, { tenantId, programmeId });
  return (plan?.waves ?? []).map((w) => w.kind);
}

/**
 * Pseudonymised research export of one wave, page by page (the gateway pages it through GraphQL;
 * a client concatenates `header` and each page's `csv`). Rows carry the participant code and
 * coarse attributes only, k-anonymous over the whole wave (`generaliseQuasiIdentifiers`: rare
 * institutions become their region, or `other`, dates quarters or years or blank, so every combination of role,
 * country, institution and period is shared by at least EXPORT_K rows). Each page reads only its
 * own slice of the answers; the generalisation reads the wave's codes, roles and dates.
 */
@Injectable()
export class ExportWaveUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: EvaluationSettings,
  ) {}

  @Handles(ExportWave)
  async execute(input: ExportWaveRequest, ctx: RequestContext): Promise<ExportPageDto> {
    const tenantId = tenantOf(ctx, EXPORTERS);
    await assertOwnProgramme(this.em, tenantId, input.programmeId, true);
    const offset = input.offset ?? 0;
    const limit = input.limit ?? this.settings.EVALUATION_EXPORT_PAGE_SIZE;
    const where = { tenantId, programmeId: input.programmeId, wave: input.wave, completedOn: { $ne: null } } as const;
    const [responses, total] = await this.em.findAndCount(SurveyResponseSchema, where, { orderBy: { participantCode: 'asc', invitationId: 'asc' }, offset, limit });
    const instruments = await planInstruments(this.em, tenantId, input.programmeId, input.wave);
    const vars = variables(instruments);
    const generalised = await generalisedWave(this.em, tenantId, input.programmeId, input.wave);
    const rows: (string | number | null)[][] = [];
    for (const r of responses) {
      const g = generalised.get(r.invitationId)!;
      const id = [r.participantCode, g.role, g.country, g.institution, r.wave, g.period];
      const valueOf = (v: (typeof vars)[number]) => (v.kind === 'item' ? r.answers[v.instrument]?.[v.id] : r.scores?.[v.instrument]?.[v.id]) ?? null;
      if (input.form === 'wide') rows.push([...id, ...vars.map(valueOf)]);
      else for (const v of vars) if (r.answers[v.instrument] || r.scores?.[v.instrument]) rows.push([...id, v.instrument, v.name, v.kind, valueOf(v)]);
    }
    const header = stringify([input.form === 'wide' ? [...ID_COLUMNS, ...vars.map((v) => v.name)] : LONG_COLUMNS]);
    const next = offset + responses.length;
    // Audit-logged as a pseudonymous read: how many responses the page held, nobody named.
    await auditRead(this.em, ctx, { action: 'export.wave', pseudonymousCount: responses.length });
    return { header, csv: rows.length ? stringify(rows.map((row) => row.map((c) => (c === null ? '' : c)))) : '', rows: rows.length, total, nextOffset: next < total ? next : null };
  }
}

/**
 * The generalised quasi-identifiers of every completed response of one wave (by invitation id).
 * Institution, its region and country are the participant's, copied when the code was issued.
 */
async function generalisedWave(em: EntityManager, tenantId: string, programmeId: string, wave: WaveKind) {
  const all = await em.find(SurveyResponseSchema, { tenantId, programmeId, wave, completedOn: { $ne: null } }, { fields: ['invitationId', 'participantCode', 'role', 'completedOn'] });
  const participants = new Map((await em.find(ParticipantSchema, { tenantId, programmeId })).map((p) => [p.code, p]));
  return generaliseQuasiIdentifiers(
    all.map((r) => {
      const p = participants.get(r.participantCode);
      return { key: r.invitationId, role: r.role, country: p?.country ?? '', institution: p?.institutionId ?? '', region: p?.region ?? '', month: r.completedOn!.slice(0, 7) };
    }),
    EXPORT_K,
  );
}

/**
 * The codebook of a programme's export: one row per variable with its instrument, keys and scoring,
 * and, per wave with completed responses, how many rows each quasi-identifier was exported at each
 * level of generalisation (institution / region / other; quarter / year / blank; role / blank).
 */
@Injectable()
export class CodebookUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(GetCodebook)
  async execute(input: { programmeId: string }, ctx: RequestContext): Promise<CodebookDto> {
    const tenantId = tenantOf(ctx, EXPORTERS);
    await assertOwnProgramme(this.em, tenantId, input.programmeId, true);
    const instruments = await planInstruments(this.em, tenantId, input.programmeId);
    const rows: string[][] = [
      ['participant', '', 'id', '', '', '', 'Pseudonymous participant code (stable across waves of the programme)'],
      ['role', '', 'id', '', `generalised (k = ${EXPORT_K})`, 'mentor|mentee|(blank)', `Role in the programme; blank when needed so that every combination of role, country, institution and period is shared by at least ${EXPORT_K} rows of the wave`],
      ['country', '', 'id', '', '', 'ISO 3166-1 alpha-2', 'Country of the operating tenant'],
      ['institution', '', 'id', '', `generalised (k = ${EXPORT_K})`, 'uuid|region:<name>|other', `Institution (from the identity module) when the code was issued, if at least ${EXPORT_K} respondents of the same role in this wave share it; otherwise its region ("region:" and the institution's region), if at least ${EXPORT_K} respondents of that role whose institution was too rare share the region; otherwise "other". The rows at each level, per wave, are in the codebook's generalisation summary`],
      ['wave', '', 'id', '', '', 'baseline|midpoint|closure|follow_up', 'Survey wave'],
      ['completed_period', '', 'id', '', `generalised (k = ${EXPORT_K})`, 'YYYY-Qn|YYYY|(blank)', `Quarter the response was submitted (months are never exported); the year, or blank, where a quarter would leave a combination rarer than ${EXPORT_K} rows`],
    ];
    for (const v of variables(instruments)) {
      const def = INSTRUMENTS[v.instrument];
      if (v.kind === 'item') {
        const item = def.items.find((i) => i.id === v.id)!;
        rows.push([v.name, def.code, 'item', item.subscale ?? '', item.reverse ? 'reverse-keyed' : '', `${def.responseMin}..${def.responseMax} (${def.responseAnchors.join('|')})`, `${def.name} ${def.version}, item ${v.id}`]);
      } else {
        const s = def.scores.find((x) => x.code === v.id)!;
        const how = `${s.rule} of ${s.items.length} items${def.itemMultiply !== 1 ? ` (item × ${def.itemMultiply})` : ''}${s.multiply !== 1 ? ` × ${s.multiply}` : ''}; needs ${s.minAnswered}${s.prorated ? ', prorated' : ''}; ${s.higherIsBetter ? 'higher is better' : 'lower is better'}`;
        rows.push([v.name, def.code, 'score', s.code, how, `${s.min}..${s.max}`, `${def.name}: ${s.code} score. ${def.licence.attribution}`]);
      }
    }
    const generalisation: ExportGeneralisationDto[] = [];
    for (const wave of await planWaves(this.em, tenantId, input.programmeId)) {
      const generalised = await generalisedWave(this.em, tenantId, input.programmeId, wave);
      if (generalised.size > 0) generalisation.push(...generalisationLevels(generalised.values()).map((l) => ({ wave, ...l })));
    }
    return { csv: stringify([['variable', 'instrument', 'kind', 'subscale', 'scoring', 'values', 'label'], ...rows]), variables: rows.length, generalisation };
  }
}
