import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type RunningSubgraph } from '../lib/subgraph.ts';
import { searchKey, searchKeys } from '../subgraphs/geography/names.ts';
import { geography } from '../subgraphs/geography/subgraph.ts';
import { createTestSchemas, type TestSchemas } from './support/database.ts';
import { postGraphQL } from './support/graphql.ts';
import { gatewayHeaders, testKeys } from './support/keys.ts';
import { testLogger } from './support/silent-logger.ts';

let schemas: TestSchemas;
let subgraph: RunningSubgraph;
const query = async (q: string, v?: Record<string, unknown>) => postGraphQL(subgraph.url, q, v, await gatewayHeaders());
const SEARCH = `query ($name: String!, $date: Date, $levels: [PlaceLevel!], $first: Int) {
  placeSearch(name: $name, date: $date, levels: $levels, first: $first) {
    totalCount
    matches { level match code name fullName validFrom validUntil
      commune { code successors { code commune { code name validFrom } } }
      district { code name } province { code name } } } }`;

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

describe('search keys', () => {
  it('fold case, tone marks and đ, and read punctuation as a space', () => {
    expect(searchKey('Xã THANH LĨNH')).toBe('xa thanh linh');
    expect(searchKey('Phường Đồng Xuân')).toBe('phuong dong xuan');
    expect(searchKey('Phan Rang-Tháp Chàm')).toBe('phan rang thap cham');
    expect(searchKey('Phường 09')).toBe('phuong 9');
  });
  it('index every word-suffix of both name forms, marking the whole names', () => {
    expect(searchKeys('Thanh Lĩnh', 'Xã Thanh Lĩnh')).toEqual([
      { key: 'xa thanh linh', whole: true },
      { key: 'thanh linh', whole: true },
      { key: 'linh', whole: false },
    ]);
  });
});

describe('placeSearch', () => {
  it('finds Thanh Lĩnh 17761 from "thanh linh", exact matches first', async () => {
    const res = await query(SEARCH, { name: 'thanh linh' });
    expect(res.errors).toBeUndefined();
    const { matches } = res.data.placeSearch;
    expect(matches[0].match).toBe('EXACT');
    expect(matches).toContainEqual(expect.objectContaining({ level: 'COMMUNE', code: '17761', name: 'Thanh Lĩnh', match: 'EXACT' }));
    const ranks = matches.map((m: { match: string }) => ['EXACT', 'PREFIX', 'CONTAINS'].indexOf(m.match));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('takes the name with or without its unit kind', async () => {
    for (const name of ['Xã Thanh Lĩnh', 'xa thanh linh', 'THANH LĨNH']) {
      const res = await query(SEARCH, { name, levels: ['COMMUNE'] });
      expect(res.data.placeSearch.matches.filter((m: { code: string }) => m.code === '17761')).not.toHaveLength(0);
      expect(res.data.placeSearch.matches[0]).toMatchObject({ match: 'EXACT' });
    }
  });

  it('finds both Minh Khai wards of Hà Nội on 2025-03-01, with their districts', async () => {
    const res = await query(SEARCH, { name: 'Minh Khai', date: '2025-03-01', first: 100 });
    const hanoiWards = res.data.placeSearch.matches.filter((m: any) => m.province.code === '01' && m.fullName === 'Phường Minh Khai');
    expect(hanoiWards.map((m: any) => [m.code, m.district.name]).sort()).toEqual([
      ['00295', 'Hai Bà Trưng'],
      ['00613', 'Bắc Từ Liêm'],
    ]);
    // Nguyễn Thị Minh Khai contains the name but ranks after every exact match.
    const matches = res.data.placeSearch.matches;
    const contains = matches.findIndex((m: any) => m.name === 'Nguyễn Thị Minh Khai');
    expect(contains).toBeGreaterThan(matches.findLastIndex((m: any) => m.match === 'EXACT'));
    expect(matches[contains].match).toBe('CONTAINS');
  });

  it('finds Ba Đình at both dates, with both meanings', async () => {
    const before = await query(SEARCH, { name: 'ba dinh', date: '2025-03-01', first: 100 });
    const after = await query(SEARCH, { name: 'Ba Đình', date: '2025-07-01', first: 100 });
    const inHanoi = (res: any) =>
      res.data.placeSearch.matches
        .filter((m: any) => m.province.code === '01' && m.name === 'Ba Đình')
        .map((m: any) => [m.level, m.code, m.fullName]);
    expect(inHanoi(before)).toEqual([['DISTRICT', '001', 'Quận Ba Đình']]);
    expect(inHanoi(after)).toEqual([['COMMUNE', '00004', 'Phường Ba Đình']]);
    const all = await query(SEARCH, { name: 'Ba Đình', first: 100 });
    expect(
      inHanoi(all)
        .map((m: string[]) => m[0])
        .sort(),
    ).toEqual(['COMMUNE', 'DISTRICT']);
  });

  it('says a place no longer exists and points to its successors', async () => {
    const res = await query(SEARCH, { name: 'Trúc Bạch', levels: ['COMMUNE'] });
    const old = res.data.placeSearch.matches.find((m: any) => m.code === '00004' && m.validFrom === '2021-11-01');
    expect(old).toMatchObject({
      validUntil: '2025-06-30',
      district: { code: '001', name: 'Ba Đình' },
      province: { code: '01', name: 'Hà Nội' },
    });
    expect(old.commune.successors).toContainEqual({ code: '00004', commune: { code: '00004', name: 'Ba Đình', validFrom: '2025-07-01' } });
  });

  it('counts every match and pages with first', async () => {
    const res = await query(SEARCH, { name: 'minh', first: 3 });
    expect(res.data.placeSearch.matches).toHaveLength(3);
    expect(res.data.placeSearch.totalCount).toBeGreaterThan(3);
    const none = await query(SEARCH, { name: 'minh', first: 0 });
    expect(none.data.placeSearch).toEqual({ totalCount: res.data.placeSearch.totalCount, matches: [] });
  });

  it('refuses a name with nothing to search and a page too large', async () => {
    for (const [v, arg] of [
      [{ name: ' -- ' }, 'name'],
      [{ name: 'a', first: 101 }, 'first'],
      [{ name: 'x'.repeat(101) }, 'name'],
    ] as const) {
      const res = await query(SEARCH, v);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.argument ?? res.errors?.[0]?.message).toContain(arg);
    }
  });

  it('folds the user input as the index folds names: every whole name finds itself exactly', async () => {
    const res = await query(SEARCH, { name: 'Phường Đồng Xuân', date: '2025-03-01', levels: ['COMMUNE'] });
    expect(
      res.data.placeSearch.matches
        .slice(0, 2)
        .map((m: any) => [m.match, m.code])
        .sort(),
    ).toEqual([
      ['EXACT', '00040'],
      ['EXACT', '08747'],
    ]);
  });

  it('answers with one SQL statement, parents included', async () => {
    const statements = async () =>
      Number(/sql_statements_total (\d+)/.exec(await (await fetch(subgraph.url.replace(/\/graphql$/, '/metrics'))).text())![1]);
    await query(SEARCH, { name: 'warm up' });
    const before = await statements();
    const res = await query(`{ placeSearch(name: "Minh Khai", first: 100) {
      matches { code commune { code name } district { code name } province { code name } } } }`);
    expect(res.data.placeSearch.matches.length).toBeGreaterThan(10);
    expect(await statements()).toBe(before + 1);
  });
});
