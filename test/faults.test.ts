import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.ts';
import { clientToken } from './support/keys.ts';
import { LEAK } from './support/leaks.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/** One field owned by each subgraph, on a commune the demo knows. */
const FIELD: Record<SubgraphName, string> = {
  geography: 'fullName',
  education: 'schoolMeals(schoolYear: "2024-2025") { pupilsServed }',
  health: 'checkups(year: 2024) { rounds }',
  culture: 'playAreaSummary(year: 2024) { playAreas }',
  labour: 'childPopulation(year: 2024) { total }',
  coverage: 'coverage(year: 2024) { value }',
};
const query = (name: SubgraphName) => `{ commune(code: "01279", date: "2024-12-31") { code ${FIELD[name]} } }`;

let sg: TestSupergraph;
let admin: Record<string, string>;
beforeAll(async () => {
  sg = await startTestSupergraph({ demo: { seed: 3, provinces: ['04'], childrenPerCommune: 5 } });
  admin = { authorization: `Bearer ${await clientToken({ role: 'ADMIN' })}` };
});
afterAll(async () => {
  await sg?.stop();
});

async function renameSchema(name: SubgraphName, broken: boolean) {
  const schema = sg.schemas.settings(name).schema;
  const client = new pg.Client({ connectionString: sg.schemas.url });
  await client.connect();
  try {
    await client.query(broken ? `alter schema "${schema}" rename to "${schema}_x"` : `alter schema "${schema}_x" rename to "${schema}"`);
  } finally {
    await client.end();
  }
}

describe('faults leak nothing', () => {
  it.each(SUBGRAPH_NAMES)('a broken %s database gives a masked error and the rest of the data', async (name) => {
    await renameSchema(name, true);
    try {
      const res = await sg.query(query(name), undefined, admin);
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(res.errors!.every((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')).toBe(true);
      expect(JSON.stringify(res)).not.toMatch(LEAK);
      if (name !== 'geography') expect(res.data.commune.code).toBe('01279'); // only the broken subgraph's field is lost
    } finally {
      await renameSchema(name, false);
    }
    expect((await sg.query(query(name), undefined, admin)).errors).toBeUndefined(); // and it recovers
  });

  it.each(SUBGRAPH_NAMES.filter((n) => n !== 'geography'))(
    'a stopped %s subgraph gives SUBGRAPH_UNAVAILABLE and the rest of the data',
    async (name) => {
      // Stopping is final for this suite, so each subgraph is stopped last, one after another.
      await sg.subgraphs[name].stop();
      const res = await sg.query(query(name), undefined, admin);
      expect(res.data.commune.code).toBe('01279');
      expect(res.errors?.map((e) => e.extensions?.code)).toContain('SUBGRAPH_UNAVAILABLE');
      expect(JSON.stringify(res)).not.toMatch(LEAK);
    },
  );

  it('a stopped geography subgraph leaves a masked error, no data and no leak', async () => {
    await sg.subgraphs.geography.stop();
    const res = await sg.query(query('geography'), undefined, admin);
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('SUBGRAPH_UNAVAILABLE');
    expect(JSON.stringify(res)).not.toMatch(LEAK);
  });
});
