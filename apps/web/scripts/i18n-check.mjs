#!/usr/bin/env node
// Fails when a catalogue (da, pt, ro, el) misses a key of the English one or has one too many,
// when a message is empty or not valid ICU, when its placeholders differ from the English ones,
// or when a key the code builds from a schema enum (`function.${f}`) has no message for a value.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'src', 'i18n', 'messages');
const LOCALES = ['en', 'da', 'pt', 'ro', 'el'];
const catalogues = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(join(dir, `${l}.json`), 'utf8'))]));
const problems = [];

function placeholders(message) {
  const out = new Set();
  const walk = (nodes) => {
    for (const n of nodes) {
      if (n.type === TYPE.argument || n.type === TYPE.number || n.type === TYPE.date || n.type === TYPE.time) out.add(n.value);
      if (n.type === TYPE.plural || n.type === TYPE.select) {
        out.add(n.value);
        for (const o of Object.values(n.options)) walk(o.value);
      }
      if (n.type === TYPE.tag) walk(n.children);
    }
  };
  walk(parse(message));
  return [...out].sort().join(',');
}

const en = catalogues.en;
for (const l of LOCALES) {
  const c = catalogues[l];
  for (const key of Object.keys(en)) {
    if (!(key in c)) problems.push(`${l}: missing "${key}"`);
    else if (typeof c[key] !== 'string' || !c[key].trim()) problems.push(`${l}: empty "${key}"`);
    else {
      try {
        if (placeholders(c[key]) !== placeholders(en[key])) problems.push(`${l}: "${key}" has placeholders {${placeholders(c[key])}}, English has {${placeholders(en[key])}}`);
      } catch (e) {
        problems.push(`${l}: "${key}" is not valid ICU (${e.message})`);
      }
    }
  }
  for (const key of Object.keys(c)) if (!(key in en)) problems.push(`${l}: "${key}" is not in the English catalogue`);
}

// Keys built at run time from schema enums: every enum value needs a message.
const schema = readFileSync(join(root, '..', '..', 'schema.graphql'), 'utf8');
const enumValues = (name) => {
  const m = schema.match(new RegExp(`enum ${name} \\{([^}]*)\\}`));
  if (!m) throw new Error(`enum ${name} not in schema.graphql`);
  return m[1].split('\n').map((s) => s.trim()).filter((s) => /^[A-Z_]+$/.test(s));
};
const ENUM_KEYS = {
  'function.': 'MentoringFunction',
  'duo.state.': 'RelationshipState',
  'endReason.': 'EarlyEndReason',
  'concern.category.': 'ConcernCategory',
  'application.state.': 'ApplicationState',
  'role.': 'ParticipantRole',
  'wave.': 'SurveyWaveKind',
  'enrolment.status.': 'EnrolmentStatus',
  'fit.': 'FitCheckAnswer',
  'instrument.': 'InstrumentCode',
  'researchWave.': 'SurveyWaveKind',
  'task.kind.': 'TaskKind',
  'notifications.category.': 'MessageCategory',
  'admin.accountStatus.': 'AccountStatus',
  'admin.role.': 'Role',
  'admin.scope.': 'ScopeType',
  'courses.audience.': 'CourseAudience',
  'courses.cluster.': 'CompetencyCluster',
  'courses.kind.': 'QuestionKind',
  'setup.kind.': 'InstitutionKind',
  'platform.mail.status.': 'MailStatus',
};
for (const [prefix, name] of Object.entries(ENUM_KEYS)) for (const v of enumValues(name)) if (!(prefix + v in en)) problems.push(`en: missing "${prefix + v}" (enum ${name})`);

// Every literal key the code uses (t('…')) exists; typecheck also enforces this through MessageId.
const files = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : /\.tsx?$/.test(f) ? [join(d, f)] : []));
const prefixes = new Set();
for (const f of files(join(root, 'src'))) {
  const src = readFileSync(f, 'utf8');
  for (const m of src.matchAll(/\bt\('([\w.]+)'/g)) if (!(m[1] in en)) problems.push(`${f}: key "${m[1]}" is not in the English catalogue`);
  for (const m of src.matchAll(/t\(`([\w.]+\.)\$\{/g)) prefixes.add(m[1]);
}
for (const p of prefixes) if (!(p in ENUM_KEYS)) problems.push(`a key is built from "${p}\${…}" but the check does not know its enum: add it to ENUM_KEYS`);

if (problems.length) {
  console.error(`Message catalogues: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Message catalogues complete: ${Object.keys(en).length} messages in ${LOCALES.join(', ')}.`);
