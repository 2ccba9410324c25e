import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordWindow } from '../lib/periods.ts';
import type { RunningSubgraph } from '../lib/subgraph.ts';
import { ageOn, buildWorld, residenceOn, type Child, type CommuneVersion } from '../scripts/demo/world.ts';
import { readTsv } from '../lib/directory/files.ts';
import { seedDemo } from '../scripts/demo/labour.ts';
import { labour } from '../subgraphs/labour/subgraph.ts';
import { communeRep as representation, entitiesQuery, startSeededAgency, type SeededAgency } from './support/agency.ts';

let agency: SeededAgency;
let subgraph: RunningSubgraph;
const world = buildWorld({ seed: 7, provinces: ['04'], childrenPerCommune: 40 });
const query = (q: string, v?: Record<string, unknown>) => agency.query(q, v);

beforeAll(async () => {
  agency = await startSeededAgency(labour, seedDemo, world);
  subgraph = agency.subgraph;
});
afterAll(() => agency?.stop());

// ---- Independent recomputation from the world (the generator's source) ----

const ref = (year: number) => `${year}-12-31`;
const inWindow = (v: { code: string; validFrom: string; validUntil: string | null }, date: string) => {
  const w = recordWindow(v);
  return w.from <= date && date < w.to;
};
const specialOn = (child: Child, date: string) => child.circumstances.filter((c) => c.from <= date && (c.to === null || date < c.to));
function residentsAtYearEnd(v: CommuneVersion, year: number): Child[] {
  if (!inWindow(v, ref(year))) return [];
  return world.children.filter((c) => residenceOn(c, ref(year))?.code === v.code);
}
function expectedPopulation(v: CommuneVersion, year: number) {
  const kids = residentsAtYearEnd(v, year);
  if (!kids.length) return null;
  const ages = kids.map((c) => ageOn(c, ref(year)));
  const band = (min: number, max: number) => ages.filter((a) => a >= min && a <= max).length;
  const poor = kids.filter((c) => c.poverty.get(year) === 'POOR').length;
  const nearPoor = kids.filter((c) => c.poverty.get(year) === 'NEAR_POOR').length;
  const special = kids.filter((c) => specialOn(c, ref(year)).length > 0);
  return {
    total: kids.length,
    byAgeBand: [band(0, 2), band(3, 5), band(6, 10), band(11, 15)],
    preschoolAndPrimaryAge: band(3, 10),
    poor,
    nearPoor,
    poorOrNearPoor: poor + nearPoor,
    specialCircumstances: special.length,
    inNeed: kids.filter((c) => c.poverty.has(year) || specialOn(c, ref(year)).length > 0).length,
    byGroup: Array.from({ length: 16 }, (_, i) => kids.filter((c) => specialOn(c, ref(year)).some((s) => s.group === i + 1)).length),
  };
}

const POPULATION = `childPopulation(year: $year) { year referenceDate total byAgeBand { band minAge maxAge children } preschoolAndPrimaryAge
  poor nearPoor poorOrNearPoor specialCircumstances inNeed specialCircumstancesByGroup { group children } }`;
const SUPPORT = `childSupport(year: $year) { year childrenOnRegister childrenSupported supportEvents totalAmount
  byForm { form events children amount } bySource { source events amount }
  specialCircumstanceChildren specialCircumstanceChildrenSupported poorOrNearPoorChildren poorOrNearPoorChildrenSupported inNeedChildren inNeedChildrenSupported }`;
const FUND = `childProtectionFund(year: $year) { year amountDisbursed disbursements amountDonated donations }`;
const REPORTING = `labourReporting(year: $year) { year sixMonth { period submitted submittedOn } yearly { period submitted submittedOn } }`;
const entities = (fields: string) => entitiesQuery(`validFrom ${fields}`, { variables: '$year: Int!' });

/** Versions in force on 31 Dec of `year`, picked deterministically spread over the province. */
function versionsOn(year: number, n: number): CommuneVersion[] {
  const all = world.communes.filter((v) => v.provinceCode === '04' && inWindow(v, ref(year))).sort((a, b) => a.code.localeCompare(b.code));
  const step = Math.max(1, Math.floor(all.length / n));
  return all.filter((_, i) => i % step === 0).slice(0, n);
}

describe('labour subgraph, directly', () => {
  it('counts children on 31 December as the world placed them', async () => {
    for (const year of [2020, 2024, 2025]) {
      const versions = versionsOn(year, 12);
      expect(versions.length).toBeGreaterThanOrEqual(10);
      const res = await query(entities(POPULATION), { r: versions.map(representation), year });
      expect(res.errors).toBeUndefined();
      versions.forEach((v, i) => {
        const got = res.data._entities[i];
        expect(got.code).toBe(v.code);
        const want = expectedPopulation(v, year);
        if (!want) return expect(got.childPopulation).toBeNull();
        const p = got.childPopulation;
        expect(p.referenceDate).toBe(`${year}-12-31`);
        expect({
          total: p.total,
          byAgeBand: p.byAgeBand.map((b: any) => b.children),
          preschoolAndPrimaryAge: p.preschoolAndPrimaryAge,
          poor: p.poor,
          nearPoor: p.nearPoor,
          poorOrNearPoor: p.poorOrNearPoor,
          specialCircumstances: p.specialCircumstances,
          inNeed: p.inNeed,
          byGroup: p.specialCircumstancesByGroup.map((g: any) => g.children),
        }).toEqual(want);
        expect(p.byAgeBand.map((b: any) => b.band)).toEqual(['AGE_0_2', 'AGE_3_5', 'AGE_6_10', 'AGE_11_15']);
      });
      expect(res.data._entities.some((e: any) => e.childPopulation?.total > 0)).toBe(true);
    }
  });

  it('answers null for a version not in force on 31 December', async () => {
    const ended = world.communes.find((v) => v.provinceCode === '04' && v.validUntil === '2025-06-30')!;
    const later = world.communes.find((v) => v.provinceCode === '04' && v.validFrom === '2025-07-01')!;
    const res = await query(entities(`${POPULATION} ${SUPPORT} ${FUND} ${REPORTING}`), {
      r: [representation(ended), representation(later)],
      year: 2025,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities[0].childPopulation).toBeNull();
    // The ended version still has the first half of 2025, but no year-end denominators.
    expect(res.data._entities[0].childSupport).toMatchObject({ specialCircumstanceChildren: null, poorOrNearPoorChildren: null });
    const before = await query(entities(`${POPULATION} ${SUPPORT} ${FUND} ${REPORTING}`), { r: [representation(later)], year: 2024 });
    expect(before.data._entities[0]).toMatchObject({
      childPopulation: null,
      childSupport: null,
      childProtectionFund: null,
      labourReporting: null,
    });
  });

  it('matches support, fund and reports with plain SQL over the native tables', async () => {
    const year = 2024;
    const versions = versionsOn(year, 8);
    const res = await query(entities(`${SUPPORT} ${FUND} ${REPORTING}`), { r: versions.map(representation), year });
    expect(res.errors).toBeUndefined();
    const supportedInYear = new Set(
      (await agency.sql(`select distinct ma_tre from tro_giup where ngay between '${year}-01-01' and '${year}-12-31'`)).map(
        (r) => r.ma_tre as string,
      ),
    );
    for (const [i, v] of versions.entries()) {
      const got = res.data._entities[i];
      const w = recordWindow(v);
      const span = [w.from > `${year}-01-01` ? w.from : `${year}-01-01`, w.to < `${year + 1}-01-01` ? w.to : `${year + 1}-01-01`];
      const ev = (
        await agency.sql(
          `select count(*)::int n, count(distinct ma_tre)::int c, coalesce(sum(so_tien), 0)::text a from tro_giup where ma_xa = $1 and ngay >= $2 and ngay < $3`,
          [v.code, ...span],
        )
      )[0];
      const forms = await agency.sql(
        `select hinh_thuc, count(*)::int n from tro_giup where ma_xa = $1 and ngay >= $2 and ngay < $3 group by hinh_thuc`,
        [v.code, ...span],
      );
      const s = got.childSupport;
      expect([s.supportEvents, s.childrenSupported, s.totalAmount]).toEqual([ev.n, ev.c, ev.a]);
      expect(s.byForm.reduce((t: number, f: any) => t + f.events, 0)).toBe(ev.n);
      expect(s.bySource.reduce((t: bigint, f: any) => t + BigInt(f.amount), 0n).toString()).toBe(ev.a);
      const health = forms.find((f) => f.hinh_thuc === 'CHAM_SOC_SUC_KHOE')?.n ?? 0;
      expect(s.byForm.find((f: any) => f.form === 'HEALTH_CARE').events).toBe(health);
      // Numerators and denominators among year-end residents, recomputed from the world.
      const kids = residentsAtYearEnd(v, year);
      const special = kids.filter((c) => specialOn(c, ref(year)).length > 0);
      const poor = kids.filter((c) => c.poverty.has(year));
      expect(s.specialCircumstanceChildren).toBe(special.length);
      expect(s.specialCircumstanceChildrenSupported).toBe(special.filter((c) => supportedInYear.has(c.id)).length);
      expect(s.poorOrNearPoorChildren).toBe(poor.length);
      expect(s.poorOrNearPoorChildrenSupported).toBe(poor.filter((c) => supportedInYear.has(c.id)).length);

      const fund = (
        await agency.sql(
          `select coalesce(sum(so_tien), 0)::text a, (count(*) filter (where dao_nguoc_id is null) - count(*) filter (where dao_nguoc_id is not null))::int n from quy_khoan_chi where ma_xa = $1 and ngay >= $2 and ngay < $3`,
          [v.code, ...span],
        )
      )[0];
      expect(got.childProtectionFund).toMatchObject({ year, amountDisbursed: fund.a, disbursements: fund.n });

      const reports = await agency.sql(
        `select ky, min(ngay_nop)::text d from bao_cao_xa where ma_xa = $1 and nam = $2 and ngay_nop >= $3 and ngay_nop < $4 group by ky`,
        [v.code, year, w.from, w.to],
      );
      const on = (ky: string) => reports.find((r) => r.ky === ky)?.d ?? null;
      expect(got.labourReporting.sixMonth).toEqual({ period: 'SIX_MONTH', submitted: on('6T') !== null, submittedOn: on('6T') });
      expect(got.labourReporting.yearly).toEqual({ period: 'YEARLY', submitted: on('NAM') !== null, submittedOn: on('NAM') });
    }
    // The demo has support and fund money in this province and year.
    expect(res.data._entities.some((e: any) => e.childSupport.supportEvents > 0)).toBe(true);
  });

  it('runs one SQL statement per field for a batch of communes', async () => {
    const versions = versionsOn(2024, 25);
    expect(versions.length).toBeGreaterThanOrEqual(20);
    const reps = versions.map(representation);
    for (const field of [POPULATION, SUPPORT, FUND, REPORTING]) {
      const before = subgraph.statements.count;
      const res = await query(entities(field), { r: reps, year: 2024 });
      expect(res.errors).toBeUndefined();
      expect(res.data._entities).toHaveLength(versions.length);
      expect(subgraph.statements.count - before).toBe(1);
    }
    const before = subgraph.statements.count;
    const res = await query(entities(`${POPULATION} ${SUPPORT} ${FUND} ${REPORTING}`), { r: reps, year: 2024 });
    expect(res.errors).toBeUndefined();
    expect(subgraph.statements.count - before).toBe(4);
  });

  it('sums a province version the same way', async () => {
    const province = readTsv('provinces').find(
      (p) => p.code === '04' && p.valid_from! <= '2024-12-31' && (!p.valid_until || p.valid_until >= '2024-12-31'),
    )!;
    const res = await query(
      entitiesQuery(
        `childPopulation(year: 2024) { total poorOrNearPoor specialCircumstances }
        childSupport(year: 2024) { supportEvents } childProtectionFund(year: 2024) { amountDisbursed donations } labourReportingSummary(year: 2024) { communesSubmittedYearly }`,
        { typename: 'Province' },
      ),
      { r: [{ __typename: 'Province', code: '04', validFrom: province.valid_from, validUntil: province.valid_until || null }] },
    );
    expect(res.errors).toBeUndefined();
    const kids = world.children.filter((c) => residenceOn(c, ref(2024))?.provinceCode === '04');
    const p = res.data._entities[0];
    expect(p.childPopulation).toEqual({
      total: kids.length,
      poorOrNearPoor: kids.filter((c) => c.poverty.has(2024)).length,
      specialCircumstances: kids.filter((c) => specialOn(c, ref(2024)).length > 0).length,
    });
    const events = (
      await agency.sql(`select count(*)::int n from tro_giup where ma_tinh = '04' and ngay between '2024-01-01' and '2024-12-31'`)
    )[0].n;
    expect(p.childSupport.supportEvents).toBe(events);
    expect(p.childProtectionFund.donations).toBeGreaterThan(0);
    expect(p.labourReportingSummary.communesSubmittedYearly).toBeGreaterThan(0);
  });

  it.each([[2018], [1999], [3000]])('rejects year %s with BAD_USER_INPUT naming the argument', async (year) => {
    const v = versionsOn(2024, 1)[0]!;
    const res = await query(entities(POPULATION), { r: [representation(v)], year });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'year' });
  });

  it('publishes child-level data through Commune.childRecords only, and no native column names', async () => {
    const res = await query(`{ _service { sdl } }`);
    const sdl: string = res.data._service.sdl;
    const paths: string[] = [];
    for (const def of parse(sdl).definitions) {
      if (!('fields' in def) || !def.fields || !('name' in def)) continue;
      for (const field of def.fields) {
        if (/\bChildRecord(Page)?\b/.test(print(field.type))) paths.push(`${def.name!.value}.${field.name.value}`);
      }
    }
    expect(paths.sort()).toEqual(['ChildRecordPage.nodes', 'Commune.childRecords']);
    for (const word of ['ma_tre', 'ho_ten', 'ngay_sinh', 'dan_toc']) expect(sdl).not.toContain(word);
  });
});
