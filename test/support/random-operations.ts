import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Random operations over the API schema for the fuzz test (test/fuzz.test.ts): random fields,
 * arguments of the right type with edge-case values (and realistic ones often enough to reach
 * data), aliases, fragments and variables, and a share of deliberately invalid operations.
 * Drawn through fast-check's `gen`, so a seed reproduces an operation exactly.
 */
export interface RandomOperation {
  query: string;
  variables?: Record<string, unknown>;
  /** Every string that went into the request, so a scan for leaks can ignore what the client itself sent. */
  inputs: string[];
  kind: string;
}

type Draw = fc.GeneratorValue;
/** An argument value: JSON, except that enum values print bare in a literal, and `raw` is a literal JSON cannot hold. */
type Value = null | boolean | number | string | { enum: string } | { raw: string } | Value[] | { [field: string]: Value };

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Values by argument name, realistic first: the demo is Cao Bằng (04) and the directory is the whole country. */
const BY_NAME: Record<string, Value[]> = {
  code: ['01279', '01282', '00004', '17761', '04', '31', '040', '042', '1', '', '0127', '99999', 'abcde', '０１２７９'],
  provinceCode: ['04', '31', '01', '99', '4', '', 'xx'],
  districtCode: ['040', '042', '001', '999', '04', ''],
  codes: [['01279', '01282'], ['04'], [], ['01279', '01279'], ['x']],
  date: [
    '2024-12-31',
    '2025-08-01',
    '2023-06-01',
    '2021-11-01',
    '2026-05-01',
    '2020-01-01',
    '2024-02-30',
    '2024-13-01',
    'today',
    '',
    '9999-12-31',
    '0001-01-01',
  ],
  year: [2024, 2023, 2025, 2022, 2021, 2026, 2020, 0, -1, 2101, 2147483647, -2147483648],
  schoolYear: ['2024-2025', '2023-2024', '2021-2022', '2025-2024', '2024', '', 'năm học'],
  first: [5, 1, 0, 20, 100, 1000, -1, 1001, 2147483647],
  after: [
    b64('k:01279'),
    b64('k:00001'),
    b64('k:[null,"01279","2021-11-01"]'),
    b64('k:[1,"01279","2024-02-30"]'),
    b64('k:zz'),
    b64('k:1'),
    b64('x'),
    '!!!',
    '',
  ],
  indicator: [
    'CHECKUP_COVERAGE',
    'MEAL_COVERAGE',
    'SPECIAL_CIRCUMSTANCE_SUPPORT',
    'POOR_HOUSEHOLD_SUPPORT',
    'FUND_PER_CHILD_IN_NEED',
    'PLAY_AREA_COVERAGE',
    'NOPE',
    '',
  ],
  indicators: [['CHECKUP_COVERAGE'], ['SPECIAL_CIRCUMSTANCE_SUPPORT', 'MEAL_COVERAGE'], [], ['NOPE']],
};
const STRINGS: Value[] = [
  '',
  ' ',
  'a',
  'Ngọc Xuân',
  '日本語',
  '👶🏽',
  'x'.repeat(300),
  "' or 1=1 --",
  '\\',
  '"',
  '\u0000',
  '%s%n',
  '-1',
  '1e9',
];
const INTS: Value[] = [0, 1, -1, 7, 2024, 1000, 2147483647, -2147483648];
const FLOATS: Value[] = [0, -0.5, 1.5, 90, 100, 1e300, -1e300, { raw: '1e400' }, { raw: '-1e999' }];

interface Build {
  g: Draw;
  schema: GraphQLSchema;
  fragments: string[];
  variables: { name: string; type: string; value: Value }[];
  inputs: string[];
  counter: number;
  /** Make one argument wrong-typed (an invalid operation). */
  wrongType: boolean;
}

/** Unbiased: fast-check leans towards the ends of a range, which would make every `p` a coin toss. */
const chance = (g: Draw, p: number) => g(() => fc.noBias(fc.integer({ min: 0, max: 9_999 }))) < p * 10_000;
const pick = <T>(g: Draw, values: readonly T[]): T => values[g(fc.nat, { max: values.length - 1 })]!;

function valueFor(b: Build, type: GraphQLInputType, name: string, depth = 0): Value {
  const nullable = !isNonNullType(type);
  const inner = getNullableType(type);
  if (nullable && chance(b.g, 0.05)) return null;
  if (isListType(inner)) {
    if (BY_NAME[name] && chance(b.g, 0.6)) return pick(b.g, BY_NAME[name]!);
    const length = b.g(fc.nat, { max: 3 });
    return Array.from({ length }, () => valueFor(b, inner.ofType, name, depth + 1));
  }
  if (isInputObjectType(inner)) {
    const fields: Record<string, Value> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) || chance(b.g, 0.5)) fields[field.name] = valueFor(b, field.type, field.name, depth + 1);
    }
    return fields;
  }
  if (isEnumType(inner)) {
    return chance(b.g, 0.95) ? { enum: pick(b.g, inner.getValues()).name } : { enum: 'NOT_A_VALUE' };
  }
  if (BY_NAME[name] && chance(b.g, 0.8)) return pick(b.g, BY_NAME[name]!);
  switch (inner.name) {
    case 'Int':
      return chance(b.g, 0.7) ? pick(b.g, INTS) : b.g(fc.integer);
    case 'Float':
      return chance(b.g, 0.7) ? pick(b.g, FLOATS) : b.g(fc.double, { noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return b.g(fc.boolean);
    case 'Date':
      return pick(b.g, BY_NAME.date!);
    default: // String, ID
      return chance(b.g, 0.7) ? pick(b.g, STRINGS) : b.g(fc.string, { unit: 'grapheme', maxLength: 12 });
  }
}

/** A value of the wrong kind for `type`: a string for a number, a number for a string or a Date, a string for an enum. */
function wrongValueFor(b: Build, type: GraphQLInputType): Value {
  const inner = getNamedType(type);
  if (inner.name === 'Int' || inner.name === 'Float' || inner.name === 'Boolean') return 'x';
  if (isEnumType(inner)) return pick(b.g, ['LOWER_case', 'nope', 5] as Value[]);
  if (isInputObjectType(inner)) return pick(b.g, [5, 'x', { nope: 1 }] as Value[]);
  // An Int literal is a valid ID (GraphQL coerces it): `fundDonor(id: 5)` was drawn as "wrong" at run 6,852 of 10,000.
  if (inner.name === 'ID') return pick(b.g, [true, 1.5] as Value[]);
  return pick(b.g, [20240101, 5, true, 1.5] as Value[]); // String, Date
}

function literal(value: Value, inputs: string[]): string {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    inputs.push(value);
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, inputs)).join(', ')}]`;
  if ('enum' in value && typeof value.enum === 'string') {
    inputs.push(value.enum);
    return value.enum;
  }
  if ('raw' in value && typeof value.raw === 'string') return value.raw;
  return `{ ${Object.entries(value)
    .map(([k, v]) => `${k}: ${literal(v, inputs)}`)
    .join(', ')} }`;
}

/** As JSON for `variables`: enum values become their names. */
const json = (value: Value): unknown =>
  value === null || typeof value !== 'object'
    ? value
    : Array.isArray(value)
      ? value.map(json)
      : 'enum' in value && typeof value.enum === 'string'
        ? value.enum
        : 'raw' in value && typeof value.raw === 'string'
          ? value.raw
          : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, json(v as Value)]));

function argumentsOf(b: Build, args: readonly GraphQLArgument[]): string {
  const parts: string[] = [];
  for (const arg of args) {
    if (!isNonNullType(arg.type) && !chance(b.g, 0.6)) continue;
    let value = valueFor(b, arg.type, arg.name);
    let wrong = false;
    if (b.wrongType && chance(b.g, 0.5)) {
      value = wrongValueFor(b, arg.type);
      b.wrongType = false;
      wrong = true;
    }
    // A wrong literal is refused whatever runs; a wrong Date variable only where its field runs.
    if (!wrong && chance(b.g, 0.2)) {
      const name = `v${b.counter++}`;
      b.variables.push({ name, type: String(arg.type), value });
      parts.push(`${arg.name}: $${name}`);
    } else {
      parts.push(`${arg.name}: ${literal(value, b.inputs)}`);
    }
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selectionSet(b: Build, type: GraphQLCompositeType, depth: number): string {
  const parts = ['__typename']; // always asked, so the test can tell what each object is
  if (isAbstractType(type)) {
    const possible = b.schema.getPossibleTypes(type);
    if (possible.length) {
      const t = pick(b.g, possible);
      parts.push(`... on ${t.name} ${selectionSet(b, t, depth)}`);
    }
    return `{ ${parts.join(' ')} }`;
  }
  const fields = Object.values(type.getFields());
  // Indices, not the fields themselves: fast-check compares drawn values, and schema objects are cyclic.
  const chosen = b
    .g(
      fc.shuffledSubarray,
      fields.map((_, i) => i),
      { minLength: 1, maxLength: Math.min(3, fields.length) },
    )
    .map((i) => fields[i]!);
  // The way to child-level data is often enough taken, or a few hundred runs would rarely reach it.
  for (const field of fields) if (TOWARDS_CHILDREN.has(field.name) && !chosen.includes(field) && chance(b.g, 0.3)) chosen.push(field);
  for (const field of chosen) {
    const named = getNamedType(field.type);
    const composite = !isLeafType(named);
    if (composite && depth >= 3) continue;
    const alias = chance(b.g, 0.2) ? `a${b.counter++}: ` : '';
    const sub = composite ? ` ${selectionSet(b, named as GraphQLCompositeType, depth + 1)}` : '';
    let selection = `${alias}${field.name}${argumentsOf(b, field.args)}${sub}`;
    if (chance(b.g, 0.1)) selection = `... on ${type.name} { ${selection} }`;
    else if (chance(b.g, 0.05)) {
      const name = `F${b.counter++}`;
      b.fragments.push(`fragment ${name} on ${type.name} { ${selection} }`);
      selection = `...${name}`;
    }
    parts.push(selection);
  }
  return `{ ${parts.join(' ')} }`;
}

const TOWARDS_CHILDREN = new Set(['commune', 'childRecords', 'childRecordAudit', 'nodes']);

/** Kinds of invalid operation, each a client mistake the gateway must answer with a 4xx code. */
const INVALID = [
  'unknown field',
  'wrong argument type',
  'wrong variable type',
  'undeclared variable',
  'syntax',
  'mutation',
  'subscription',
  'ambiguous',
] as const;

export function randomOperation(g: Draw, schema: GraphQLSchema): RandomOperation {
  const kind = chance(g, 0.2) ? pick(g, INVALID) : 'valid';
  const b: Build = { g, schema, fragments: [], variables: [], inputs: [], counter: 0, wrongType: kind === 'wrong argument type' };
  let body = selectionSet(b, schema.getQueryType()!, 0);
  // Now and then a commune the demo holds, with child records below it: random arguments would
  // rarely name one, and the test must see child-level data refused and served.
  if (chance(g, 0.15)) {
    const page = schema.getType('ChildRecordPage') as GraphQLCompositeType;
    body = body.replace(
      '{ __typename',
      `{ __typename demo: commune(code: "01279", date: "2024-12-31") { childRecords(year: 2024) ${selectionSet(b, page, 2)} }`,
    );
  }
  // No argument was drawn to be made wrong: add one that is.
  if (b.wrongType) body = body.replace('{ __typename', '{ __typename commune(code: 1279) { code }');
  if (kind === 'unknown field') body = body.replace('{ __typename', '{ __typename nope');
  if (kind === 'undeclared variable') body = body.replace('{ __typename', '{ __typename viewer @include(if: $nowhere) { role }');
  const variables: Record<string, unknown> = {};
  for (const v of b.variables) variables[v.name] = json(v.value);
  if (kind === 'wrong variable type') {
    b.variables.push({ name: 'wrong', type: 'Date', value: null });
    variables.wrong = pick(g, [20240101, true, { y: 2024 }, ['2024-01-01']]);
    body = body.replace('{ __typename', '{ __typename commune(code: "01279", date: $wrong) { code }');
  }
  const declared = b.variables.length ? `(${b.variables.map((v) => `$${v.name}: ${v.type}`).join(', ')})` : '';
  const keyword = kind === 'mutation' || kind === 'subscription' ? kind : 'query';
  let query = [`${keyword} Fuzz${declared} ${body}`, ...b.fragments].join('\n');
  if (kind === 'ambiguous') query = `${query}\nquery Other { viewer { role } }`;
  if (kind === 'syntax') query = query.slice(0, g(fc.nat, { max: Math.max(0, query.length - 2) }));
  return { query, variables: b.variables.length ? variables : undefined, inputs: b.inputs, kind };
}
