import { createServer, type Server } from 'node:http';
import { metricsRegistry, type HealthRegistry, type Logger } from '@m4pris/platform-observability';

export interface OpsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * The operations endpoints of a service process (distributed mode), on their own port:
 *   GET /health       readiness: every registered component (NATS, the database, the service
 *                     itself) up → 200, else 503; the body says which one is down
 *   GET /health/live  liveness: the process answers → 200 (a NATS or database outage is not a
 *                     reason to restart it; it reconnects on its own)
 *   GET /metrics      Prometheus text format (prom-client registry of the process)
 * Plain node:http: nothing here needs a framework, and it answers while Nest is still starting.
 */
export async function startOpsServer(o: { host: string; port: number; health: HealthRegistry; logger: Logger }): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
    if (path === '/health/live') return send(200, 'application/json', '{"status":"alive"}');
    if (path === '/health' || path === '/health/ready') {
      void o.health.report().then(
        (r) => send(r.status === 'ok' ? 200 : 503, 'application/json', JSON.stringify(r)),
        (e: unknown) => send(503, 'application/json', JSON.stringify({ status: 'degraded', reason: (e as Error).message })),
      );
      return;
    }
    if (path === '/metrics') {
      void metricsRegistry.metrics().then(
        (text) => send(200, metricsRegistry.contentType, text),
        (e: unknown) => send(500, 'text/plain', String((e as Error).message)),
      );
      return;
    }
    send(404, 'text/plain', 'not found\n');
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  o.logger.info({ port }, 'ops endpoints listening (/health, /health/live, /metrics)');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
