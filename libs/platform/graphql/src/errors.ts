import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PlatformError, type ErrorCategory } from '@m4pris/platform-core';

/** The one place a domain error category becomes a GraphQL `extensions.code`. */
export function graphqlCode(category: ErrorCategory): string {
  switch (category) {
    case 'BAD_USER_INPUT':
      return 'BAD_USER_INPUT';
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
    case 'FORBIDDEN':
      return 'FORBIDDEN';
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'CONFLICT':
      return 'CONFLICT';
    case 'MODULE_UNAVAILABLE':
      return 'MODULE_UNAVAILABLE';
    case 'MODULE_DISABLED':
      return 'MODULE_DISABLED';
    case 'RATE_LIMITED':
      return 'RATE_LIMITED';
    case 'INTERNAL':
      return 'INTERNAL_SERVER_ERROR';
    default: {
      const never: never = category;
      return never;
    }
  }
}

/** Codes Apollo/graphql-js produce for malformed requests; passed through unchanged. */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/** graphql-js's error when a request's variables hold more than 50 invalid values. */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';

/**
 * A code for the errors graphql-js and Apollo raise about the request itself without giving one
 * (Apollo then calls them INTERNAL_SERVER_ERROR): too many invalid variable values, a persisted
 * query whose hash does not match. Such an error is a GraphQLError of their own making (no original
 * error) and is about no field of the response (no path); a resolver's error always has a path.
 */
function requestErrorCode(original: unknown, formatted: GraphQLFormattedError): { code: string; field?: string } | undefined {
  // By name too: graphql's CommonJS and ESM builds are different classes.
  if (!(original instanceof GraphQLError || (original instanceof Error && original.name === 'GraphQLError'))) return undefined;
  if ((original as GraphQLError).originalError || formatted.path) return undefined;
  if (formatted.extensions?.code !== undefined && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR') return undefined;
  if (original.message === TOO_MANY_VARIABLE_ERRORS) return { code: 'BAD_USER_INPUT', field: 'variables' };
  const http = ((original as GraphQLError).extensions?.http as { status?: number } | undefined)?.status;
  if (http !== undefined && http >= 400 && http < 500) return { code: 'BAD_REQUEST' };
  return undefined;
}

/**
 * `extensions.fields` of a BAD_USER_INPUT: every invalid field with its message (the first is also
 * the error's own `field` and `message`); an error about one field lists that one.
 */
function fieldsOf(e: PlatformError): { fields?: { field: string; message: string }[] } {
  if (e.category !== 'BAD_USER_INPUT') return {};
  if (e.fields?.length) return { fields: e.fields.map((f) => ({ field: f.field, message: f.message })) };
  return e.field ? { fields: [{ field: e.field, message: e.message }] } : {};
}

/**
 * Apollo `formatError`: domain errors get their code, message (already in the caller's language,
 * see Bus) and the field they are
 * about; GraphQL's own request errors pass through; everything else is masked (no stack traces).
 */
export function makeFormatError(opts: { log: (err: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof PlatformError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: graphqlCode(original.category),
          reason: original.code,
          ...(original.field ? { field: original.field } : {}),
          ...fieldsOf(original),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: ext };
    }
    if (original instanceof GraphQLError && !original.originalError && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: ext };
    }
    const request = requestErrorCode(original, formatted);
    if (request) {
      return { message: formatted.message, locations: formatted.locations, extensions: request };
    }
    opts.log(original);
    return { message: 'Internal error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
