import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { GraphQLError, getNamedType, getOperationAST, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../bench/scenarios.ts';
import { listSizesOf, operationCost, TooComplexError, unsizedLists } from '../gateway/cost.ts';
import { startGateway, DEFAULT_SUPERGRAPH_PATH, type RunningGateway } from '../gateway/server.ts';
import { sha256 } from '../gateway/persisted-queries.ts';
import { MAX_PAGE_SIZE } from '../lib/args.ts';
import { SUBGRAPH_NAMES, gatewayEnvSchema, parseConfig, type SubgraphName } from '../lib/config.ts';
import { PAGE as REFRESH_PAGE } from '../subgraphs/coverage/refresh.ts';
import { postGraphQL } from './support/graphql.ts';
import { clientToken, gatewayHeaders, testSecurity } from './support/keys.ts';
import { testLogger } from './support/silent-logger.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';
import { QUESTIONS } from '../scripts/plan-questions.ts';

const SUPERGRAPH = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
const SIZES = listSizesOf(SUPERGRAPH);
const BUDGETS = parseConfig(gatewayEnvSchema, {}).limits.cost;

/** Every province, each with a page of communes, each with its lineage two levels deep. */
const NATIONAL = `query National($n: Int) { provinces(date: "2024-12-31") { communes(first: $n) {
  nodes { code predecessors { commune { code successors { commune { code } } } } } } } }`;

describe('the cost model', () => {
  let schema: GraphQLSchema;
  let gateway: ApolloGateway;
  beforeAll(async () => {
    gateway = new ApolloGateway({ supergraphSdl: SUPERGRAPH });
    schema = (await gateway.load()).schema;
  });
  afterAll(async () => {
    await gateway?.stop();
  });
  const cost = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return operationCost(schema, document, getOperationAST(document)!, variables, SIZES);
  };

  it.each([
    [
      'a page size multiplies the connection’s nodes, not its pageInfo',
      '{ communes(first: 10) { totalCount pageInfo { hasNextPage } nodes { code } } }',
      {},
      1 + 1 + 10,
    ],
    ['an omitted page size is the SDL default (50)', '{ communes { nodes { code } } }', {}, 1 + 50],
    ['a variable page size is read from the variables', 'query($n: Int) { communes(first: $n) { nodes { code } } }', { n: 1000 }, 1 + 1000],
    ['an omitted variable leaves the SDL default', 'query($n: Int) { communes(first: $n) { nodes { code } } }', {}, 1 + 50],
    ['a variable’s default value counts', 'query($n: Int = 700) { communes(first: $n) { nodes { code } } }', {}, 1 + 700],
    [
      'nested lists multiply',
      '{ provinces { communes(first: 10) { nodes { predecessors { code } } } } }',
      {},
      63 * (1 + 1 + 10 * (1 + 15)),
    ],
    ['every alias counts', '{ a: communes(first: 10) { nodes { code } } b: communes(first: 10) { nodes { code } } }', {}, 2 * 11],
    [
      'fields merged under one response key count once',
      '{ communes(first: 10) { nodes { code } } communes(first: 10) { nodes { name } } }',
      {},
      11,
    ],
    [
      'fragments and inline fragments are followed',
      'query($n: Int) { ...Q } fragment Q on Query { communes(first: $n) { ... on CommuneConnection { nodes { code } } } }',
      { n: 20 },
      21,
    ],
    [
      '@skip and @include read the variables',
      'query($big: Boolean!) { communes(first: 1000) @include(if: $big) { nodes { code } } provinces @skip(if: $big) { code } }',
      { big: false },
      63,
    ],
    [
      'a reporting page sizes its communes, not its districts',
      '{ reportingStatus(agency: LABOUR, year: 2024, first: 10) { pageInfo { hasNextPage } communes { commune { code } } districts { state } } }',
      {},
      1 + 1 + 10 * 2 + 705,
    ],
    ['scalars, enums, __typename and introspection cost nothing', '{ __typename viewer { role area } __schema { types { name } } }', {}, 1],
  ])('%s', (_, query, variables, expected) => {
    expect(cost(query, variables)).toBe(expected);
  });

  it.each([
    ['a literal page size over the maximum', `{ communes(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`, {}, 'first'],
    ['a variable page size over the maximum', NATIONAL, { n: 1_000_000_000 }, 'first'],
    ['a negative page size', 'query($n: Int) { communes(first: $n) { totalCount } }', { n: -1 }, 'first'],
  ])('refuses %s as BAD_USER_INPUT naming the argument', (_, query, variables, argument) => {
    expect(() => cost(query, variables)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument }) }),
    );
  });

  it('refuses variables that do not coerce as BAD_USER_INPUT', () => {
    let error: unknown;
    try {
      cost('query($n: Int) { communes(first: $n) { totalCount } }', { n: 'many' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    expect((error as GraphQLError).message).toMatch(/\$n/);
  });

  it('stops walking fragments that expand past the field budget', () => {
    // Each fragment spreads the next one twice: 2^20 fields from a few hundred tokens.
    const fragments = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on Commune { predecessors { commune { ...F${i + 1} } } successors { commune { ...F${i + 1} } } }`,
    );
    expect(() => cost(`{ commune(code: "00004") { ...F0 } } ${fragments.join(' ')} fragment F20 on Commune { code }`)).toThrow(
      TooComplexError,
    );
  });

  it('knows the size of every list of objects in the schema', () => {
    expect(unsizedLists(schema, SIZES)).toEqual([]);
  });

  it('gives every `first` argument a default and a slicing @listSize', () => {
    const paged = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((f) => f.args.some((a) => a.name === 'first'))
          .map((f) => ({ key: `${type.name}.${f.name}`, field: f })),
      );
    expect(paged.map((p) => p.key).sort()).toEqual([
      'Commune.childRecords',
      'District.communes',
      'ImportBatch.rejectedRows',
      'Province.communes',
      'Query.childRecordAudit',
      'Query.communeCoverage',
      'Query.communes',
      'Query.cultureImportBatches',
      'Query.educationImportBatches',
      'Query.fundDonations',
      'Query.healthImportBatches',
      'Query.labourImportBatches',
      'Query.placeSearch',
      'Query.reportingStatus',
    ]);
    for (const { key, field } of paged) {
      expect(SIZES.get(key)?.slicingArguments, key).toEqual(['first']);
      expect(field.args.find((a) => a.name === 'first')!.defaultValue, key).toBeTypeOf('number');
      const returned = getNamedType(field.type);
      for (const sized of SIZES.get(key)!.sizedFields)
        expect(isObjectType(returned) && returned.getFields()[sized], `${key} → ${sized}`).toBeTruthy();
    }
  });

  describe("the project's own operations fit their budgets", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const portal = JSON.parse(readFileSync(new URL('../schema/persisted-queries/commune-portal.json', import.meta.url), 'utf8'));
    const anonymous: [string, string][] = [
      ...[...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => [`README example ${i + 1}`, m[1]!] as [string, string]),
      ...portal.operations.map((o: { name: string; query: string }) => [`persisted ${o.name}`, o.query]),
    ];
    const signedIn: [string, string, Record<string, unknown>][] = [
      [
        'the coverage refresh page (ADMIN)',
        REFRESH_PAGE,
        { date: '2024-12-31', province: '04', after: null, year: 2024, schoolYear: '2024-2025' },
      ],
      // The questions as the script asks them (some are built from a template, so read the values, not the source).
      ...QUESTIONS.map((q, i) => [`plan question ${i + 1} (ADMIN)`, q.query, {}] as [string, string, Record<string, unknown>]),
      ...SCENARIOS.map(
        (s) =>
          [
            `bench ${s.id}. ${s.title} (MINISTRY)`,
            s.query,
            s.variables({ pageCommunes: [{ code: '01279', date: '2024-12-31' }] } as never, 0),
          ] as [string, string, Record<string, unknown>],
      ),
    ];

    it('finds every operation it measures', () => {
      expect(anonymous.length).toBeGreaterThanOrEqual(8);
      expect(signedIn.length).toBeGreaterThanOrEqual(12);
    });
    it.each(anonymous)('%s, anonymous', (_, query) => {
      expect(cost(query, { code: '01279', date: '2024-12-31', year: 2024, schoolYear: '2024-2025' })).toBeLessThanOrEqual(
        BUDGETS.anonymous,
      );
    });
    it.each(signedIn)('%s, signed in', (_, query, variables) => {
      expect(cost(query, variables)).toBeLessThanOrEqual(BUDGETS.signedIn);
    });
    it('measures the largest as documented (docs/security.md)', () => {
      expect(cost(REFRESH_PAGE, signedIn[0]![2])).toBe(13_502);
      expect(cost(SCENARIOS[0]!.query, { date: '2024-12-31', year: 2024 })).toBe(693_126);
      expect(cost('{ communeCoverage(year: 2024, first: 1000) { nodes { commune { name } values { indicator value } } } }')).toBe(12_001);
    });
  });
});

describe('the cost limit at the gateway', () => {
  let sg: TestSupergraph;
  beforeAll(async () => {
    sg = await startTestSupergraph({ demo: { seed: 3, provinces: ['04'], childrenPerCommune: 3 } });
  });
  afterAll(async () => {
    await sg?.stop();
  });
  const subgraphRequests = () => SUBGRAPH_NAMES.reduce((sum, n) => sum + sg.subgraphs[n].graphqlRequests.count, 0);
  const bearer = async (role: string) => ({ authorization: `Bearer ${await clientToken({ role })}` });

  const ALIASES = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: provinces { communes(first: 1000) { nodes { predecessors { commune { successors { commune { code } } } } } } }`).join(' ')} }`;
  const FRAGMENTS = `query($n: Int) { ...Q } fragment Q on Query { provinces { ... on Province { communes(first: $n) { ...Page } } } }
    fragment Page on CommuneConnection { nodes { code predecessors { commune { code } } } }`;
  const NESTED_VARIABLES = `query($outer: Int, $inner: Int) { communes(date: "2024-12-31", first: $outer) {
    nodes { province { communes(first: $inner) { nodes { code } } } } } }`;

  it.each([
    ['a national nested query with `first: $n`', NATIONAL, { n: 1000 }, 'ANONYMOUS'],
    ['the 30-alias variant', ALIASES, {}, 'ANONYMOUS'],
    ['the 30-alias variant with a token', ALIASES, {}, 'ANALYST'],
    ['nested lists sized by variables', NESTED_VARIABLES, { outer: 1000, inner: 1000 }, 'ANALYST'],
    ['fragments and inline fragments', FRAGMENTS, { n: 1000 }, 'ANONYMOUS'],
    ['a default-valued variable', NATIONAL.replace('$n: Int', '$n: Int = 1000'), {}, 'ANONYMOUS'],
  ])('refuses %s with COST_LIMIT_EXCEEDED before any subgraph is called', async (_, query, variables, role) => {
    const before = subgraphRequests();
    const res = await sg.query(query, variables, role === 'ANONYMOUS' ? {} : await bearer(role));
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    const maxCost = role === 'ANONYMOUS' ? BUDGETS.anonymous : BUDGETS.signedIn;
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', maxCost, cost: expect.any(Number) });
    expect(res.errors![0]!.extensions!.cost as number).toBeGreaterThan(maxCost);
    expect(res.errors![0]!.message).toContain(`costs ${res.errors![0]!.extensions!.cost}, more than the ${maxCost} allowed`);
    expect(subgraphRequests()).toBe(before);
  });

  it('refuses a huge `first: $n` as BAD_USER_INPUT naming the argument, before any subgraph is called', async () => {
    const before = subgraphRequests();
    const res = await sg.query(NATIONAL, { n: 1_000_000_000 });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(subgraphRequests()).toBe(before);
  });

  it('refuses variables that do not coerce as BAD_USER_INPUT, before any subgraph is called', async () => {
    const before = subgraphRequests();
    const res = await sg.query(NATIONAL, { n: 'many' });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/"\$n"/);
    expect(subgraphRequests()).toBe(before);
  });

  const OVERSIZED_PAGES: [string, string][] = [
    ['Query.communes', `{ communes(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`],
    ['Province.communes', `{ province(code: "04", date: "2024-12-31") { communes(first: ${MAX_PAGE_SIZE + 1}) { totalCount } } }`],
    ['District.communes', `{ district(code: "040", date: "2024-12-31") { communes(first: ${MAX_PAGE_SIZE + 1}) { totalCount } } }`],
    ['Query.communeCoverage', `{ communeCoverage(year: 2024, first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`],
    ['Query.reportingStatus', `{ reportingStatus(agency: LABOUR, year: 2024, first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`],
    ['Query.childRecordAudit', `{ childRecordAudit(first: ${MAX_PAGE_SIZE + 1}) { hasNextPage } }`],
    [
      'Commune.childRecords',
      `{ commune(code: "01279", date: "2024-12-31") { childRecords(year: 2024, first: ${MAX_PAGE_SIZE + 1}) { totalCount } } }`,
    ],
  ];
  it.each(OVERSIZED_PAGES)('refuses a page of %s over the maximum at the gateway, before any subgraph is called', async (_, query) => {
    const before = subgraphRequests();
    const res = await sg.query(query, undefined, await bearer('ADMIN'));
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(subgraphRequests()).toBe(before);
  });

  const representation = { __typename: 'Commune', code: '01279', validFrom: '2021-11-01', validUntil: '2025-06-30' };
  const AT_SUBGRAPH: [string, SubgraphName, string, Record<string, unknown>?][] = [
    ['Query.communes', 'geography', OVERSIZED_PAGES[0]![1]],
    ['Province.communes', 'geography', OVERSIZED_PAGES[1]![1]],
    ['District.communes', 'geography', OVERSIZED_PAGES[2]![1]],
    ['Query.communeCoverage', 'coverage', OVERSIZED_PAGES[3]![1]],
    ['Query.reportingStatus', 'coverage', OVERSIZED_PAGES[4]![1]],
    ['Query.childRecordAudit', 'labour', OVERSIZED_PAGES[5]![1]],
    [
      'Commune.childRecords',
      'labour',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { childRecords(year: 2024, first: ${MAX_PAGE_SIZE + 1}) { totalCount } } } }`,
      { r: [representation] },
    ],
  ];
  it.each(AT_SUBGRAPH)('caps a page of %s in its subgraph too (%s)', async (_, name, query, variables) => {
    const res = await postGraphQL(sg.subgraphs[name].url, query, variables, await gatewayHeaders());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('answers a legitimate large operation: the national report with a MINISTRY token', async () => {
    const national = SCENARIOS.find((s) => s.id === 'a')!;
    const res = await sg.query(national.query, national.variables({} as never, 0), await bearer('MINISTRY'));
    expect(res.errors).toBeUndefined();
    expect(res.data.provinces).toHaveLength(63);
    expect(res.data.provinces.reduce((sum: number, p: any) => sum + p.communes.totalCount, 0)).toBe(10_599);
  });

  it('answers a page of 1,000 communes with every indicator without a token', async () => {
    const res = await sg.query(
      '{ communeCoverage(year: 2024, provinceCode: "04", first: 1000) { totalCount nodes { commune { name } values { indicator value } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.communeCoverage.nodes).toHaveLength(res.data.communeCoverage.totalCount);
    expect(res.data.communeCoverage.nodes[0].values).toHaveLength(10);
  });

  it('answers the largest README example without a token', async () => {
    const res = await sg.query(`{ reportingStatus(agency: LABOUR, year: 2024, provinceCode: "04") {
      summary { expected onTime late missing } districts { district { name } state } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.reportingStatus.districts.length).toBeGreaterThan(0);
  });

  describe('through a persisted query', () => {
    let dir: string;
    let atlas: RunningGateway;
    const client = { 'apollographql-client-name': 'atlas' };
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'persisted-'));
      writeFileSync(
        join(dir, 'atlas.json'),
        JSON.stringify({ client: 'atlas', safelist: true, operations: [{ name: 'National', query: NATIONAL }] }),
      );
      const config = parseConfig(gatewayEnvSchema, {
        PORT: '0',
        PERSISTED_QUERIES_DIR: dir,
        ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, sg.subgraphs[n].url])),
      });
      atlas = await startGateway(config, testLogger('gateway'), await testSecurity(true));
    });
    afterAll(async () => {
      await atlas?.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    const byHash = (variables: Record<string, unknown>) =>
      fetch(atlas.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...client },
        body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(NATIONAL) } } }),
      }).then(async (r) => ({ status: r.status, ...((await r.json()) as { data?: any; errors?: any[] }) }));

    it('costs a registered operation with the variables sent alongside its hash', async () => {
      const before = subgraphRequests();
      const refused = await byHash({ n: 1000 });
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', maxCost: BUDGETS.anonymous });
      expect(subgraphRequests()).toBe(before);
      const cheap = await byHash({ n: 0 }); // the same hash, within budget: the hash itself resolves
      expect(cheap.errors).toBeUndefined();
      expect(cheap.data.provinces).toHaveLength(63);
    });
  });
});
