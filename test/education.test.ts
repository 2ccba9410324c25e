import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSubgraph } from '../lib/subgraph.ts';
import { buildWorld } from '../scripts/demo/world.ts';
import { seedDemo } from '../scripts/demo/education.ts';
import { education } from '../subgraphs/education/subgraph.ts';
import { communeRep as rep, entitiesQuery as entities, startSeededAgency, type SeededAgency } from './support/agency.ts';

let agency: SeededAgency;
let subgraph: RunningSubgraph;
let counts: Record<string, number>;
const world = buildWorld({ seed: 7, provinces: ['04'], childrenPerCommune: 40 });
const query = (q: string, v?: Record<string, unknown>) => agency.query(q, v);
/** Plain SQL on the native tables, independent of the repository. */
const rows = <T = any>(text: string, values: unknown[] = []) => agency.sql<T>(text, values);

// First-snapshot communes of Cao Bằng that were in force until the reform.
const before = world.communes.filter((c) => c.provinceCode === '04' && c.validFrom === '2021-11-01' && c.validUntil === '2025-06-30');
const sample = before.slice(0, 25);
const after = world.communes.filter((c) => c.provinceCode === '04' && c.validFrom === '2025-07-01');

beforeAll(async () => {
  agency = await startSeededAgency(education, seedDemo, world);
  subgraph = agency.subgraph;
  counts = agency.seeded;
});
afterAll(() => agency?.stop());

/** Enrolment recomputed from the native tables: schools located under the code on 5 September. */
async function sqlEnrolment(unitColumn: 'ma_xa' | 'ma_tinh', code: string, schoolYear: string) {
  const day = `${schoolYear.slice(0, 4)}-09-05`;
  const [r] = await rows(
    `select count(*)::int as schools, count(s.ma_truong)::int as reported, sum(s.so_hoc_sinh)::int as pupils,
            sum(s.so_hoc_sinh) filter (where t.cap_hoc = 'MN')::int as preschool
       from truong_dia_ban l join dm_truong t using (ma_truong)
       left join ts_hoc_sinh s on s.ma_truong = t.ma_truong and s.nam_hoc = $2
      where l.${unitColumn} = $1 and l.tu_ngay <= $3 and (l.den_ngay is null or l.den_ngay > $3)`,
    [code, schoolYear, day],
  );
  return r;
}
async function sqlMeals(code: string, schoolYear: string) {
  const day = `${schoolYear.slice(0, 4)}-09-05`;
  const [r] = await rows(
    `select count(*)::int as schools, count(b.ma_truong)::int as reported, sum(b.so_hs_ban_tru)::int as served,
            sum(s.so_hoc_sinh) filter (where b.ma_truong is not null)::int as enrolled,
            sum(b.so_hs_ban_tru * b.so_ngay_an)::int as meal_days
       from truong_dia_ban l join dm_truong t using (ma_truong)
       left join ban_tru b on b.ma_truong = t.ma_truong and b.nam_hoc = $2
       left join ts_hoc_sinh s on s.ma_truong = t.ma_truong and s.nam_hoc = $2
      where l.ma_xa = $1 and l.tu_ngay <= $3 and (l.den_ngay is null or l.den_ngay > $3)`,
    [code, schoolYear, day],
  );
  return r;
}

describe('education subgraph', () => {
  it('seeds every native table', () => {
    expect(counts.dm_truong).toBeGreaterThan(2 * before.length - 1);
    expect(counts.truong_dia_ban).toBeGreaterThan(counts.dm_truong!);
    expect(counts.ts_hoc_sinh).toBeGreaterThan(0);
    expect(counts.ban_tru).toBeGreaterThan(0);
  });

  it('lists the schools of a commune version, by level', async () => {
    const res = await query(entities('schools { code name level founded } preschool: schools(level: PRESCHOOL) { code level }'), {
      r: sample.slice(0, 5).map(rep),
    });
    expect(res.errors).toBeUndefined();
    for (const [i, c] of sample.slice(0, 5).entries()) {
      const expected = await rows<{ ma_truong: string; cap_hoc: string }>(
        `select distinct t.ma_truong, t.cap_hoc from truong_dia_ban l join dm_truong t using (ma_truong)
          where l.ma_xa = $1 and l.tu_ngay <= '2025-06-30' order by 1`,
        [c.code],
      );
      const got = res.data._entities[i];
      expect(got.schools.map((s: any) => s.code)).toEqual(expected.map((e) => e.ma_truong));
      expect(got.preschool.map((s: any) => s.code)).toEqual(expected.filter((e) => e.cap_hoc === 'MN').map((e) => e.ma_truong));
      expect(got.preschool.every((s: any) => s.level === 'PRESCHOOL')).toBe(true);
    }
  });

  it('gives enrolment equal to the native tables, with the reporting schools behind it', async () => {
    const res = await query(
      entities(
        'enrolment(schoolYear: "2024-2025") { schoolYear countedOn pupils schools schoolsReported complete byLevel { level pupils schools schoolsReported } }',
      ),
      { r: sample.map(rep) },
    );
    expect(res.errors).toBeUndefined();
    for (const [i, c] of sample.entries()) {
      const e = res.data._entities[i].enrolment;
      const x = await sqlEnrolment('ma_xa', c.code, '2024-2025');
      expect(e).toMatchObject({
        schoolYear: '2024-2025',
        countedOn: '2024-09-05',
        schools: x.schools,
        schoolsReported: x.reported,
        pupils: x.pupils,
        complete: x.schools === x.reported,
      });
      expect(e.byLevel.find((l: any) => l.level === 'PRESCHOOL')?.pupils ?? null).toBe(x.preschool);
      expect(e.byLevel.reduce((a: number, l: any) => a + l.schools, 0)).toBe(e.schools);
    }
  });

  it('gives meals equal to the native tables; served never exceeds enrolled', async () => {
    const res = await query(
      entities(`schoolMeals(schoolYear: "2023-2024") { pupilsServed pupilsEnrolled mealDays schools schoolsReported
        byLevel { level pupilsServed pupilsEnrolled schools } preschoolAndPrimary { pupilsServed pupilsEnrolled schools }
        byFunder { funder pupilsServed schools } }`),
      { r: sample.map(rep) },
    );
    expect(res.errors).toBeUndefined();
    for (const [i, c] of sample.entries()) {
      const m = res.data._entities[i].schoolMeals;
      const x = await sqlMeals(c.code, '2023-2024');
      expect(m).toMatchObject({
        schools: x.schools,
        schoolsReported: x.reported,
        pupilsServed: x.served,
        pupilsEnrolled: x.enrolled,
        mealDays: x.meal_days,
      });
      if (m.pupilsServed !== null) expect(m.pupilsServed).toBeLessThanOrEqual(m.pupilsEnrolled);
      for (const l of m.byLevel) if (l.pupilsServed !== null) expect(l.pupilsServed).toBeLessThanOrEqual(l.pupilsEnrolled);
      expect(m.byFunder.reduce((a: number, f: any) => a + f.pupilsServed, 0)).toBe(m.pupilsServed ?? 0);
    }
    // Some schools do not report; they are counted in `schools`, not in `schoolsReported`.
    const [{ missing }] = await rows(
      `select count(*)::int as missing from dm_truong t where not exists (select 1 from ban_tru b where b.ma_truong = t.ma_truong and b.nam_hoc = '2023-2024')`,
    );
    expect(missing).toBeGreaterThan(0);
  });

  it('shows a commune where no school reported as null, not zero', async () => {
    const c = sample[24]!;
    const schoolIds = (
      await rows<{ ma_truong: string }>(
        `select ma_truong from truong_dia_ban where ma_xa = $1 and tu_ngay <= '2020-09-05' and (den_ngay is null or den_ngay > '2020-09-05')`,
        [c.code],
      )
    ).map((r) => r.ma_truong);
    expect(schoolIds.length).toBeGreaterThan(0);
    await agency.sql(`delete from ban_tru where nam_hoc = '2020-2021' and ma_truong = any($1)`, [schoolIds]);
    await agency.sql(`delete from ts_hoc_sinh where nam_hoc = '2020-2021' and ma_truong = any($1)`, [schoolIds]);
    const res = await query(
      entities(
        'enrolment(schoolYear: "2020-2021") { pupils schools schoolsReported complete } schoolMeals(schoolYear: "2020-2021") { pupilsServed pupilsEnrolled schools schoolsReported byFunder { funder } }',
      ),
      { r: [rep(c)] },
    );
    expect(res.errors).toBeUndefined();
    const got = res.data._entities[0];
    expect(got.enrolment).toEqual({ pupils: null, schools: schoolIds.length, schoolsReported: 0, complete: false });
    expect(got.schoolMeals).toEqual({
      pupilsServed: null,
      pupilsEnrolled: null,
      schools: schoolIds.length,
      schoolsReported: 0,
      byFunder: [],
    });
  });

  it('answers null for a school year that starts outside the commune version', async () => {
    const res = await query(
      entities('a: enrolment(schoolYear: "2025-2026") { pupils } b: schoolMeals(schoolYear: "2019-2020") { schools }'),
      { r: [rep(sample[0]!), rep(after[0]!)] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data._entities[0].a).toBeNull(); // ended 2025-06-30
    expect(res.data._entities[0].b).not.toBeNull(); // 2019 rows belong to the first snapshot
    expect(res.data._entities[1].b).toBeNull(); // formed 2025-07-01
    const later = await query(entities('enrolment(schoolYear: "2025-2026") { pupils schools }'), { r: after.slice(0, 5).map(rep) });
    for (const [i, c] of after.slice(0, 5).entries()) {
      const x = await sqlEnrolment('ma_xa', c.code, '2025-2026');
      expect(later.data._entities[i].enrolment).toEqual({ pupils: x.pupils, schools: x.schools });
    }
  });

  it('adds province-wide figures that match the native tables', async () => {
    const res = await query(
      `{ _entities(representations: [{__typename: "Province", code: "04", validFrom: "2021-11-01", validUntil: "2025-06-30"}]) {
        ... on Province { enrolment(schoolYear: "2024-2025") { pupils schools schoolsReported } schoolMeals(schoolYear: "2024-2025") { pupilsServed pupilsEnrolled } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const x = await sqlEnrolment('ma_tinh', '04', '2024-2025');
    expect(res.data._entities[0].enrolment).toEqual({ pupils: x.pupils, schools: x.schools, schoolsReported: x.reported });
    const m = res.data._entities[0].schoolMeals;
    expect(m.pupilsServed).toBeLessThanOrEqual(m.pupilsEnrolled);
  });

  it.each([
    ['schools', 'schools { code }'],
    ['enrolment', 'enrolment(schoolYear: "2024-2025") { pupils byLevel { level } }'],
    ['schoolMeals', 'schoolMeals(schoolYear: "2024-2025") { pupilsServed byFunder { funder } preschoolAndPrimary { pupilsServed } }'],
  ])('runs one SQL statement for %s of %s communes', async (_name, fields) => {
    expect(sample.length).toBeGreaterThanOrEqual(20);
    const start = subgraph.statements.count;
    const res = await query(entities(fields), { r: sample.map(rep) });
    expect(res.errors).toBeUndefined();
    expect(subgraph.statements.count - start).toBe(1);
  });

  it('runs one statement per field when fields are combined', async () => {
    const start = subgraph.statements.count;
    const res = await query(
      entities('schools { code } enrolment(schoolYear: "2024-2025") { pupils } schoolMeals(schoolYear: "2024-2025") { pupilsServed }'),
      { r: sample.map(rep) },
    );
    expect(res.errors).toBeUndefined();
    expect(subgraph.statements.count - start).toBe(3);
  });

  it.each(['2024', '2024-2026', '2018-2019', 'next year'])('rejects schoolYear %j naming the argument', async (schoolYear) => {
    const res = await query(
      `query($r: [_Any!]!, $y: String!) { _entities(representations: $r) { ... on Commune { enrolment(schoolYear: $y) { pupils } } } }`,
      { r: [rep(sample[0]!)], y: schoolYear },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'schoolYear' });
  });
});
