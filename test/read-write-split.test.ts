import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { clientToken } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/**
 * Reads from a replica, writes to the primary. The "replica" here is the same server reached
 * through sessions that refuse every write (default_transaction_read_only), so a write routed
 * to it fails the test loudly; scripts/replica.ts makes a real hot standby for `npm run cluster`.
 */
let sg: TestSupergraph;
const readOnly = () => {
  const url = new URL(inject('databaseUrl'));
  url.searchParams.set('options', '-c default_transaction_read_only=on');
  url.searchParams.set('application_name', 'ccg-replica-reads');
  return url.toString();
};
const as = async (role: string, area: string[] = []) => ({
  authorization: `Bearer ${await clientToken({ subject: `${role.toLowerCase()}-split`, role, area })}`,
});

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: { seed: 5, provinces: ['04'], childrenPerCommune: 8 }, readUrl: readOnly() });
}, 180_000);
afterAll(async () => {
  await sg?.stop();
});

describe('the read/write split', () => {
  it('serves reads from the replica and writes the audit trail to the primary', async () => {
    const before = Object.fromEntries(
      Object.entries(sg.subgraphs).map(([n, s]) => [n, { all: s.statements.count, read: s.readStatements.count }]),
    );
    const pages = await sg.query(
      '{ communes(provinceCode: "04", date: "2024-12-31", first: 3) { nodes { code name childPopulation(year: 2024) { total } } } }',
    );
    expect(pages.errors).toBeUndefined();
    const code = pages.data.communes.nodes[0].code;

    const records = await sg.query(
      `{ commune(code: "${code}", date: "2024-12-31") { childRecords(year: 2024, first: 5) { nodes { id } } } }`,
      undefined,
      await as('OFFICER', ['04@2024-12-31']),
    );
    expect(records.errors).toBeUndefined(); // the audit insert would fail on a read-only session
    const ids = records.data.commune.childRecords.nodes.map((n: { id: string }) => n.id);
    expect(ids.length).toBeGreaterThan(0);

    // Read your own writes: the audit trail is read from the primary, so the entry is there at once.
    const audit = await sg.query('{ childRecordAudit(first: 1) { nodes { childIds } } }', undefined, await as('ADMIN'));
    expect(audit.data.childRecordAudit.nodes[0].childIds).toEqual(ids);

    const geography = sg.subgraphs.geography;
    expect(geography.readStatements.count - before.geography!.read).toBeGreaterThan(0);
    expect(geography.statements.count - before.geography!.all).toBe(geography.readStatements.count - before.geography!.read); // every geography read went to the replica
    const labour = sg.subgraphs.labour;
    const labourPrimary = labour.statements.count - before.labour!.all - (labour.readStatements.count - before.labour!.read);
    expect(labourPrimary).toBeGreaterThanOrEqual(2); // the audit insert and the audit read
  });

  it("computes a year's suppression pattern on first use over the replica, where it cannot be stored", async () => {
    // The harness refreshes with patterns left to first use; this is the first use, on a read-only session.
    const national = await sg.query(
      '{ nationalCoverage(year: 2024) { communes values { indicator value } } }',
      undefined,
      await as('MINISTRY'),
    );
    expect(national.errors).toBeUndefined();
    expect(national.data.nationalCoverage.communes).toBeGreaterThan(0);
    expect(national.data.nationalCoverage.values.length).toBeGreaterThan(0);
  });

  it('reports replica lag in readiness', async () => {
    const res = await fetch(sg.subgraphs.health.url.replace('/graphql', '/health/ready'));
    expect(res.status).toBe(200);
    // Not a standby: nothing to replay, so no bytes behind and no replay time.
    expect(await res.json()).toEqual({
      status: 'ready',
      details: { database: 'reachable', replica: { lagBytes: 0, lastReplaySecondsAgo: null } },
    });
  });
});
