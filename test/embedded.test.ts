import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedServer, type EmbeddedServer } from '../scripts/embedded-db.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/**
 * The embedded default (`npm start` with no database configured): the same services on
 * PGlite served over the wire protocol, whatever server the rest of the suite uses.
 */
let embedded: EmbeddedServer;
let sg: TestSupergraph;
beforeAll(async () => {
  embedded = await startEmbeddedServer({ dataDir: undefined, port: 0 });
  sg = await startTestSupergraph({
    demo: { seed: 3, provinces: ['04'], childrenPerCommune: 15 },
    settings: (name) => ({ url: embedded.url, schema: name, poolMax: 2 }),
  });
});
afterAll(async () => {
  await sg?.stop();
  await embedded?.stop();
});

describe('the embedded backend (PGlite)', () => {
  it('answers the acceptance query', async () => {
    const res = await sg.query(`{ a: commune(code: "00004", date: "2024-06-01") { name district { name } }
      b: commune(code: "00004", date: "2025-08-01") { name district { name } } }`);
    expect(res.data).toEqual({ a: { name: 'Trúc Bạch', district: { name: 'Ba Đình' } }, b: { name: 'Ba Đình', district: null } });
  });

  it('serves every subgraph for a demo commune', async () => {
    const res = await sg.query(`{ commune(code: "01279", date: "2023-12-31") { name
      childPopulation(year: 2023) { total } checkups(year: 2023) { reported }
      schoolMeals(schoolYear: "2023-2024") { schools } playAreaSummary(year: 2023) { playAreas } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.commune.name).toBe('Ngọc Xuân');
    expect(res.data.commune.childPopulation.total).toBeGreaterThan(0);
    expect(res.data.commune.schoolMeals.schools).toBeGreaterThan(0);
  });

  it('searches names with the same index (no extension needed)', async () => {
    const res = await sg.query(`{ placeSearch(name: "thanh linh", levels: [COMMUNE]) { matches { code match } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.placeSearch.matches).toContainEqual({ code: '17761', match: 'EXACT' });
  });
});
