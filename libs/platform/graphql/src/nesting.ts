import type { IncomingMessage, ServerResponse } from 'node:http';

/** Deepest bracket nesting (`{`, `[`, `(`) a GraphQL document may have; the depth limit keeps real queries far below. */
export const MAX_DOCUMENT_NESTING = 64;

/**
 * How deep `{`, `[` and `(` nest in a GraphQL document, outside strings, block strings and
 * comments. One linear pass, so it can run before the (recursive) parser: a document of thousands
 * of nested list literals would otherwise overflow graphql-js's stack while parsing.
 */
export function documentNesting(source: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        i += 3;
        while (i < source.length && !source.startsWith('"""', i)) i += source.startsWith('\\"""', i) ? 4 : 1;
        i += 2;
      } else {
        i++;
        while (i < source.length && source[i] !== '"' && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      depth++;
      if (depth > max) max = depth;
    } else if (c === '}' || c === ']' || c === ')') {
      depth = Math.max(0, depth - 1);
    }
  }
  return max;
}

type Req = IncomingMessage & { body?: unknown; query?: unknown };

/**
 * Express middleware for the GraphQL path: refuses a document nested deeper than `max` with the
 * answer Apollo gives any unparsable document (HTTP 400, GRAPHQL_PARSE_FAILED).
 */
export function documentNestingGuard(max = MAX_DOCUMENT_NESTING) {
  return (req: Req, res: ServerResponse, next: () => void): void => {
    const fromBody = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as { query?: unknown }).query : undefined;
    const fromUrl = req.query && typeof req.query === 'object' ? (req.query as { query?: unknown }).query : undefined;
    const query = typeof fromBody === 'string' ? fromBody : typeof fromUrl === 'string' ? fromUrl : undefined;
    if (query === undefined || documentNesting(query) <= max) return next();
    res.statusCode = 400;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ errors: [{ message: `Syntax Error: the document nests deeper than ${max} levels.`, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] }));
  };
}
