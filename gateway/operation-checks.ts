import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, print, type DocumentNode, type GraphQLSchema, type ValidationRule, type ValueNode } from 'graphql';
import { badUserInput } from '../lib/errors.ts';
import type { GatewayContext } from './context.ts';

// TypeInfo checks types with instanceof, so it must come from the graphql instance that built the
// gateway's schema: the CommonJS one Apollo loads (a loader that prefers graphql's ES build, as
// the test runner does, would otherwise hand this module a second copy).
const { TypeInfo, getNullableType, isScalarType, visit, visitWithTypeInfo } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

/**
 * Client mistakes the gateway would otherwise only meet while planning or inside a subgraph,
 * where they surface as a 500 or as SUBGRAPH_UNAVAILABLE: caught here as 4xx with a code,
 * before any subgraph is called.
 */
export function operationChecks() {
  return { validationRules: [knownOperationTypes], plugin };
}

/** An operation type the schema has no root for (subscriptions); graphql-js 16 leaves it to execution. */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This graph has no ${node.operation} operations.`, { nodes: [node] }));
    }
  },
});

/**
 * Scalars written as strings, and how to say so. The gateway's copy of a custom scalar accepts
 * any literal; the subgraph's refuses a non-string one in validation, which the gateway can
 * only report as the subgraph failing.
 */
const STRING_SCALARS: Record<string, string> = { Date: 'a calendar date written as a string, "YYYY-MM-DD"' };

const plugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request, document, schema }) {
        if (!operation) {
          const message = request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : 'Must provide operation name if query contains multiple operations.';
          throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        }
        const wrong = firstBadLiteral(schema, document);
        if (wrong) {
          const error = badUserInput(wrong.argument, `must be ${wrong.expected}, got ${print(wrong.node)}`);
          throw new GraphQLError(error.message, { nodes: [wrong.node], extensions: { ...error.extensions, http: { status: 400 } } });
        }
      },
    };
  },
};

/**
 * What graphql-js validation lets through but the gateway cannot pass on: a non-string literal
 * for a string scalar, and a Float literal too large for a double (1e400 parses to Infinity,
 * which the gateway then fails to serialise for the subgraph).
 */
function firstBadLiteral(schema: GraphQLSchema, document: DocumentNode) {
  const typeInfo = new TypeInfo(schema);
  let found: { argument: string; expected: string; node: ValueNode } | undefined;
  let objectField: string | undefined;
  const check = (node: ValueNode) => {
    // Entering a list already moved TypeInfo to the item type; the list itself is its parent's.
    const type = getNullableType(node.kind === Kind.LIST ? typeInfo.getParentInputType() : typeInfo.getInputType());
    if (found || !isScalarType(type)) return;
    const argument = objectField ?? typeInfo.getArgument()?.name ?? '?';
    if (type.name in STRING_SCALARS && node.kind !== Kind.STRING && node.kind !== Kind.VARIABLE && node.kind !== Kind.NULL) {
      found = { argument, expected: STRING_SCALARS[type.name]!, node };
    } else if (type.name === 'Float' && (node.kind === Kind.FLOAT || node.kind === Kind.INT) && !Number.isFinite(Number(node.value))) {
      found = { argument, expected: 'a finite number', node };
    }
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      ObjectField: { enter: (node) => void (objectField = node.name.value), leave: () => void (objectField = undefined) },
      IntValue: check,
      FloatValue: check,
      BooleanValue: check,
      EnumValue: check,
      ListValue: check,
      ObjectValue: check,
    }),
  );
  return found;
}
