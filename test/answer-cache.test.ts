import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../lib/db.ts';
import { refreshAll } from '../scripts/refresh-coverage.ts';
import { writeDatasetInfo } from '../subgraphs/geography/db/repository.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import type { GeographyDB } from '../subgraphs/geography/db/tables.ts';
import { clientToken } from './support/keys.ts';
import { SMALL_DEMO, startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/** The national report's shape (bench scenario a), on the small demo's province: its communes of the date, every indicator of the year. */
const REPORT = `query Report($date: Date!, $year: Int!) {
  provinces: provinces(date: $date) { code }
  province(code: "04", date: $date) { code communes(date: $date, first: 1000) {
    nodes { code validFrom coverage(year: $year) { indicator value numerator status refreshedAt } } } }
}`;
const report = (year: number) => ({ date: `${year}-12-31`, year });
interface Value {
  indicator: string;
  value: number | null;
  numerator: number | null;
  status: string;
  refreshedAt: string | null;
}
type Report = { province: { code: string; communes: { nodes: { code: string; coverage: Value[] }[] } } };
const values = (data: Report) => data.province.communes.nodes.flatMap((c) => c.coverage);

let sg: TestSupergraph;
const as: Record<string, Record<string, string>> = {};

async function ask(viewer: string, year: number) {
  const res = await sg.query<Report>(REPORT, report(year), as[viewer]);
  expect(res.errors).toBeUndefined();
  return { data: res.data!, cache: res.headers.get('answer-cache') };
}

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: SMALL_DEMO, gatewayEnv: { ANSWER_CACHE_MIB: '64' } });
  const token = async (role: string, area?: string[]) => ({
    authorization: `Bearer ${await clientToken({ role, area, subject: `${role}-${area ?? ''}` })}`,
  });
  as.ADMIN = await token('ADMIN');
  as.ANALYST = await token('ANALYST');
  as.ANALYST2 = { authorization: `Bearer ${await clientToken({ role: 'ANALYST', subject: 'another analyst' })}` };
  as.OFFICER = await token('OFFICER', ['04@2025-07-01']);
  as.OTHER_OFFICER = await token('OFFICER', ['31@2025-07-01']);
}, 600_000);
afterAll(() => sg?.stop());

describe('the answer cache', () => {
  it('keeps an answer per visibility class: an ADMIN or OFFICER answer never reaches an ANALYST', async () => {
    const admin = await ask('ADMIN', 2024);
    expect(admin.cache).toBe('MISS');
    expect((await ask('ADMIN', 2024)).cache).toBe('HIT');
    expect((await ask('ADMIN', 2024)).data).toEqual(admin.data);
    expect(values(admin.data).some((v) => v.status === 'SUPPRESSED')).toBe(false);

    const analyst = await ask('ANALYST', 2024);
    expect(analyst.cache).toBe('MISS');
    // The demo has small counts: an analyst sees some suppressed, so a leaked ADMIN answer would show.
    expect(values(analyst.data).some((v) => v.status === 'SUPPRESSED')).toBe(true);
    expect(analyst.data).not.toEqual(admin.data);
    const again = await ask('ANALYST', 2024);
    expect(again.cache).toBe('HIT');
    expect(again.data).toEqual(analyst.data);
    // Same class, another subject: the same answer.
    expect(await ask('ANALYST2', 2024)).toEqual({ data: analyst.data, cache: 'HIT' });

    const officer = await ask('OFFICER', 2024);
    expect(officer.cache).toBe('MISS');
    expect(values(officer.data).some((v) => v.status === 'SUPPRESSED')).toBe(false); // all of the demo is in 04
    const other = await ask('OTHER_OFFICER', 2024);
    expect(other.cache).toBe('MISS');
    expect(values(other.data).some((v) => v.status === 'SUPPRESSED')).toBe(true);
    // And the analyst still gets the analyst's answer after all of them.
    expect(await ask('ANALYST', 2024)).toEqual({ data: analyst.data, cache: 'HIT' });
  }, 600_000);

  it('never keeps an answer that depends on who asks', async () => {
    const query = `{ viewer { subject role } provinces(date: "2024-12-31") { code } }`;
    for (let i = 0; i < 2; i++) {
      const res = await sg.query(query, {}, as.ANALYST);
      expect(res.data.viewer.subject).toBe('ANALYST-');
      expect(res.headers.get('answer-cache')).toBe('MISS');
    }
    const other = await sg.query(query, {}, as.ANALYST2);
    expect(other.data.viewer.subject).toBe('another analyst');
  });

  it('a refresh invalidates exactly the years it changed, and the answer after it is the new one', async () => {
    await ask('ADMIN', 2023);
    const before2023 = await ask('ADMIN', 2023);
    const before2024 = await ask('ADMIN', 2024);
    expect([before2023.cache, before2024.cache]).toEqual(['HIT', 'HIT']);

    const coverage = connect<CoverageDB>(sg.schemas.settings('coverage'));
    try {
      await refreshAll(coverage.db, sg.gateway.url, as.ADMIN!, { years: [2023], provinces: ['04'], patterns: 'on-first-use' });
    } finally {
      await coverage.close();
    }
    const after2024 = await ask('ADMIN', 2024);
    expect(after2024.cache).toBe('HIT');
    expect(after2024.data).toEqual(before2024.data);

    const after2023 = await ask('ADMIN', 2023);
    expect(after2023.cache).toBe('MISS');
    const stamps = (data: Report) =>
      new Set(
        values(data)
          .map((v) => v.refreshedAt)
          .filter(Boolean),
      );
    const [old] = [...stamps(before2023.data)].sort().reverse();
    for (const stamp of stamps(after2023.data)) expect(stamp! > old!).toBe(true);
    // The analyst's 2023 answer (never asked before) and 2024 answer (kept) follow the same rule.
    expect((await ask('ANALYST', 2024)).cache).toBe('HIT');
  }, 600_000);

  it("a recorded child-friendly assessment invalidates that year's coverage answers, which then show the commune's share anew", async () => {
    expect((await ask('ADMIN', 2024)).cache).toBe('HIT');
    const kept2023 = await ask('ADMIN', 2023);
    expect(kept2023.cache).toBe('HIT');
    const share = (data: Report, code: string) =>
      data.province.communes.nodes.find((c) => c.code === code)!.coverage.find((v) => v.indicator === 'CHILD_FRIENDLY_COMMUNE')!;
    const commune = (await ask('ADMIN', 2024)).data.province.communes.nodes[0]!;
    const { validFrom } = commune as unknown as { validFrom: string };
    const res = await sg.query<{ recordChildFriendlyAssessment: { qualifies: boolean | null } }>(
      `mutation { recordChildFriendlyAssessment(code: "${commune.code}", validFrom: "${validFrom}", year: 2024, criterion: 1, met: false) { qualifies } }`,
      {},
      as.ADMIN,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordChildFriendlyAssessment.qualifies).toBe(false);
    const after = await ask('ADMIN', 2024);
    expect(after.cache).toBe('MISS');
    // A criterion not met decides it: the commune counts 0 of 1, never "no data".
    expect([share(after.data, commune.code).numerator, share(after.data, commune.code).value]).toEqual([0, 0]);
    expect(await ask('ADMIN', 2023)).toEqual({ data: kept2023.data, cache: 'HIT' });
  }, 600_000);

  it('an import into geography invalidates every answer built on the directory', async () => {
    expect((await ask('ADMIN', 2024)).cache).toBe('HIT');
    const geography = connect<GeographyDB>(sg.schemas.settings('geography'));
    try {
      await writeDatasetInfo(geography.db, { importedAt: new Date().toISOString() });
    } finally {
      await geography.close();
    }
    expect((await ask('ADMIN', 2024)).cache).toBe('MISS');
    expect((await ask('ADMIN', 2024)).cache).toBe('HIT');
  }, 600_000);
});
