import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageAtYearEnd, recordWindow } from '../lib/periods.ts';
import type { RunningSubgraph } from '../lib/subgraph.ts';
import { buildWorld, residenceOn, type CommuneVersion } from '../scripts/demo/world.ts';
import { OUTSIDERS, seedDemo } from '../scripts/demo/health.ts';
import { health } from '../subgraphs/health/subgraph.ts';
import { communeRep as rep, entitiesQuery, startSeededAgency, type SeededAgency } from './support/agency.ts';

let agency: SeededAgency;
let subgraph: RunningSubgraph;
let seeded: Record<string, number>;
const world = buildWorld({ seed: 7, provinces: ['04'], childrenPerCommune: 40 });

const query = (q: string, v?: Record<string, unknown>) => agency.query(q, v);
/** `_entities` for commune versions, with a selection on Commune. */
async function communes(versions: CommuneVersion[], selection: string) {
  const res = await query(entitiesQuery(`validFrom ${selection}`), {
    r: versions.map(rep),
  });
  expect(res.errors).toBeUndefined();
  return res.data._entities as any[];
}
/** The SQL below writes `$s.table`; the helper's connection already searches the health schema. */
const sqlRows = (text: string, values: unknown[] = []) => agency.sql(text.replaceAll('$s.', ''), values);

/** Children of an age range (age on 31 December of the date's year) living under a commune code on a date, straight from the world. */
const ageThatYear = (birthDate: string, date: string) => ageAtYearEnd(birthDate, Number(date.slice(0, 4)));
const residents = (code: string, date: string, minAge: number, maxAge: number) =>
  world.children.filter((c) => {
    if (c.birthDate > date) return false;
    const age = ageThatYear(c.birthDate, date);
    return age >= minAge && age <= maxAge && residenceOn(c, date)?.code === code;
  }).length;

beforeAll(async () => {
  agency = await startSeededAgency(health, seedDemo, world);
  subgraph = agency.subgraph;
  seeded = agency.seeded;
});
afterAll(() => agency?.stop());

/** First-snapshot commune versions (in force from 2021-11-01), which own the rows of 2019–2021 too. */
const firstSnapshot = () => world.communes.filter((c) => c.validFrom === '2021-11-01');

describe('health subgraph, directly', () => {
  it('seeded every table', () => {
    for (const table of ['dot_kham', 'ket_qua_kham', 'ho_tro_dieu_tri', 'the_bhyt_tre_em', 'bao_cao_tram_y_te']) {
      expect(seeded[table]).toBeGreaterThan(0);
    }
  });

  it('gives check-up figures equal to the rows recomputed in SQL, never above the children living there but a few from elsewhere', async () => {
    const year = 2023;
    const versions = firstSnapshot().slice(0, 25);
    const got = await communes(
      versions,
      `checkups(year: ${year}) { year reported submittedOn rounds examined
      examinedByAgeBand { band examined } examinedPreschoolAndPrimaryAge referred malnourished }`,
    );
    let compared = 0;
    for (const [i, v] of versions.entries()) {
      const w = recordWindow(v);
      const [report] = await sqlRows(
        `select ngay_nop from $s.bao_cao_tram_y_te where ma_xa = $1 and nam = $2 and den_ngay >= $3 and den_ngay < $4`,
        [v.code, year, w.from, w.to],
      );
      const c = got[i].checkups;
      if (!report) {
        expect(c).toBeNull();
        continue;
      }
      expect(c.reported).toBe(report.ngay_nop !== null);
      if (!c.reported) continue;
      const bands = await sqlRows(
        `select r.nhom_tuoi, sum(r.so_tre_kham)::int as kham, sum(r.so_chuyen_tuyen)::int as ct, sum(r.so_suy_dinh_duong)::int as sdd,
                count(distinct d.ma_dot)::int as dots
           from $s.dot_kham d join $s.ket_qua_kham r on r.ma_dot = d.ma_dot
          where d.ma_xa = $1 and d.loai = 'KSK_TQ' and d.ngay_kham >= $2 and d.ngay_kham < $3 and extract(year from d.ngay_kham) = $4
          group by r.nhom_tuoi`,
        [v.code, w.from, w.to, year],
      );
      const band = (b: string) => bands.find((r) => r.nhom_tuoi === b)?.kham ?? 0;
      const sum = (k: string) => bands.reduce((s, r) => s + r[k], 0);
      expect(c.examined).toBe(sum('kham'));
      expect(c.referred).toBe(sum('ct'));
      expect(c.malnourished).toBe(sum('sdd'));
      expect(c.examinedPreschoolAndPrimaryAge).toBe(band('3-5') + band('6-10'));
      expect(c.examinedByAgeBand).toEqual([
        { band: 'AGE_0_2', examined: band('0-2') },
        { band: 'AGE_3_5', examined: band('3-5') },
        { band: 'AGE_6_10', examined: band('6-10') },
        { band: 'AGE_11_15', examined: band('11-15') },
      ]);
      const [round] = await sqlRows(
        `select ngay_kham from $s.dot_kham where ma_xa = $1 and loai = 'KSK_TQ' and ngay_kham >= $2 and ngay_kham < $3 and extract(year from ngay_kham) = $4`,
        [v.code, w.from, w.to, year],
      );
      expect(c.rounds).toBe(1);
      // Examined ≤ resident children of those ages on the round date, plus at most a few who live elsewhere.
      expect(band('3-5') + band('6-10')).toBeLessThanOrEqual(residents(v.code, round.ngay_kham, 3, 10) + OUTSIDERS.max);
      expect(c.examined).toBeLessThanOrEqual(residents(v.code, round.ngay_kham, 0, 15) + OUTSIDERS.max);
      expect(c.examined).toBeGreaterThan(0);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(15);
  });

  it('examines more children of a band than live in the commune only in a few general rounds, by a few children from elsewhere', async () => {
    const rows = await sqlRows(`select d.ma_xa, d.ngay_kham, d.loai, r.nhom_tuoi, r.so_tre_kham, r.so_chuyen_tuyen, r.so_suy_dinh_duong
      from $s.dot_kham d join $s.ket_qua_kham r on r.ma_dot = d.ma_dot`);
    const everLived = new Map<string, typeof world.children>();
    for (const child of world.children) {
      for (const code of new Set(child.residences.map((r) => r.code))) everLived.set(code, [...(everLived.get(code) ?? []), child]);
    }
    const bands: Record<string, [number, number]> = { '0-2': [0, 2], '3-5': [3, 5], '6-10': [6, 10], '11-15': [11, 15] };
    let examined = 0;
    let living = 0;
    let over = 0;
    for (const row of rows) {
      const [min, max] = bands[row.nhom_tuoi]!;
      const there = (everLived.get(row.ma_xa) ?? []).filter((c) => {
        if (c.birthDate > row.ngay_kham || residenceOn(c, row.ngay_kham)?.code !== row.ma_xa) return false;
        const age = ageThatYear(c.birthDate, row.ngay_kham);
        return age >= min && age <= max;
      }).length;
      const fromElsewhere = row.loai === 'KSK_TQ' && (row.nhom_tuoi === '3-5' || row.nhom_tuoi === '6-10') ? OUTSIDERS.max : 0;
      expect(row.so_tre_kham).toBeLessThanOrEqual(there + fromElsewhere);
      if (row.so_tre_kham > there) over++;
      expect(row.so_chuyen_tuyen).toBeLessThanOrEqual(row.so_tre_kham);
      expect(row.so_suy_dinh_duong).toBeLessThanOrEqual(row.so_tre_kham);
      examined += row.so_tre_kham;
      living += there;
    }
    expect(rows.length).toBeGreaterThan(1000);
    expect(examined / living).toBeGreaterThan(0.6);
    expect(over).toBeGreaterThan(0);
    expect(over / rows.length).toBeLessThan(OUTSIDERS.share);
  });

  it('says reported: false with null figures for a station that did not report', async () => {
    const missing = await sqlRows(
      `select ma_xa, nam, den_ngay from $s.bao_cao_tram_y_te where ngay_nop is null order by ma_xa, nam limit 3`,
    );
    expect(missing.length).toBeGreaterThan(0);
    for (const m of missing) {
      const version = world.versionOn(m.ma_xa, m.den_ngay < '2021-11-01' ? '2021-11-01' : m.den_ngay)!;
      const [got] = await communes(
        [version],
        `checkups(year: ${m.nam}) { reported submittedOn rounds examined examinedByAgeBand { band }
        examinedPreschoolAndPrimaryAge referred malnourished } checkupRounds(year: ${m.nam}) { id }
        healthReporting(year: ${m.nam}) { year submittedOn late deadline }`,
      );
      expect(got.checkups).toEqual({
        reported: false,
        submittedOn: null,
        rounds: null,
        examined: null,
        examinedByAgeBand: null,
        examinedPreschoolAndPrimaryAge: null,
        referred: null,
        malnourished: null,
      });
      expect(got.checkupRounds).toEqual([]);
      expect(got.healthReporting).toMatchObject({ year: m.nam, submittedOn: null, late: null });
    }
  });

  it('counts 2025 rounds under the codes formed by the reform, and not under the old versions', async () => {
    const newer = world.communes.filter((c) => c.validFrom === '2025-07-01').slice(0, 20);
    const older = world.communes.filter((c) => c.validUntil === '2025-06-30').slice(0, 20);
    const gotNew = await communes(newer, 'checkups(year: 2025) { reported examined } checkupRounds(year: 2025) { date kind examined }');
    const gotOld = await communes(older, 'checkups(year: 2025) { reported } checkupRounds(year: 2025) { date }');
    expect(gotOld.every((c) => c.checkups === null && c.checkupRounds.length === 0)).toBe(true);
    const reported = gotNew.filter((c) => c.checkups?.reported);
    expect(reported.length).toBeGreaterThan(10);
    for (const c of reported) {
      const general = c.checkupRounds.filter((r: any) => r.kind === 'FREE_GENERAL_CHECKUP');
      expect(general).toHaveLength(1);
      expect(general[0].date >= '2025-09-01' && general[0].date <= '2025-11-30').toBe(true);
      expect(c.checkups.examined).toBe(general[0].examined);
    }
  });

  it('lists screening rounds but does not count them as general check-ups', async () => {
    const [row] = await sqlRows(`select ma_xa, extract(year from ngay_kham)::int as nam, ngay_kham from $s.dot_kham
      where loai = 'SANG_LOC' and ngay_kham >= '2022-01-01' and ngay_kham < '2025-01-01' order by ma_dot limit 1`);
    const version = world.versionOn(row.ma_xa, row.ngay_kham)!;
    const [got] = await communes(
      [version],
      `checkups(year: ${row.nam}) { rounds examined }
      checkupRounds(year: ${row.nam}) { id date kind team provider examined }`,
    );
    const kinds = got.checkupRounds.map((r: any) => r.kind).sort();
    expect(kinds).toEqual(['FREE_GENERAL_CHECKUP', 'OTHER_SCREENING']);
    const general = got.checkupRounds.find((r: any) => r.kind === 'FREE_GENERAL_CHECKUP');
    expect(got.checkups).toEqual({ rounds: 1, examined: general.examined });
    expect(got.checkupRounds.every((r: any) => r.team.length > 0 && r.provider)).toBe(true);
  });

  it('gives treatment support, insurance cards and reporting equal to SQL and the world', async () => {
    const year = 2022;
    const versions = firstSnapshot().slice(30, 45);
    const got = await communes(
      versions,
      `treatmentSupport(year: ${year}) { year cases amount bySource { source cases amount } }
      childHealthInsurance(year: ${year}) { year childrenUnder6 cardsIssued coverage }
      healthReporting(year: ${year}) { year periodEnd deadline submittedOn late }`,
    );
    for (const [i, v] of versions.entries()) {
      const w = recordWindow(v);
      const [support] = await sqlRows(
        `select count(*)::int as cases, coalesce(sum(so_tien), 0)::text as amount from $s.ho_tro_dieu_tri
          where ma_xa = $1 and ngay >= greatest($2::date, make_date($4, 1, 1)) and ngay < least($3::date, make_date($4 + 1, 1, 1))`,
        [v.code, w.from, w.to, year],
      );
      expect(got[i].treatmentSupport).toMatchObject({ year, cases: support.cases, amount: support.amount });
      expect(got[i].treatmentSupport.bySource.reduce((s: number, b: any) => s + b.cases, 0)).toBe(support.cases);

      const [card] = await sqlRows(`select so_tre_duoi_6, so_the_cap from $s.the_bhyt_tre_em where ma_xa = $1 and nam = $2`, [
        v.code,
        year,
      ]);
      if (!card) expect(got[i].childHealthInsurance).toBeNull();
      else {
        expect(got[i].childHealthInsurance).toMatchObject({ childrenUnder6: card.so_tre_duoi_6, cardsIssued: card.so_the_cap });
        expect(card.so_tre_duoi_6).toBe(residents(v.code, `${year}-12-31`, 0, 5));
        expect(card.so_the_cap).toBeLessThanOrEqual(card.so_tre_duoi_6);
        expect(card.so_the_cap).toBeGreaterThanOrEqual(Math.floor(card.so_tre_duoi_6 * 0.9));
      }
      const [report] = await sqlRows(`select den_ngay, han_nop, ngay_nop from $s.bao_cao_tram_y_te where ma_xa = $1 and nam = $2`, [
        v.code,
        year,
      ]);
      expect(got[i].healthReporting).toEqual({
        year,
        periodEnd: report.den_ngay,
        deadline: report.han_nop,
        submittedOn: report.ngay_nop,
        late: report.ngay_nop === null ? null : report.ngay_nop > report.han_nop,
      });
    }
  });

  it('runs one SQL statement per field for a batch of communes', async () => {
    const versions = firstSnapshot().slice(0, 30);
    for (const field of [
      'checkups(year: 2023) { examined }',
      'checkupRounds(year: 2023) { id }',
      'treatmentSupport(year: 2023) { cases }',
      'childHealthInsurance(year: 2023) { cardsIssued }',
      'healthReporting(year: 2023) { submittedOn }',
    ]) {
      const before = subgraph.statements.count;
      const got = await communes(versions, field);
      expect(got).toHaveLength(30);
      expect(subgraph.statements.count - before, field).toBe(1);
    }
    const before = subgraph.statements.count;
    await communes(
      versions,
      `a: checkups(year: 2022) { examined } b: checkups(year: 2023) { examined }
      treatmentSupport(year: 2023) { cases } healthReporting(year: 2023) { submittedOn }`,
    );
    expect(subgraph.statements.count - before).toBe(3);
  });

  it('sums a province version from its rows, with reporting completeness', async () => {
    const year = 2023;
    const res = await query(
      entitiesQuery(
        `
      checkups(year: ${year}) { stationsDue stationsReported stationsLate rounds examined examinedPreschoolAndPrimaryAge }
      treatmentSupport(year: ${year}) { cases amount }
      childHealthInsurance(year: ${year}) { communesReported childrenUnder6 cardsIssued }`,
        { typename: 'Province' },
      ),
      { r: [{ __typename: 'Province', code: '04', validFrom: '2021-11-01', validUntil: '2025-06-30' }] },
    );
    expect(res.errors).toBeUndefined();
    const p = res.data._entities[0];
    const [rep] = await sqlRows(
      `select count(*)::int as due, count(ngay_nop)::int as reported, count(*) filter (where ngay_nop > han_nop)::int as late
      from $s.bao_cao_tram_y_te where ma_tinh = '04' and nam = $1`,
      [year],
    );
    const [kham] = await sqlRows(
      `select count(distinct d.ma_dot)::int as rounds, sum(r.so_tre_kham)::int as examined,
        (sum(r.so_tre_kham) filter (where r.nhom_tuoi in ('3-5', '6-10')))::int as mid
      from $s.dot_kham d join $s.ket_qua_kham r on r.ma_dot = d.ma_dot
      where d.ma_tinh = '04' and d.loai = 'KSK_TQ' and extract(year from d.ngay_kham) = $1`,
      [year],
    );
    expect(p.checkups).toEqual({
      stationsDue: rep.due,
      stationsReported: rep.reported,
      stationsLate: rep.late,
      rounds: kham.rounds,
      examined: kham.examined,
      examinedPreschoolAndPrimaryAge: kham.mid,
    });
    expect(rep.reported).toBeLessThan(rep.due);
    const [cards] = await sqlRows(
      `select count(*)::int as n, sum(so_tre_duoi_6)::int as kids, sum(so_the_cap)::int as cards
      from $s.the_bhyt_tre_em where ma_tinh = '04' and nam = $1`,
      [year],
    );
    expect(p.childHealthInsurance).toEqual({ communesReported: cards.n, childrenUnder6: cards.kids, cardsIssued: cards.cards });
    const [support] = await sqlRows(
      `select count(*)::int as cases, coalesce(sum(so_tien), 0)::text as amount from $s.ho_tro_dieu_tri
      where ma_tinh = '04' and extract(year from ngay) = $1`,
      [year],
    );
    expect(p.treatmentSupport).toEqual(support);
  });

  it.each([['2018'], ['-1'], ['3000']])('rejects year %s with BAD_USER_INPUT naming the argument', async (year) => {
    const res = await query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { checkups(year: ${year}) { examined } } } }`,
      {
        r: [rep(firstSnapshot()[0]!)],
      },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'year' });
  });
});
