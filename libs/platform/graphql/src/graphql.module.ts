import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { DynamicModule, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, Kind, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

type Request = IncomingMessage;
import type { RequestContext, SessionAccount } from '@m4pris/platform-core';
import { describeActiveSpan, graphqlDuration } from '@m4pris/platform-observability';
import { Loaders, type GqlContext } from './context.js';
import { makeFormatError } from './errors.js';

export interface GatewayGraphqlOptions {
  /** GraphQL Nest modules of the enabled modules; nothing else is in the schema. */
  modules: Type[];
  production: boolean;
  introspection: boolean;
  /** GraphiQL at GET /graphql (developer mode only; never by NODE_ENV). */
  explorer?: boolean;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Builds the caller's context from the HTTP request (token, locale, trace, client address), with the account the session check read. */
  context: (req: Request) => Promise<{ ctx: RequestContext; account?: SessionAccount }>;
  logError: (err: unknown) => void;
}

/** Most tokens a GraphQL document may have (graphql-js stops parsing beyond). */
export const MAX_TOKENS = 5000;

/**
 * Refuses an operation whose type the schema lacks (a `subscription` on a schema without
 * subscriptions), which graphql-js only notices while executing, as an untyped error.
 */
export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }));
      }
    },
  };
}

/** Apollo through Nest, hardened: depth, cost, alias and token limits; no batching; masked errors. */
export function gatewayGraphqlModule(o: GatewayGraphqlOptions): DynamicModule {
  const armor = new ApolloArmor({
    maxDepth: { enabled: true, n: o.maxDepth, ignoreIntrospection: true },
    costLimit: { enabled: true, maxCost: o.maxCost },
    // `__typename` aliases count too (armor allows them by default): a flood of them is still a flood.
    maxAliases: { enabled: true, n: o.maxAliases, allowList: [] },
    maxDirectives: { enabled: true, n: 20 },
    // Armor's token limit is an Apollo plugin that throws while parsing, which Apollo answers with
    // HTTP 500 (and a stack overflow's message) for every syntax error; graphql-js's own parser
    // option (below) refuses the same documents as GRAPHQL_PARSE_FAILED with HTTP 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: o.production },
  }).protect();
  return GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloDriver,
    autoSchemaFile: true,
    sortSchema: true,
    include: o.modules,
    path: '/graphql',
    introspection: o.introspection,
    graphiql: o.explorer ?? false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Apollo's ESM and CJS typings differ for the same plugin objects (dual-package types).
    parseOptions: { maxTokens: MAX_TOKENS },
    // No landing page: Apollo's loads its explorer from a CDN (blank offline). The web app bundles
    // its own explorer at /explorer, and the gateway sends a browser asking for /graphql there.
    plugins: [...armor.plugins, metricsPlugin(), ApolloServerPluginLandingPageDisabled()] as never[],
    validationRules: [...armor.validationRules, knownOperationTypes],
    context: async ({ req }: { req: Request }): Promise<GqlContext> => {
      const { ctx, account } = await o.context(req);
      return account ? { ctx, loaders: new Loaders(), account } : { ctx, loaders: new Loaders() };
    },
    formatError: makeFormatError({ log: o.logError }),
  });
}

/**
 * The label an operation is counted under: the first root field it selects that the schema has
 * (`login`, `me`, ...), `introspection` for `__schema`/`__type`/`__typename`, or `invalid` when it
 * never parsed or validated. Never the client-chosen operation name: every value is bounded by the
 * schema, so a client cannot grow the metrics (a 1 MB operation name was a memory bomb).
 */
export function boundedOperationLabel(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined, fragments: Record<string, FragmentDefinitionNode>): string {
  if (!operation) return 'invalid';
  const root = schema.getRootType(operation.operation);
  if (!root) return 'invalid';
  const fields = root.getFields();
  const seen = new Set<string>();
  const first = (set: SelectionSetNode): string | undefined => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (Object.hasOwn(fields, sel.name.value)) return sel.name.value;
        if (sel.name.value.startsWith('__')) return 'introspection';
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const f = first(sel.selectionSet);
        if (f) return f;
      } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const frag = fragments[sel.name.value];
        const f = frag ? first(frag.selectionSet) : undefined;
        if (f) return f;
      }
    }
    return undefined;
  };
  return first(operation.selectionSet) ?? 'invalid';
}

function metricsPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      const end = graphqlDuration.startTimer();
      let label = 'invalid';
      return {
        async didResolveOperation(rc) {
          const type = rc.operation?.operation ?? 'unknown';
          label = rc.operation ? `${type} ${boundedOperationLabel(rc.schema, rc.operation, rc.document ? fragmentsOf(rc.document) : {})}` : 'invalid';
          // The gateway's HTTP span is named after the bounded label too (`POST /graphql mutation login`).
          describeActiveSpan(`POST /graphql ${label}`, { 'graphql.operation.name': (rc.operationName ?? 'anonymous').slice(0, 100), 'graphql.operation.type': type });
        },
        async willSendResponse(rc) {
          end({ operation: label, outcome: rc.errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}

function fragmentsOf(doc: DocumentNode): Record<string, FragmentDefinitionNode> {
  const out: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) out[d.name.value] = d;
  return out;
}
