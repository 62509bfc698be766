import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of the web app: nothing from another origin. Styles allow inline
 * `style` attributes and the `<style>` element the component kit writes its CSS variables into;
 * scripts only from the app's own files.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths the gateway answers itself; everything else that is a GET may be the web app's. */
const API_PREFIXES = ['/graphql', '/health', '/metrics', '/auth/'];

type Next = (err?: unknown) => void;

/**
 * Serves the built web app (`apps/web/dist`): hashed files under /assets/ with a year's immutable
 * cache, other files and index.html revalidated every time, and index.html for any other GET that
 * accepts HTML (client-side routes). Every answer carries the CSP and the usual hardening headers.
 */
export function webAppHandler(root: string) {
  const index = join(root, 'index.html');
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (API_PREFIXES.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : p + '/'))) return next();
    const file = normalize(join(root, path));
    const inside = file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
    let target: string | undefined;
    if (inside && path !== '/' && existsSync(file) && statSync(file).isFile()) target = file;
    else if (path.startsWith('/assets/') || extname(path)) {
      // A missing asset is a 404, not the app shell (a stale tab asking for an old chunk).
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      return res.end('Not found');
    } else if ((req.headers.accept ?? '*/*').includes('text/html') || (req.headers.accept ?? '').includes('*/*')) target = index;
    else return next();
    res.setHeader('content-security-policy', WEB_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    res.setHeader('content-type', TYPES[extname(target)] ?? 'application/octet-stream');
    const hashed = target.startsWith(join(root, 'assets') + sep);
    res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (req.method === 'HEAD') return res.end();
    res.end(readFileSync(target));
  };
}

/** `apps/web/dist` when it has been built (the launchers pass it on; absent: no web app). */
export function findWebRoot(candidates: string[]): string | undefined {
  return candidates.find((d) => existsSync(join(d, 'index.html')));
}
