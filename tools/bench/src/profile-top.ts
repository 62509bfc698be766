// The top of a V8 CPU profile (the `.cpuprofile` that `--cpu-prof DIR` of bench:gateway/bench:load
// makes the standalone process write): where the samples landed, by function (self time) and by
// package (self time, and "under": samples with that package anywhere on the stack).
//
//   node tools/bench/dist/profile-top.js FILE.cpuprofile [--top 25] [--json]
//   node tools/bench/dist/profile-top.js FILE.cpuprofile --callers writeBuffer [--depth 8]   (who calls it)
//   node tools/bench/dist/profile-top.js FILE.cpuprofile --last 20   (only the last 20 s: the load window)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
/**
 * Keeps only the samples of the last `seconds` before the profile's end (the load window: the
 * platform stops right after it), so start-up and seeding do not blur the picture.
 */
export function lastSeconds(p: Profile, seconds: number | undefined): Profile {
  if (!seconds) return p;
  const from = p.endTime - seconds * 1e6;
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] ?? 0;
    if (t < from) continue;
    samples.push(p.samples[i]!);
    timeDeltas.push(timeDeltas.length === 0 ? 0 : (p.timeDeltas[i] ?? 0));
  }
  return { ...p, samples, timeDeltas, startTime: from };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** A short owner for a script URL: the npm package, the workspace package, node's internals or V8. */
export function packageOf(url: string): string {
  if (!url) return '(v8/native)';
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 14).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const ws = /\/(libs\/[^/]+\/[^/]+|libs\/testing|apps\/[^/]+|tools\/[^/]+)\//.exec(path);
  return ws ? ws[1]! : path;
}

const SPECIAL = new Set(['(garbage collector)', '(idle)', '(program)', '(root)']);

/** The call stacks (innermost first, `depth` frames) under which a function matching `name` spent its self time. */
export function callersOf(p: Profile, name: string, depth: number, top: number) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<string, number>();
  let busy = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    const node = byId.get(p.samples[i]!)!;
    if (node.callFrame.functionName !== '(idle)') busy += dt;
    // the innermost frame on the stack that matches
    let id: number | undefined = node.id;
    while (id !== undefined && !byId.get(id)!.callFrame.functionName.includes(name)) id = parent.get(id);
    if (id === undefined) continue;
    const frames: string[] = [];
    for (let k = 0; id !== undefined && k < depth; id = parent.get(id), k++) {
      const f = byId.get(id)!.callFrame;
      frames.push(`${f.functionName || '(anonymous)'}${f.url ? ` ${packageOf(f.url)}:${f.lineNumber + 1}` : ''}`);
    }
    const key = frames.join(' ← ');
    stacks.set(key, (stacks.get(key) ?? 0) + dt);
  }
  return [...stacks.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([stack, us]) => ({ stack, ms: Math.round(us / 100) / 10, share: Math.round((us / busy) * 1000) / 10 }));
}

export function summarise(p: Profile, top: number) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const pkgSelf = new Map<string, number>();
  const pkgUnder = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    const node = byId.get(p.samples[i]!)!;
    const f = node.callFrame;
    total += dt;
    if (f.functionName === '(idle)') {
      idle += dt;
      continue;
    }
    const owner = SPECIAL.has(f.functionName) ? f.functionName : packageOf(f.url);
    const fn = `${f.functionName || '(anonymous)'} ${f.url ? `${owner}:${f.lineNumber + 1}` : ''}`.trim();
    self.set(fn, (self.get(fn) ?? 0) + dt);
    pkgSelf.set(owner, (pkgSelf.get(owner) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const cf = byId.get(id)!.callFrame;
      if (!cf.url) continue;
      const o = packageOf(cf.url);
      if (seen.has(o)) continue;
      seen.add(o);
      pkgUnder.set(o, (pkgUnder.get(o) ?? 0) + dt);
    }
  }
  const busy = total - idle;
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10, share: Math.round((us / busy) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), busyMs: Math.round(busy / 1000), functions: rows(self), packagesSelf: rows(pkgSelf), packagesUnder: rows(pkgUnder) };
}

function main(): void {
  const { values, positionals } = parseArgs({
    options: { top: { type: 'string', default: '25' }, json: { type: 'boolean', default: false }, callers: { type: 'string' }, depth: { type: 'string', default: '8' }, last: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new Error('usage: profile-top FILE.cpuprofile [--top 25] [--json] [--last SECONDS] [--callers FUNCTION [--depth 8]]');
  const profile = lastSeconds(JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile, values.last ? Number(values.last) : undefined);
  if (values.callers) {
    for (const r of callersOf(profile, values.callers, Number(values.depth), Number(values.top))) process.stdout.write(`${r.share.toFixed(1).padStart(5)} %  ${r.ms.toFixed(0).padStart(7)} ms  ${r.stack}\n`);
    return;
  }
  const s = summarise(profile, Number(values.top));
  const table = (title: string, rows: { name: string; ms: number; share: number }[]) =>
    [`${title}`, ...rows.map((r) => `${r.share.toFixed(1).padStart(5)} %  ${r.ms.toFixed(0).padStart(7)} ms  ${r.name}`), ''].join('\n');
  process.stdout.write(
    [
      `profile: ${s.totalMs} ms sampled, ${s.busyMs} ms not idle (shares below are of the busy time)`,
      '',
      table('self time by function', s.functions),
      table('self time by package', s.packagesSelf),
      table('time under a package (anywhere on the stack)', s.packagesUnder),
    ].join('\n'),
  );
  if (values.json) process.stdout.write(JSON.stringify({ benchmark: 'profile-top', file: positionals[0], ...s }) + '\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
