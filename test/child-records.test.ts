import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './support/graphql.ts';
import { clientToken, gatewayHeaders } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/** Cao Bằng (04) and Nghệ An (40): an officer of one must see nothing of the other. */
let sg: TestSupergraph;
const logs: string[] = [];
const as = async (role: string, area?: string[]) => ({
  authorization: `Bearer ${await clientToken({ subject: `${role.toLowerCase()}-1`, role, area })}`,
});
const RECORDS =
  'childRecords(year: 2024, first: 1000) { totalCount nodes { id fullName birthDate householdPoverty specialCircumstanceGroups support { date form amount } } }';

let caoBang: string[];
let ngheAn: string[];

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: { seed: 4, provinces: ['04', '40'], childrenPerCommune: 12 }, logs });
  const list = async (p: string) =>
    (await sg.query(`{ communes(provinceCode: "${p}", date: "2024-12-31", first: 1000) { nodes { code } } }`)).data.communes.nodes.map(
      (n: { code: string }) => n.code,
    );
  [caoBang, ngheAn] = [await list('04'), await list('40')];
});
afterAll(async () => {
  await sg?.stop();
});

const communeQuery = (code: string, fields = RECORDS) =>
  `{ commune(code: "${code}", date: "2024-12-31") { code childPopulation(year: 2024) { total } ${fields} } }`;

describe('child-level records', () => {
  it.each([['ANALYST'], ['MINISTRY'], [undefined]])('are FORBIDDEN to %s, with the rest of the response intact', async (role) => {
    const res = await sg.query(communeQuery(caoBang[0]!), undefined, role ? await as(role) : {});
    expect(res.data.commune.childRecords).toBeNull();
    expect(res.data.commune.childPopulation.total).toBeGreaterThan(0);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('show an officer the children of their own area, as many as the register counts', async () => {
    const res = await sg.query(communeQuery(caoBang[1]!), undefined, await as('OFFICER', ['04@2024-12-31']));
    expect(res.errors).toBeUndefined();
    const { childRecords, childPopulation } = res.data.commune;
    expect(childRecords.totalCount).toBe(childPopulation.total);
    expect(childRecords.nodes[0]).toMatchObject({
      id: expect.any(String),
      fullName: expect.any(String),
      birthDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('show an officer nothing outside the area, whether asked by argument, alias or _entities', async () => {
    const officer = await as('OFFICER', ['04@2024-12-31']);
    const byArgument = await sg.query(communeQuery(ngheAn[0]!), undefined, officer);
    expect(byArgument.data.commune.childRecords.totalCount).toBe(0);
    expect(byArgument.data.commune.childPopulation.total).toBeGreaterThan(0); // the aggregate is there; the children are not
    const byAlias = await sg.query(
      `{ mine: commune(code: "${caoBang[2]}", date: "2024-12-31") { ${RECORDS} }
      theirs: commune(code: "${ngheAn[1]}", date: "2024-12-31") { ${RECORDS} } }`,
      undefined,
      officer,
    );
    expect(byAlias.data.mine.childRecords.totalCount).toBeGreaterThan(0);
    expect(byAlias.data.theirs.childRecords).toMatchObject({ totalCount: 0, nodes: [] });
    const version = await sg.query(`{ commune(code: "${ngheAn[2]}", date: "2024-12-31") { validFrom validUntil } }`);
    const direct = await postGraphQL(
      sg.subgraphs.labour.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { ${RECORDS} } } }`,
      { r: [{ __typename: 'Commune', code: ngheAn[2], ...version.data.commune }] },
      await gatewayHeaders({ subject: 'officer-1', role: 'OFFICER', area: ['04@2024-12-31'] }),
    );
    expect(direct.data._entities[0].childRecords.totalCount).toBe(0);
  });

  it('narrow an officer of one commune to that commune', async () => {
    const officer = await as('OFFICER', [`${caoBang[3]}@2024-12-31`]);
    const own = await sg.query(communeQuery(caoBang[3]!), undefined, officer);
    const neighbour = await sg.query(communeQuery(caoBang[4]!), undefined, officer);
    expect(own.data.commune.childRecords.totalCount).toBe(own.data.commune.childPopulation.total);
    expect(neighbour.data.commune.childRecords.totalCount).toBe(0);
  });

  it("show the officer of a commune formed in 2025 its predecessors' children who became its own, and no others", async () => {
    const formed = await sg.query(
      `{ a: communes(provinceCode: "04", date: "2025-08-01", first: 1000) { nodes { code predecessors { transfer commune { code } } } }
      b: communes(provinceCode: "40", date: "2025-08-01", first: 1000) { nodes { code predecessors { transfer commune { code } } } } }`,
      undefined,
      await as('ADMIN'),
    ); // over the anonymous cost budget
    const target = [...formed.data.a.nodes, ...formed.data.b.nodes].find((n: any) =>
      n.predecessors.some((p: any) => p.transfer === 'PARTIAL'),
    );
    const partial = target.predecessors.find((p: any) => p.transfer === 'PARTIAL').commune.code;
    const q = communeQuery(partial, 'childRecords(year: 2024, first: 1000) { totalCount nodes { id } }');
    const officer = (await sg.query(q, undefined, await as('OFFICER', [`${target.code}@2025-08-01`]))).data.commune.childRecords;
    const admin = (await sg.query(q, undefined, await as('ADMIN'))).data.commune.childRecords;
    const adminIds = new Set(admin.nodes.map((n: any) => n.id));
    expect(officer.nodes.every((n: any) => adminIds.has(n.id))).toBe(true);
    expect(officer.totalCount).toBeGreaterThan(0);
    expect(officer.totalCount).toBeLessThan(admin.totalCount); // the rest went to another new commune
  });
});

describe('the audit trail', () => {
  const AUDIT = '{ childRecordAudit(first: 20) { nodes { subject role area requestId correlationId query childIds } } }';

  it('records every read of child records, with who, area, request and which children', async () => {
    const res = await sg.query(communeQuery(caoBang[5]!, 'childRecords(year: 2024, first: 3) { nodes { id } }'), undefined, {
      ...(await as('OFFICER', ['04@2024-12-31'])),
      'x-request-id': 'audit-check-1',
    });
    const ids = res.data.commune.childRecords.nodes.map((n: any) => n.id);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const trail = await sg.query(AUDIT, undefined, await as('ADMIN'));
    const entry = trail.data.childRecordAudit.nodes.find((e: any) => e.requestId === requestId);
    expect(entry).toMatchObject({
      subject: 'officer-1',
      role: 'OFFICER',
      area: ['04@2024-12-31'],
      correlationId: 'audit-check-1',
      childIds: ids,
    });
    expect(entry.query).toContain(caoBang[5]);
    expect(trail.data.childRecordAudit.nodes.filter((e: any) => e.requestId === 'audit-check-1')).toEqual([]);
  });

  it("stores the gateway's request id, and a client's own id only in its own column", async () => {
    const res = await sg.query(communeQuery(caoBang[7]!, 'childRecords(year: 2024, first: 1) { nodes { id } }'), undefined, {
      ...(await as('OFFICER', ['04@2024-12-31'])),
      'x-request-id': 'client-chosen-42',
    });
    const bare = await sg.query(
      communeQuery(caoBang[7]!, 'childRecords(year: 2024, first: 1) { nodes { id } }'),
      undefined,
      await as('OFFICER', ['04@2024-12-31']),
    );
    const client = new pg.Client({ connectionString: sg.schemas.url });
    await client.connect();
    try {
      const table = `"${sg.schemas.settings('labour').schema}".nhat_ky_truy_cap`;
      const row = async (requestId: string | null) =>
        (await client.query(`select ma_yeu_cau, ma_tuong_quan from ${table} where ma_yeu_cau = $1`, [requestId])).rows;
      expect(await row(res.headers.get('x-request-id'))).toEqual([
        { ma_yeu_cau: res.headers.get('x-request-id'), ma_tuong_quan: 'client-chosen-42' },
      ]);
      expect(await row(bare.headers.get('x-request-id'))).toEqual([{ ma_yeu_cau: bare.headers.get('x-request-id'), ma_tuong_quan: null }]);
      expect(await row('client-chosen-42')).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it("takes the request id from the gateway's token, never from a header sent to the subgraph", async () => {
    const version = await sg.query(`{ commune(code: "${caoBang[8]}", date: "2024-12-31") { validFrom validUntil } }`);
    const res = await postGraphQL(
      sg.subgraphs.labour.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { childRecords(year: 2024, first: 1) { totalCount } } } }`,
      { r: [{ __typename: 'Commune', code: caoBang[8], ...version.data.commune }] },
      { ...(await gatewayHeaders({ subject: 'direct-1', role: 'ADMIN', area: [] })), 'x-request-id': 'forged-at-subgraph' },
    );
    expect(res.errors).toBeUndefined();
    const trail = await sg.query(AUDIT, undefined, await as('ADMIN'));
    const entry = trail.data.childRecordAudit.nodes.find((e: any) => e.subject === 'direct-1');
    expect(entry).toMatchObject({ requestId: 'test-request', correlationId: null });
  });

  it('is readable by administrators only', async () => {
    const res = await sg.query('{ childRecordAudit { nodes { subject } } }', undefined, await as('OFFICER', ['04@2024-12-31']));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses updates and deletes in the database itself', async () => {
    const client = new pg.Client({ connectionString: sg.schemas.url });
    await client.connect();
    try {
      const table = `"${sg.schemas.settings('labour').schema}".nhat_ky_truy_cap`;
      await expect(client.query(`update ${table} set chu_the = 'someone-else'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`delete from ${table}`)).rejects.toThrow(/append-only/);
      await expect(client.query(`truncate ${table}`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });

  it("keeps children's personal data out of every service's logs", async () => {
    const res = await sg.query(communeQuery(caoBang[6]!), undefined, await as('OFFICER', ['04@2024-12-31']));
    const children = res.data.commune.childRecords.nodes as { fullName: string; birthDate: string }[];
    expect(children.length).toBeGreaterThan(0);
    const text = logs.join('\n');
    expect(text.length).toBeGreaterThan(1000); // the services did log, at debug level
    for (const c of children) {
      expect(text).not.toContain(c.fullName);
      expect(text).not.toContain(c.birthDate);
    }
  });
});
