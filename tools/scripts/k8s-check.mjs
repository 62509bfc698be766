#!/usr/bin/env node
// Offline checks of the deployment files (npm run k8s:check, run by .ci/run):
//   1. every Kustomize overlay under infra/k8s/overlays renders (`kubectl kustomize`, needs kubectl
//      ≥ 1.21 for Components);
//   2. every rendered object validates against the Kubernetes JSON schemas of its apiVersion/kind
//      (npm `kubernetes-models`, `@kubernetes-models/prometheus-operator`: no network);
//   3. a module an overlay leaves out leaves nothing behind (no object, name, label, env value or
//      image naming it), and each module it includes is complete (Deployment, Service, ConfigMap,
//      PodDisruptionBudget, NetworkPolicy, migration Job) and listed in the gateway's MODULES;
//   4. infra/compose/compose.yaml is structurally sound (the docker client here has no compose
//      plugin, so `docker compose config` cannot run): images, profiles, depends_on targets;
//   5. the alert rules are well-formed, pass `promtool check rules` and the unit tests in
//      infra/monitoring/alerts.test.yaml (`promtool test rules`), and each alert is documented in
//      docs/operations.md;
//   6. the examples parse and their core objects validate.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { MODULE_NAMES } from '@m4pris/modules-registry';

const root = join(import.meta.dirname, '..', '..');
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);
let validated = 0;

// ---------------------------------------------------------------------------------------------
// kubectl

function kubectl(args) {
  return execFileSync('kubectl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}
try {
  const v = JSON.parse(kubectl(['version', '--client', '-o', 'json']));
  const minor = Number(String(v.clientVersion?.minor ?? '0').replace(/\D.*$/, ''));
  if (Number(v.clientVersion?.major) === 1 && minor < 21) {
    console.error(`kubectl ${v.clientVersion.gitVersion} embeds a Kustomize without Components; kubectl ≥ 1.21 is needed (see .ci/run).`);
    process.exit(1);
  }
  console.log(`kubectl ${v.clientVersion?.gitVersion}, kustomize ${v.kustomizeVersion ?? '?'}`);
} catch (e) {
  console.error(`kubectl is not available (${e.message.split('\n')[0]}): install it (.ci/run installs Debian's kubernetes-client when missing).`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Schemas

/** apiVersion/kind → the model class of kubernetes-models (or a CRD package), loaded on demand. */
async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const candidates =
    group === 'monitoring.coreos.com'
      ? [`@kubernetes-models/prometheus-operator/${group}/${version}/${kind}`]
      : [group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`];
  for (const c of candidates) {
    try {
      const mod = await import(c);
      if (mod[kind]) return mod[kind];
    } catch {
      // try the next one
    }
  }
  return undefined;
}

async function validate(where, obj) {
  if (!obj || typeof obj !== 'object') return fail(where, 'not an object');
  const id = `${obj.kind}/${obj.metadata?.name}`;
  const Model = await modelFor(obj.apiVersion ?? '', obj.kind ?? '');
  if (!Model) return fail(where, `${id}: no schema for ${obj.apiVersion} ${obj.kind}`);
  try {
    new Model(obj).validate();
    validated++;
  } catch (e) {
    fail(where, `${id}: ${e.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Overlays

const mentions = (text, m) => new RegExp(`(^|[^a-z])${m}([^a-z]|$)`).test(text);
const overlaysDir = join(root, 'infra/k8s/overlays');
const overlays = readdirSync(overlaysDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
if (overlays.length === 0) fail('infra/k8s/overlays', 'no overlay');
for (const name of overlays) {
  const where = `overlay ${name}`;
  let rendered;
  try {
    rendered = kubectl(['kustomize', join(overlaysDir, name)]);
  } catch (e) {
    fail(where, `kubectl kustomize failed: ${e.stderr || e.message}`);
    continue;
  }
  const objects = parseAllDocuments(rendered).map((d) => d.toJSON()).filter(Boolean);
  for (const o of objects) await validate(where, o);

  const gatewayConfig = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('gateway-config'));
  const enabled = (gatewayConfig?.data?.MODULES ?? '').split(',').filter(Boolean);
  if (enabled.length === 0) fail(where, 'the gateway ConfigMap has no MODULES');
  const deployed = objects.filter((o) => o.kind === 'Deployment' && o.metadata.labels?.['app.kubernetes.io/component'] === 'service').map((o) => o.metadata.name);
  if ([...deployed].sort().join() !== [...enabled].sort().join()) fail(where, `gateway MODULES=${enabled.join(',')} but service Deployments are ${deployed.join(',')}`);
  for (const m of enabled) {
    if (!MODULE_NAMES.includes(m)) fail(where, `MODULES lists unknown module ${m}`);
    for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'NetworkPolicy', 'Job', 'ConfigMap']) {
      if (!objects.some((o) => o.kind === kind && o.metadata.labels?.['app.kubernetes.io/name'] === m || (o.kind === kind && o.metadata.name.startsWith(`${m}-config`)))) {
        fail(where, `module ${m} has no ${kind}`);
      }
    }
    const dep = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === m);
    const c = dep?.spec.template.spec.containers[0];
    if (c && (!c.readinessProbe || !c.livenessProbe || !c.resources?.requests || !c.resources?.limits)) fail(where, `module ${m}: probes or resources missing`);
  }
  for (const m of MODULE_NAMES.filter((x) => !enabled.includes(x))) {
    for (const o of objects) {
      const text = JSON.stringify(o);
      if (mentions(text, m)) fail(where, `${m} is left out, yet ${o.kind}/${o.metadata.name} names it`);
    }
  }
  // A Deployment an HPA scales carries no replicas (base or overlay): every `kubectl apply` would
  // reset the count the HPA chose.
  for (const hpa of objects.filter((o) => o.kind === 'HorizontalPodAutoscaler' && o.spec?.scaleTargetRef?.kind === 'Deployment')) {
    const dep = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === hpa.spec.scaleTargetRef.name);
    if (dep && dep.spec.replicas !== undefined) fail(where, `Deployment/${dep.metadata.name} sets replicas (${dep.spec.replicas}) but HorizontalPodAutoscaler/${hpa.metadata.name} scales it`);
  }
  for (const ing of objects.filter((o) => o.kind === 'Ingress')) {
    if (!ing.spec?.ingressClassName) fail(where, `Ingress/${ing.metadata.name} has no ingressClassName (no controller may pick it up)`);
    if (!(ing.spec?.tls ?? []).every((t) => t.secretName)) fail(where, `Ingress/${ing.metadata.name}: a TLS entry without its secretName`);
  }
  // Only the gateway takes traffic from outside: every other ingress rule has a source.
  for (const np of objects.filter((o) => o.kind === 'NetworkPolicy')) {
    const open = (np.spec.ingress ?? []).some((r) => !r.from || r.from.length === 0);
    if (open && np.spec.podSelector?.matchLabels?.['app.kubernetes.io/name'] !== 'gateway') fail(where, `NetworkPolicy/${np.metadata.name} opens ingress from anywhere`);
  }
  if (!objects.some((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'default-deny')) fail(where, 'no default-deny NetworkPolicy');
  console.log(`${where}: ${objects.length} objects, modules ${enabled.join(', ')}; left out: ${MODULE_NAMES.filter((x) => !enabled.includes(x)).join(', ') || 'none'}`);
}

// ---------------------------------------------------------------------------------------------
// Compose

{
  const where = 'infra/compose/compose.yaml';
  const c = parse(readFileSync(join(root, where), 'utf8'));
  const services = c.services ?? {};
  for (const [name, s] of Object.entries(services)) {
    if (!s.image) fail(where, `${name} has no image`);
    for (const dep of Object.keys(s.depends_on ?? {})) {
      if (!services[dep]) fail(where, `${name} depends on missing ${dep}`);
      const depProfiles = services[dep]?.profiles ?? [];
      if (depProfiles.length && !(s.profiles ?? []).every((p) => depProfiles.includes(p))) fail(where, `${name} depends on ${dep}, which is not in all its profiles`);
    }
  }
  for (const m of MODULE_NAMES) {
    if (!services[m]?.profiles?.includes(m) || !services[`${m}-migrate`]?.profiles?.includes(m)) fail(where, `${m}: service and migrate step need the profile ${m}`);
    if (services[m]?.depends_on?.[`${m}-migrate`]?.condition !== 'service_completed_successfully') fail(where, `${m} does not wait for its migration`);
    if (services[`${m}-migrate`]?.command?.[0] !== 'migrate') fail(where, `${m}-migrate does not run migrate`);
  }
  if (!services.gateway?.environment?.MODULES) fail(where, 'the gateway has no MODULES');
  // Refuse to start rather than guess: no default database password, no default module list.
  if (!/^\$\{MODULES:\?/.test(services.gateway?.environment?.MODULES ?? '')) fail(where, 'the gateway MODULES must be required (${MODULES:?…}), not defaulted');
  for (const [name, s] of Object.entries(services)) {
    if (/POSTGRES_PASSWORD:-/.test(JSON.stringify(s))) fail(where, `${name} defaults POSTGRES_PASSWORD; it must be required (\${POSTGRES_PASSWORD:?…})`);
  }
  if (services.gateway?.profiles) fail(where, 'the gateway must run in every profile');
  const nats = readFileSync(join(root, 'infra/compose/nats.conf'), 'utf8');
  if (!/sync_interval:\s*always/.test(nats)) fail('infra/compose/nats.conf', 'JetStream must fsync every write (sync_interval: always) on a single node');
  console.log(`${where}: ${Object.keys(services).length} services`);
}

// ---------------------------------------------------------------------------------------------
// Alerts

{
  const where = 'infra/monitoring/alerts.yaml';
  const rules = parse(readFileSync(join(root, where), 'utf8'));
  const docs = readFileSync(join(root, 'docs/operations.md'), 'utf8');
  let n = 0;
  for (const g of rules.groups ?? []) {
    for (const r of g.rules ?? []) {
      n++;
      if (!r.alert || !r.expr || !r.labels?.severity || !r.annotations?.summary || !r.annotations?.description) fail(where, `rule ${r.alert ?? '?'} lacks alert/expr/severity/summary/description`);
      if (r.alert && !docs.includes(r.alert)) fail(where, `${r.alert} is not documented in docs/operations.md`);
    }
  }
  if (n === 0) fail(where, 'no rules');
  const promtool = [process.env.PROMTOOL, 'promtool', '/usr/local/bin/promtool', '/usr/bin/promtool'].find((p) => {
    if (!p) return false;
    try {
      execFileSync(p, ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  if (promtool) {
    for (const args of [['check', 'rules', where], ['test', 'rules', 'infra/monitoring/alerts.test.yaml']]) {
      try {
        execFileSync(promtool, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        fail(where, `promtool ${args.join(' ')}: ${e.stdout ?? ''}${e.stderr ?? e.message}`);
      }
    }
    console.log(`${where}: promtool check rules + test rules passed`);
  } else if (process.env.CI === 'true') {
    fail(where, 'promtool is missing (CI=true): .ci/run extracts it from Debian\'s prometheus package');
  } else {
    process.stderr.write(`[m4pris] NOT RUN: promtool check/test of ${where} (no promtool; set PROMTOOL or see .ci/run)\n`);
  }
  await validate(where, parse(readFileSync(join(root, 'infra/k8s/monitoring/prometheusrule.yaml'), 'utf8')));
  console.log(`${where}: ${n} alerts`);
}

// ---------------------------------------------------------------------------------------------
// Examples

{
  const dir = join(root, 'infra/k8s/examples/cloudnativepg');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
    const where = `examples/cloudnativepg/${f}`;
    for (const o of parseAllDocuments(readFileSync(join(dir, f), 'utf8')).map((d) => d.toJSON()).filter(Boolean)) {
      if (o.apiVersion === 'postgresql.cnpg.io/v1') {
        // CRD without a schema package here: shape only.
        if (!['Cluster', 'ScheduledBackup', 'Pooler'].includes(o.kind) || !o.metadata?.name || !o.spec) fail(where, `unexpected ${o.kind}`);
      } else await validate(where, o);
    }
  }
  if (!existsSync(join(dir, 'cluster.yaml'))) fail('examples/cloudnativepg', 'cluster.yaml missing');
}

if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nk8s check: ${validated} objects valid against their schemas; every left-out module leaves nothing behind`);
