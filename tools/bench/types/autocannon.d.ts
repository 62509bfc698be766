// Minimal typings for the parts of autocannon v8 the bench uses (the package ships none).
declare module 'autocannon' {
  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p99: number;
  }
  export interface Result {
    duration: number;
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    '2xx': number;
  }
  export interface Options {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    /** Requests per second across all connections (a fixed arrival rate instead of as fast as possible). */
    overallRate?: number;
    duration?: number;
    timeout?: number;
    verifyBody?: (body: string) => boolean;
  }
  export interface Instance {
    stop(): void;
    /** Emitted for every completed response, synchronously before `verifyBody` sees its body. */
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
  }
  export default function autocannon(opts: Options, done: (err: Error | null, result: Result) => void): Instance;
}
