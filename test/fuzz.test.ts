import fc from 'fast-check';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_ERROR_CODES } from '../lib/errors.ts';
import { ROLES, type Role } from '../lib/auth/viewer.ts';
import { LEAK } from './support/leaks.ts';
import { clientToken } from './support/keys.ts';
import { randomOperation, type RandomOperation } from './support/random-operations.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/**
 * Schema-aware fuzzing at the edge: a few hundred random operations built from the API schema
 * (valid ones with edge-case arguments, and invalid ones), as every role, against a supergraph
 * with demo data. FUZZ_SEED reproduces a run; FUZZ_RUNS makes it longer.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Types that hold child-level data, and the roles that may see each. */
const CHILD_LEVEL: Record<string, Role[]> = {
  ChildRecordPage: ['OFFICER', 'ADMIN'],
  ChildRecord: ['OFFICER', 'ADMIN'],
  ChildSupportRecord: ['OFFICER', 'ADMIN'],
  ChildRecordAuditPage: ['ADMIN'],
  ChildRecordAuditEntry: ['ADMIN'],
};

let sg: TestSupergraph;
let schema: GraphQLSchema;
const logs: string[] = [];
const headers = {} as Record<Role, Record<string, string>>;

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: { seed: 5, provinces: ['04'], childrenPerCommune: 4 }, logs, logLevel: 'warn' });
  for (const role of ROLES) {
    headers[role] =
      role === 'ANONYMOUS'
        ? {}
        : {
            authorization: `Bearer ${await clientToken({ subject: `fuzz-${role}`, role, area: role === 'OFFICER' ? ['04@2024-12-31'] : undefined })}`,
          };
  }
  schema = buildClientSchema((await sg.query(getIntrospectionQuery(), undefined, headers.ADMIN)).data);
});
afterAll(async () => {
  await sg?.stop();
});

/** Every object in the response with the type it says it is (each selection asks `__typename`). */
function* typedObjects(value: unknown): Generator<{ __typename: string }> {
  if (Array.isArray(value)) for (const v of value) yield* typedObjects(v);
  else if (value && typeof value === 'object') {
    if (typeof (value as { __typename?: unknown }).__typename === 'string') yield value as { __typename: string };
    for (const v of Object.values(value)) yield* typedObjects(v);
  }
}

function* strings(value: unknown, key?: string): Generator<string> {
  if (typeof value === 'string' && key !== '__typename') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, k);
}

/** The response text without what the client sent itself, which error messages may quote. */
function withoutInputs(text: string, op: RandomOperation): string {
  const sent = [...op.inputs, ...Object.values(op.variables ?? {}).map((v) => JSON.stringify(v))].filter((s) => s.length >= 3);
  for (const s of sent) {
    for (const form of [s, JSON.stringify(s).slice(1, -1), JSON.stringify(JSON.stringify(s).slice(1, -1)).slice(1, -1)]) {
      text = text.split(form).join('');
    }
  }
  return text;
}

/** What the run reached, so a generator that never gets near child-level data fails rather than passes. */
const reached = { childRecords: new Set<Role>(), forbidden: new Set<Role>(), audit: new Set<Role>() };

async function check(op: RandomOperation, role: Role) {
  const res = await fetch(sg.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers[role] },
    body: JSON.stringify({ query: op.query, variables: op.variables }),
  });
  const text = await res.text();
  const where = `${role} ${op.kind}: ${op.query} ${JSON.stringify(op.variables ?? {})}\n→ ${res.status} ${text.slice(0, 600)}`;
  expect(res.status, where).toBeLessThan(500);
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  for (const error of body.errors ?? []) {
    expect(error.extensions?.code, where).not.toBe('INTERNAL_SERVER_ERROR');
    expect(PUBLIC_ERROR_CODES.has(error.extensions?.code ?? ''), where).toBe(true);
  }
  if (op.kind !== 'valid') expect(body.errors?.length ?? 0, where).toBeGreaterThan(0);
  // The strings of errors and data: numbers (a column or a count after a colon) and type names
  // (CommuneConnection) are the schema's own and would pass for ports and ECONN.
  const said = [...strings(body.errors), ...strings(body.data)].join('\n');
  expect(withoutInputs(said, op), where).not.toMatch(LEAK);
  for (const object of typedObjects(body.data)) {
    const allowed = CHILD_LEVEL[object.__typename];
    if (allowed) expect(allowed, `${object.__typename} answered to ${where}`).toContain(role);
    if (object.__typename === 'ChildRecordPage') reached.childRecords.add(role);
    if (object.__typename === 'ChildRecordAuditPage') reached.audit.add(role);
  }
  if (body.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')) reached.forbidden.add(role);
}

describe('random operations at the edge', () => {
  it(
    `never answer 5xx, INTERNAL_SERVER_ERROR, a leak or child-level data to the wrong role (seed ${SEED}, ${RUNS} runs)`,
    async () => {
      console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} reproduces this run)`);
      await fc.assert(
        fc.asyncProperty(fc.gen(), fc.constantFrom(...ROLES), async (g, role) => check(randomOperation(g, schema), role)),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      const errors = logs.filter((line) => JSON.parse(line).level >= 50);
      expect(errors.slice(0, 3).join('\n')).toBe('');
      console.log('reached', Object.fromEntries(Object.entries(reached).map(([k, v]) => [k, [...v].sort()])));
      expect([...reached.childRecords].sort()).toEqual(['ADMIN', 'OFFICER']);
      expect([...reached.forbidden].sort()).toEqual(['ANALYST', 'ANONYMOUS', 'MINISTRY', 'OFFICER']);
    },
    // 300 operations take seconds on an idle machine; the bound is for shared, loaded ones, and grows
    // with FUZZ_RUNS (a fixed 5 minutes stopped `npm run fuzz`'s 10,000 whatever --testTimeout said).
    Math.max(300_000, RUNS * 360),
  );
});
