import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isAbstractType,
  isLeafType,
  isListType,
  isObjectType,
  parse,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { pageSizeArg } from '../lib/args.ts';
import { pushTo } from '../lib/collections.ts';

/**
 * The cost of an operation, computed at the gateway from the coerced variables, before any
 * query plan or subgraph call. The model is the one of the cost directives that federation 2.9
 * composes into the supergraph (`@listSize`, as Apollo Router's demand control reads it):
 *
 * - every object in the response costs 1; scalars and enums cost 0;
 * - a list multiplies the cost of each item by its size: the value of its slicing argument
 *   (`first`, or its SDL default when omitted), else its `assumedSize`; a connection's page size
 *   applies to its `sizedFields` (`nodes`, `edges`), not to `pageInfo`;
 * - lists nest multiplicatively, every alias counts, fields merged under one response key count
 *   once (as they execute); fragments, inline fragments, @skip and @include are followed with the
 *   variables; introspection and `__typename` cost 0.
 */

export interface ListSize {
  assumedSize?: number;
  slicingArguments: string[];
  sizedFields: string[];
}
/** `@listSize` of each field, keyed "Type.field". */
export type ListSizes = ReadonlyMap<string, ListSize>;

/** Fields an operation may expand to (fragments spread many times); past it the walk stops. */
export const MAX_FIELDS_WALKED = 20_000;

/** Reads `@listSize` from the supergraph SDL (the gateway's API schema drops the directive). */
export function listSizesOf(supergraphSdl: string): ListSizes {
  const sizes = new Map<string, ListSize>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'listSize');
      if (!directive) continue;
      const args = Object.fromEntries(directive.arguments?.map((a) => [a.name.value, valueFromASTUntyped(a.value)]) ?? []);
      sizes.set(`${definition.name.value}.${field.name.value}`, {
        assumedSize: args.assumedSize as number | undefined,
        slicingArguments: (args.slicingArguments as string[] | undefined) ?? [],
        sizedFields: (args.sizedFields as string[] | undefined) ?? [],
      });
    }
  }
  return sizes;
}

/** Lists of objects whose size the model does not know: every one must declare `@listSize`. */
export function unsizedLists(schema: GraphQLSchema, sizes: ListSizes): string[] {
  const sizedByParent = new Set<string>();
  for (const [key, rule] of sizes) {
    const [typeName, fieldName] = key.split('.') as [string, string];
    const field = (schema.getType(typeName) as GraphQLObjectType | undefined)?.getFields()[fieldName];
    if (field) for (const sized of rule.sizedFields) sizedByParent.add(`${getNamedType(field.type).name}.${sized}`);
  }
  const unsized: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const rule = sizes.get(key);
      const sized = rule?.assumedSize !== undefined || rule?.slicingArguments.length || sizedByParent.has(key);
      if (isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type)) && !sized) unsized.push(key);
    }
  }
  return unsized;
}

interface Walk {
  schema: GraphQLSchema;
  sizes: ListSizes;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  fieldsWalked: number;
}
interface SizedChildren {
  names: readonly string[];
  size: number;
}

/**
 * The cost of `operation` with these raw variables. Throws BAD_USER_INPUT for variables that do
 * not coerce and for a page size out of range (`lib/args.ts`, the check every subgraph makes).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  sizes: ListSizes,
): number {
  const coerced = getVariableValuesOrThrow(schema, operation, variables);
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost(root, [operation.selectionSet], undefined, { schema, sizes, fragments, variables: coerced, fieldsWalked: 0 });
}

function getVariableValuesOrThrow(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>) {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (result.errors) throw new GraphQLError(result.errors[0]!.message, { extensions: { code: 'BAD_USER_INPUT' } });
  return result.coerced;
}

function selectionCost(type: GraphQLCompositeType, sets: SelectionSetNode[], sized: SizedChildren | undefined, walk: Walk): number {
  // An abstract type costs what its most expensive member does.
  if (isAbstractType(type)) return Math.max(0, ...walk.schema.getPossibleTypes(type).map((t) => selectionCost(t, sets, sized, walk)));
  let cost = 0;
  for (const nodes of collectFields(type, sets, walk).values()) cost += fieldCost(type, nodes, sized, walk);
  return cost;
}

function fieldCost(parent: GraphQLObjectType, nodes: FieldNode[], sizedByParent: SizedChildren | undefined, walk: Walk): number {
  if (++walk.fieldsWalked > MAX_FIELDS_WALKED) throw new TooComplexError();
  const name = nodes[0]!.name.value;
  const field = parent.getFields()[name];
  if (!field || name.startsWith('__')) return 0;
  const type = getNamedType(field.type);
  if (isLeafType(type)) return 0;
  const rule = walk.sizes.get(`${parent.name}.${name}`);
  const page = rule?.slicingArguments.length ? pageSize(field, rule, getArgumentValues(field, nodes[0]!, walk.variables)) : undefined;
  const items = !isListType(getNullableType(field.type))
    ? 1
    : sizedByParent?.names.includes(name)
      ? sizedByParent.size
      : (page ?? rule?.assumedSize ?? 0); // unsizedLists() keeps this last case out of the schema
  const sizedChildren = page !== undefined && rule!.sizedFields.length ? { names: rule!.sizedFields, size: page } : undefined;
  const sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  return items * (1 + selectionCost(type as GraphQLCompositeType, sets, sizedChildren, walk));
}

/** The first slicing argument given (or defaulted in the SDL), range-checked as the subgraphs check it. */
function pageSize(field: GraphQLField<unknown, unknown>, rule: ListSize, args: Record<string, unknown>): number | undefined {
  for (const name of rule.slicingArguments) {
    const fallback = field.args.find((a) => a.name === name)?.defaultValue;
    if (args[name] != null || typeof fallback === 'number') return pageSizeArg(args[name], name, fallback as number);
  }
  return rule.assumedSize;
}

/** The fields of one object under each response key, as execution merges them. */
function collectFields(
  type: GraphQLObjectType,
  sets: SelectionSetNode[],
  walk: Walk,
  fields = new Map<string, FieldNode[]>(),
  visited = new Set<string>(),
) {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (!included(selection, walk.variables)) continue;
      if (selection.kind === Kind.FIELD) {
        pushTo(fields, selection.alias?.value ?? selection.name.value, selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, type, walk)) collectFields(type, [selection.selectionSet], walk, fields, visited);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = walk.fragments.get(selection.name.value);
        if (fragment && applies(fragment.typeCondition.name.value, type, walk))
          collectFields(type, [fragment.selectionSet], walk, fields, visited);
      }
    }
  }
  return fields;
}

function applies(condition: string | undefined, type: GraphQLObjectType, walk: Walk): boolean {
  if (!condition || condition === type.name) return true;
  const conditionType = walk.schema.getType(condition);
  return !!conditionType && isAbstractType(conditionType) && walk.schema.isSubType(conditionType, type);
}

function included(node: SelectionNode, variables: Record<string, unknown>): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** An operation whose fragments expand past MAX_FIELDS_WALKED fields; refused like an over-cost one. */
export class TooComplexError extends Error {
  constructor() {
    super(`The operation expands to more than ${MAX_FIELDS_WALKED} fields.`);
  }
}
