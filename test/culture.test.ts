import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph } from '../lib/subgraph.ts';
import { buildWorld } from '../scripts/demo/world.ts';
import { seedDemo } from '../scripts/demo/culture.ts';
import { culture } from '../subgraphs/culture/subgraph.ts';
import { communeRep as rep, entitiesQuery as entities, startSeededAgency, type SeededAgency } from './support/agency.ts';

let agency: SeededAgency;
let subgraph: RunningSubgraph;
let counts: Record<string, number>;
const world = buildWorld({ seed: 7, provinces: ['04'], childrenPerCommune: 40 });
const query = (q: string, v?: Record<string, unknown>) => agency.query(q, v);
/** Plain SQL on the native tables, independent of the repository. */
const rows = <T = any>(text: string, values: unknown[] = []) => agency.sql<T>(text, values);

const before = world.communes.filter((c) => c.provinceCode === '04' && c.validFrom === '2021-11-01' && c.validUntil === '2025-06-30');
const sample = before.slice(0, 30);
const after = world.communes.filter((c) => c.provinceCode === '04' && c.validFrom === '2025-07-01');

beforeAll(async () => {
  agency = await startSeededAgency(culture, seedDemo, world);
  subgraph = agency.subgraph;
  counts = agency.seeded;
});
afterAll(() => agency?.stop());

/** The year-end summary recomputed from the native tables with plain SQL and a little arithmetic. */
async function sqlSummary(code: string, year: number) {
  const end = `${year}-12-31`;
  const areas = await rows<{ id: string }>(
    `select distinct v.id from khu_vui_choi_dia_ban l join khu_vui_choi v on v.id = l.khu_id
      where l.ma_xa = $1 and l.tu_ngay <= $2 and (l.den_ngay is null or l.den_ngay > $2) and v.ngay_dua_vao_su_dung <= $2`,
    [code, end],
  );
  const ids = areas.map((a) => a.id);
  const items = await rows<{ khu_id: string; broken: boolean }>(
    `select khu_id, (ngay_hong is not null and ngay_hong <= $2) as broken from trang_thiet_bi where khu_id = any($1) and ngay_lap_dat <= $2`,
    [ids, end],
  );
  const inspections = await rows<{ khu_id: string; ket_qua: string }>(
    `select distinct on (khu_id) khu_id, ket_qua from kiem_tra_an_toan
      where khu_id = any($1) and ngay between $2 and $3 order by khu_id, ngay desc, id desc`,
    [ids, `${year}-01-01`, end],
  );
  const reported = await rows(`select 1 from bao_cao_van_hoa where ma_xa = $1 and nam = $2`, [code, year]);
  const working = items.filter((i) => !i.broken);
  const withWorking = new Set(working.map((i) => i.khu_id)).size;
  return {
    playAreas: ids.length,
    withWorkingEquipment: withWorking,
    equipmentItems: items.length,
    workingItems: working.length,
    inspected: inspections.length,
    inspectionsPassed: inspections.filter((i) => i.ket_qua === 'DAT').length,
    // Missing is never false: without the yearly report the indicator is unknown.
    hasPlayAreaWithWorkingEquipment: reported.length > 0 ? withWorking > 0 : null,
    reported: reported.length > 0,
  };
}

const SUMMARY =
  'playAreas withWorkingEquipment equipmentItems workingItems inspected inspectionsPassed hasPlayAreaWithWorkingEquipment reported';

describe('culture subgraph', () => {
  it('seeds every native table', () => {
    for (const table of ['khu_vui_choi', 'khu_vui_choi_dia_ban', 'trang_thiet_bi', 'kiem_tra_an_toan', 'bao_cao_van_hoa']) {
      expect(counts[table], table).toBeGreaterThan(0);
    }
  });

  it.each([2019, 2022, 2024])('gives the %i summary equal to the native tables', async (year) => {
    const res = await query(entities(`playAreaSummary(year: ${year}) { year countedOn ${SUMMARY} }`), { r: sample.map(rep) });
    expect(res.errors).toBeUndefined();
    for (const [i, c] of sample.entries()) {
      const got = res.data._entities[i].playAreaSummary;
      expect(got).toEqual({ year, countedOn: `${year}-12-31`, ...(await sqlSummary(c.code, year)) });
      expect(got.workingItems).toBeLessThanOrEqual(got.equipmentItems);
      expect(got.inspectionsPassed).toBeLessThanOrEqual(got.inspected);
    }
  });

  it('lists play areas with equipment and the last inspection, as the native tables hold them', async () => {
    const res = await query(
      entities('playAreas { id name kind opened equipment { id kind donor installed condition } lastInspection { date passed } }'),
      { r: sample.map(rep) },
    );
    expect(res.errors).toBeUndefined();
    let seen = 0;
    for (const [i, c] of sample.entries()) {
      const areas = await rows<{ id: string; n: number }>(
        `select v.id, (select count(*)::int from trang_thiet_bi t where t.khu_id = v.id) as n from khu_vui_choi v
          where exists (select 1 from khu_vui_choi_dia_ban l where l.khu_id = v.id and l.ma_xa = $1 and l.tu_ngay < '2025-07-01') order by v.id`,
        [c.code],
      );
      const got = res.data._entities[i].playAreas;
      expect(got.map((a: any) => a.id)).toEqual(areas.map((a) => a.id));
      expect(got.map((a: any) => a.equipment.length)).toEqual(areas.map((a) => a.n));
      for (const a of got) {
        seen++;
        const [last] = await rows(
          `select to_char(ngay, 'YYYY-MM-DD') as date, ket_qua = 'DAT' as passed from kiem_tra_an_toan where khu_id = $1 order by ngay desc, id desc limit 1`,
          [a.id],
        );
        expect(a.lastInspection).toEqual(last ?? null);
        expect(['CULTURAL_HOUSE', 'SCHOOL', 'PARK', 'VILLAGE_PLAY_POINT']).toContain(a.kind);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('shows a commune that did not report as reported: false, keeping the register counts but not the indicator', async () => {
    const c = sample[3]!;
    await agency.sql(`delete from bao_cao_van_hoa where ma_xa = $1 and nam = 2023`, [c.code]);
    const res = await query(entities(`playAreaSummary(year: 2023) { ${SUMMARY} }`), { r: [rep(c)] });
    expect(res.errors).toBeUndefined();
    const got = res.data._entities[0].playAreaSummary;
    expect(got).toEqual({ ...(await sqlSummary(c.code, 2023)), reported: false });
    expect(got.hasPlayAreaWithWorkingEquipment).toBeNull();
  });

  it('tells when each yearly culture report was submitted, in one statement for many communes', async () => {
    const before = agency.subgraph.statements.count;
    const res = await query(entities('cultureReporting(year: 2022) { year submitted submittedOn }'), { r: sample.map(rep) });
    expect(agency.subgraph.statements.count - before).toBe(1);
    const submitted = new Map(
      (await rows<{ ma_xa: string; ngay_nop: string }>(`select ma_xa, ngay_nop::text from bao_cao_van_hoa where nam = 2022`)).map((r) => [
        r.ma_xa,
        r.ngay_nop,
      ]),
    );
    for (const [i, c] of sample.entries()) {
      const on = submitted.get(c.code) ?? null;
      expect(res.data._entities[i].cultureReporting).toEqual({ year: 2022, submitted: on !== null, submittedOn: on });
    }
  });

  it('answers null for a year whose 31 December falls outside the commune version', async () => {
    const res = await query(entities('a: playAreaSummary(year: 2025) { playAreas } b: playAreaSummary(year: 2024) { playAreas }'), {
      r: [rep(sample[0]!), rep(after[0]!)],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities[0].a).toBeNull();
    expect(res.data._entities[0].b).not.toBeNull();
    expect(res.data._entities[1].a).toEqual({ playAreas: (await sqlSummary(after[0]!.code, 2025)).playAreas });
    expect(res.data._entities[1].b).toBeNull();
  });

  it('equips the mountainous communes of Hải Phòng with donated equipment in 2024–2025', async () => {
    const hp = buildWorld({ seed: 7, provinces: ['31'], childrenPerCommune: 10 });
    const targets = hp.communes.filter((c) => c.provinceCode === '31' && c.validFrom === '2021-11-01' && c.classes.has('MOUNTAINOUS'));
    expect(targets).toHaveLength(14);
    await agency.seed(hp);
    const res = await query(
      entities('y24: playAreaSummary(year: 2024) { donatedItemsInstalled } playAreas { equipment { donor installed } }'),
      { r: targets.map(rep) },
    );
    expect(res.errors).toBeUndefined();
    for (const e of res.data._entities) {
      const donated = e.playAreas
        .flatMap((a: any) => a.equipment)
        .filter((q: any) => q.donor && q.installed >= '2024-01-01' && q.installed <= '2025-12-31');
      expect(donated.length).toBeGreaterThan(0);
    }
    await agency.seed(world); // back to the Cao Bằng world for the other tests
  });

  it.each([
    ['playAreas', 'playAreas { id equipment { kind } lastInspection { passed } }'],
    ['playAreaSummary', `playAreaSummary(year: 2024) { ${SUMMARY} }`],
  ])('runs one SQL statement for %s of 30 communes', async (_name, fields) => {
    expect(sample.length).toBeGreaterThanOrEqual(20);
    const start = subgraph.statements.count;
    const res = await query(entities(fields), { r: sample.map(rep) });
    expect(res.errors).toBeUndefined();
    expect(subgraph.statements.count - start).toBe(1);
  });

  it.each([2018, 1900, 3000])('rejects year %i naming the argument', async (year) => {
    const res = await query(
      `query($r: [_Any!]!, $y: Int!) { _entities(representations: $r) { ... on Commune { playAreaSummary(year: $y) { playAreas } } } }`,
      { r: [rep(sample[0]!)], y: year },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'year' });
  });
});
