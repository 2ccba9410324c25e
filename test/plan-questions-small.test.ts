import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANS, planSections, type Question } from '../scripts/plan-questions.ts';
import { clientToken } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/**
 * The plans' questions added for issue 17 (Cao Bằng's region-III targets, Hải Dương, Hồng Ngự,
 * Thanh Lĩnh), asked of a small demo, for when `npm start`'s full demo cannot be refreshed in
 * time: writes the markdown sections docs/questions.md quotes. Its own run, not part of npm test:
 *
 *   PLAN_QUESTIONS_SMALL=/tmp/sections.md npx vitest run test/plan-questions-small.test.ts
 */
const OUT = process.env.PLAN_QUESTIONS_SMALL;
const DEMO = { seed: 17, provinces: ['87', '04', '40', '30'], childrenPerCommune: 20 };

describe.skipIf(!OUT)('the plans’ questions on a small demo', () => {
  let sg: TestSupergraph;
  beforeAll(async () => {
    sg = await startTestSupergraph({ demo: DEMO });
  }, 900_000);
  afterAll(async () => {
    await sg?.stop();
  });

  it('answers every question of the four plans and writes their sections', async () => {
    const ask = async (query: string, as?: Question['as']) => {
      const token = await clientToken({ subject: 'plan-questions', role: as?.role ?? 'ADMIN', ...(as?.area ? { area: as.area } : {}) });
      const res = await sg.query(query, {}, { authorization: `Bearer ${token}` });
      expect(res.errors).toBeUndefined();
      return res.data;
    };
    const fresh = (q: Question) => q.plan !== 'CAO_BANG' || q.title.startsWith("Cao Bằng's extremely difficult communes");
    const plans = ['CAO_BANG', 'HAI_DUONG', 'HONG_NGU', 'THANH_LINH'] as const;
    const sections = await planSections(ask, [...plans], fresh);
    for (const p of plans) expect(sections.some((s) => s.startsWith(`## ${PLANS[p].heading}`))).toBe(true);
    writeFileSync(OUT!, sections.join('\n'));
  }, 300_000);
});
