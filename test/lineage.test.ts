import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type RunningSubgraph } from '../lib/subgraph.ts';
import { matchMergers, type SnapshotCommune } from '../scripts/commune-mergers.ts';
import { geography } from '../subgraphs/geography/subgraph.ts';
import { createTestSchemas, type TestSchemas } from './support/database.ts';
import { postGraphQL } from './support/graphql.ts';
import { gatewayHeaders, testKeys } from './support/keys.ts';
import { testLogger } from './support/silent-logger.ts';

let schemas: TestSchemas;
let subgraph: RunningSubgraph;
const query = async (q: string, v?: Record<string, unknown>) => postGraphQL(subgraph.url, q, v, await gatewayHeaders());

beforeAll(async () => {
  schemas = await createTestSchemas();
  subgraph = await startSubgraph(geography, {
    port: 0,
    host: '127.0.0.1',
    database: schemas.settings('geography'),
    logger: testLogger('geography'),
    gatewayKey: (await testKeys()).gatewayPublic,
  });
});
afterAll(async () => {
  await subgraph?.stop();
  await schemas?.drop();
});

/** The shipped TSVs, read here on their own (not through the loader) to check the API against. */
function tsv(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(`../subgraphs/geography/data/${name}.tsv`, import.meta.url), 'utf8')
    .trimEnd()
    .split('\n');
  const columns = header!.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((cell, i) => [columns[i], cell])));
}
const DEMO_PROVINCES = ['31', '30', '04', '40', '87'];

/** Communes of 2021-11-01 that ended on 2025-02-28 with neither a next version of their code nor a linked merger. */
function endedWithoutSuccessorFromFiles() {
  const communes = tsv('communes');
  const continued = new Set(communes.filter((c) => c.valid_from === '2025-03-01').map((c) => c.code));
  const merged = new Set(
    tsv('mergers-2021-2025')
      .filter((m) => m.successor_code)
      .map((m) => m.code),
  );
  return communes.filter(
    (c) => c.valid_from === '2021-11-01' && c.valid_until === '2025-02-28' && !continued.has(c.code) && !merged.has(c.code),
  );
}

describe('commune lineage through every hop', () => {
  it('links Thanh Lĩnh (17761, 2021) to Thị trấn Dùng, the unit it was merged into, with the source', async () => {
    const res = await query(`{ commune(code: "17761", date: "2023-05-01") {
      fullName validUntil endedWithoutKnownSuccessor unknownSuccessorReason
      successors { transfer basis code name commune { code validFrom fullName } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.commune).toEqual({
      fullName: 'Xã Thanh Lĩnh',
      validUntil: '2025-02-28',
      endedWithoutKnownSuccessor: false,
      unknownSuccessorReason: null,
      successors: [
        {
          transfer: 'FULL',
          basis: 'COMMUNE_MERGER_2021_2025',
          code: '17713',
          name: 'Thị trấn Dùng',
          commune: { code: '17713', validFrom: '2025-03-01', fullName: 'Thị trấn Dùng' },
        },
      ],
    });
  });

  it('gives Dùng (17713, 2025-03-01) its same-code predecessor and the communes merged into it', async () => {
    const res = await query(
      `{ commune(code: "17713", date: "2025-04-01") { predecessors { transfer basis code commune { validFrom fullName } } } }`,
    );
    const preds = res.data.commune.predecessors;
    expect(preds).toContainEqual({
      transfer: 'FULL',
      basis: 'SAME_CODE',
      code: '17713',
      commune: { validFrom: '2021-11-01', fullName: 'Thị trấn Thanh Chương' },
    });
    expect(preds).toContainEqual({
      transfer: 'FULL',
      basis: 'COMMUNE_MERGER_2021_2025',
      code: '17761',
      commune: { validFrom: '2021-11-01', fullName: 'Xã Thanh Lĩnh' },
    });
  });

  it('walks Đại Đồng (17713, 2025-07-01) back to Thanh Chương of 2021 via Dùng, with the transfer of each link', async () => {
    const res = await query(`{ commune(code: "17713", date: "2025-08-01") { fullName
      lineage { hops transfer commune { code validFrom fullName } path { transfer basis code commune { validFrom } } } } }`);
    expect(JSON.stringify(res.errors ?? null)).toBe('null');
    expect(res.data.commune.fullName).toBe('Xã Đại Đồng');
    const steps = res.data.commune.lineage;
    const dung = steps.find((s: any) => s.commune.code === '17713' && s.commune.validFrom === '2025-03-01');
    expect(dung).toMatchObject({ hops: 1, commune: { fullName: 'Thị trấn Dùng' } });
    expect(dung.path).toHaveLength(1);
    expect(dung.path[0].basis).toBe('REFORM_CROSSWALK_2025');
    const origin = steps.find((s: any) => s.commune.code === '17713' && s.commune.validFrom === '2021-11-01');
    expect(origin.commune.fullName).toBe('Thị trấn Thanh Chương');
    expect(origin.hops).toBe(2);
    expect(origin.path.map((p: any) => [p.basis, p.code, p.commune.validFrom])).toEqual([
      ['REFORM_CROSSWALK_2025', '17713', '2025-03-01'],
      ['SAME_CODE', '17713', '2021-11-01'],
    ]);
    // The path's transfer is FULL only when every link passed the whole unit.
    expect(origin.transfer).toBe(origin.path.every((p: any) => p.transfer === 'FULL') ? 'FULL' : 'PARTIAL');
    expect(origin.transfer).toBe(dung.transfer);
    expect([dung.transfer, origin.transfer]).toEqual(['FULL', 'FULL']); // every link here is whole in the sources
    expect(steps).toContainEqual(
      expect.objectContaining({ hops: 2, commune: { code: '17761', validFrom: '2021-11-01', fullName: 'Xã Thanh Lĩnh' } }),
    );
    // Nearest first.
    expect(steps.map((s: any) => s.hops)).toEqual([...steps.map((s: any) => s.hops)].sort((a, b) => a - b));
  });

  it('walks forward from Thanh Lĩnh to the unit of 2025-07-01 that holds it', async () => {
    const res = await query(
      `{ commune(code: "17761", date: "2023-05-01") { lineage(direction: FORWARD) { hops commune { code validFrom } path { basis } } } }`,
    );
    const steps = res.data.commune.lineage;
    expect(steps[0]).toEqual({
      hops: 1,
      commune: { code: '17713', validFrom: '2025-03-01' },
      path: [{ basis: 'COMMUNE_MERGER_2021_2025' }],
    });
    expect(steps).toContainEqual(expect.objectContaining({ hops: 2, commune: { code: '17713', validFrom: '2025-07-01' } }));
  });

  it('shows Trúc Bạch and Quán Thánh wholly inside Ba Đình (00004, 2025-07-01) and Ngọc Hà only in part', async () => {
    const res = await query(`{ commune(code: "00004", date: "2025-08-01") { lineage { hops transfer commune { code validFrom name } } } }`);
    const steps = res.data.commune.lineage;
    const of = (name: string) => steps.filter((s: any) => s.commune.name === name && s.commune.validFrom === '2021-11-01');
    expect(of('Trúc Bạch')).toEqual([
      { hops: 1, transfer: 'FULL', commune: { code: '00004', validFrom: '2021-11-01', name: 'Trúc Bạch' } },
    ]);
    expect(of('Quán Thánh')).toEqual([
      { hops: 1, transfer: 'FULL', commune: { code: '00013', validFrom: '2021-11-01', name: 'Quán Thánh' } },
    ]);
    expect(of('Ngọc Hà')).toEqual([{ hops: 1, transfer: 'PARTIAL', commune: { code: '00016', validFrom: '2021-11-01', name: 'Ngọc Hà' } }]);
  });

  it('answers the lineage of many communes in one request', async () => {
    const res = await query(`{ communes(provinceCode: "40", date: "2025-08-01", first: 200) { nodes { code lineage { hops } } } }`);
    expect(res.errors).toBeUndefined();
    const nodes = res.data.communes.nodes;
    expect(nodes.length).toBeGreaterThan(100);
    expect(nodes.every((n: any) => n.lineage.length > 0)).toBe(true);
  });

  it('counts the communes of 2021 that ended before 2025-03-01 with no known successor, as the files say', async () => {
    const expected = endedWithoutSuccessorFromFiles();
    // Stated figures, computed from communes.tsv and mergers-2021-2025.tsv by the function above.
    expect(expected).toHaveLength(22);
    const inDemo = expected.filter((c) => DEMO_PROVINCES.includes(c.province_code!));
    expect(inDemo).toHaveLength(2);

    const issues = await query(`{ directoryIssues { kind code } }`);
    const mergerIssues = issues.data.directoryIssues.filter((i: any) => i.kind.startsWith('MERGER_'));
    expect(mergerIssues.map((i: any) => i.code).sort()).toEqual(expected.map((c) => c.code).sort());
    // Units first listed on 2025-03-01 with nothing known to have formed them.
    const formed = issues.data.directoryIssues.filter((i: any) => i.kind === 'FORMED_WITHOUT_KNOWN_PREDECESSOR');
    expect(formed.map((i: any) => i.code)).toEqual(['03980', '03983', '03984']);

    const perProvince = await query(
      `{ ${DEMO_PROVINCES.map(
        (p) => `p${p}: communes(provinceCode: "${p}", date: "2022-01-01", first: 1000) {
      nodes { code endedWithoutKnownSuccessor unknownSuccessorReason } }`,
      ).join(' ')} }`,
    );
    expect(perProvince.errors).toBeUndefined();
    const ended = DEMO_PROVINCES.flatMap((p) => perProvince.data[`p${p}`].nodes).filter((n: any) => n.endedWithoutKnownSuccessor);
    expect(ended.map((n: any) => n.code).sort()).toEqual(inDemo.map((c) => c.code).sort());
    expect(
      ended.every((n: any) =>
        ['NOT_IN_MERGER_SOURCE', 'MERGER_SOURCE_UNMATCHED', 'MERGER_SOURCE_AMBIGUOUS'].includes(n.unknownSuccessorReason),
      ),
    ).toBe(true);
  });

  it('links a commune whose name passed to a unit of another code, marked as derived', async () => {
    const res = await query(
      `{ commune(code: "11353", date: "2023-05-01") { fullName successors { transfer basis code commune { validFrom fullName } } } }`,
    );
    expect(res.data.commune).toEqual({
      fullName: 'Phường Cầu Đất',
      successors: [
        {
          transfer: 'FULL',
          basis: 'SAME_NAME_IN_DISTRICT_2025',
          code: '11344',
          commune: { validFrom: '2025-03-01', fullName: 'Phường Cầu Đất' },
        },
      ],
    });
  });

  it('says why a commune has no known successor', async () => {
    const [first] = endedWithoutSuccessorFromFiles().filter((c) => DEMO_PROVINCES.includes(c.province_code!));
    const res = await query(
      `query($code: String!) { commune(code: $code, date: "2022-01-01") { endedWithoutKnownSuccessor unknownSuccessorReason successors { code } } }`,
      { code: first!.code },
    );
    expect(res.data.commune).toMatchObject({ endedWithoutKnownSuccessor: true, successors: [] });
    expect(res.data.commune.unknownSuccessorReason).toMatch(/^(NOT_IN_MERGER_SOURCE|MERGER_SOURCE_UNMATCHED|MERGER_SOURCE_AMBIGUOUS)$/);
    const current = await query(`{ commune(code: "17713", date: "2026-05-01") { endedWithoutKnownSuccessor unknownSuccessorReason } }`);
    expect(current.data.commune).toEqual({ endedWithoutKnownSuccessor: false, unknownSuccessorReason: null });
  });
});

describe('matching the merger list to codes', () => {
  const unit = (code: string, fullName: string, district: string, districtFullName: string): SnapshotCommune => ({
    code,
    fullName,
    district,
    districtFullName,
    province: '40',
    provinceFullName: 'Tỉnh Nghệ An',
  });
  const row = (alias: string, district: string, ward: string, year = '') => ({
    province_key: 'tinhnghean',
    district_key: district,
    ward_key: ward,
    alias_keyword: alias,
    source: 'https://example.org/nq',
    year,
  });
  const before = [
    unit('1', 'Xã Thanh Lĩnh', '428', 'Huyện Thanh Chương'),
    unit('2', 'Thị trấn Thanh Chương', '428', 'Huyện Thanh Chương'),
    unit('3', 'Xã Bảo Hưng', '428', 'Huyện Thanh Chương'),
    unit('4', 'Xã Xa Xôi', '428', 'Huyện Thanh Chương'),
    unit('9', 'Thị trấn Dùng', '999', 'Huyện Khác'),
  ];
  const after = [
    unit('2', 'Thị trấn Dùng', '428', 'Huyện Thanh Chương'),
    unit('5', 'Xã Minh Quán', '428', 'Huyện Thanh Chương'),
    unit('6', 'Xã Minh Quân', '428', 'Huyện Thanh Chương'),
    unit('9', 'Thị trấn Dùng', '999', 'Huyện Khác'),
  ];

  it('links by name within the district, and gives every gone code a row with a reason when it cannot', () => {
    const rows = matchMergers(before, after, [
      row('xathanhlinh', 'huyenthanhchuong', 'thitrandung'),
      row('xabaohung', 'huyenthanhchuong', 'xaminhquan'),
      row('xaxaxoi', 'huyenthanhchuong', 'xakhongco'),
    ]);
    expect(rows.map((r) => [r.code, r.successorCode, r.unmatchedReason])).toEqual([
      ['1', '2', ''], // not unit 9: a same-named unit in another district is never taken
      ['3', '', 'AMBIGUOUS'],
      ['4', '', 'NO_MATCHING_UNIT'],
    ]);
  });

  it('derives a successor from a shared name in the district only when the list gives none, and never for numbered wards', () => {
    const gone = [unit('7', 'Xã Cửa Bắc', '428', 'Huyện Thanh Chương'), unit('8', 'Phường 1', '428', 'Huyện Thanh Chương'), ...before];
    const later = [unit('70', 'Xã Cửa Bắc', '428', 'Huyện Thanh Chương'), unit('80', 'Phường 1', '428', 'Huyện Thanh Chương'), ...after];
    const rows = matchMergers(gone, later, [row('xathanhlinh', 'huyenthanhchuong', 'thitrandung')]);
    expect(rows.slice(0, 3).map((r) => [r.code, r.successorCode, r.basis, r.unmatchedReason])).toEqual([
      ['7', '70', 'SAME_NAME_IN_DISTRICT', ''],
      ['8', '', '', 'NOT_IN_SOURCE'],
      ['1', '2', 'MERGER_LIST', ''],
    ]);
  });

  it('uses the tone marks a key of the list kept to tell two units apart', () => {
    const [, baoHung] = matchMergers(before, after, [row('xabaohung', 'huyenthanhchuong', 'xãminhquân')]);
    expect(baoHung).toMatchObject({ code: '3', successorCode: '6', basis: 'MERGER_LIST' });
  });

  it('ignores entries dated before the first snapshot, which name another place', () => {
    const [thanhLinh] = matchMergers(before, after, [row('xathanhlinh', 'huyenthanhchuong', 'thitrandung', '2019')]);
    expect(thanhLinh).toMatchObject({ code: '1', successorCode: '', unmatchedReason: 'NOT_IN_SOURCE' });
  });
});

describe('one lineage rule', () => {
  it("lib/directory (officer areas, coverage on a date's geography) follows exactly the links of geography's commune_link", async () => {
    const { default: pg } = await import('pg');
    const { getDirectory } = await import('../lib/directory/lineage.ts');
    const client = new pg.Client({ connectionString: schemas.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `select from_code, from_valid_from::text f, to_code, to_valid_from::text t, transfer from "${schemas.settings('geography').schema}".commune_link`,
      );
      const fromView = new Set(rows.map((r) => `${r.from_code}|${r.f}>${r.to_code}|${r.t}:${r.transfer.toUpperCase()}`));
      const dir = getDirectory();
      const fromDirectory = new Set(
        [...dir.successors]
          .filter(([id]) => id.startsWith('commune:'))
          .flatMap(([id, links]) => links.map((l) => `${id.slice(8)}>${l.id.slice(8)}:${l.transfer}`)),
      );
      expect(fromDirectory.size).toBeGreaterThan(10_000);
      expect([...fromDirectory].filter((x) => !fromView.has(x))).toEqual([]);
      expect([...fromView].filter((x) => !fromDirectory.has(x))).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
