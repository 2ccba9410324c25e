import type { Kysely } from 'kysely';
import { FIRST_YEAR, LAST_YEAR, addDays, ageAtYearEnd, daysBetween, firstRowDate } from '../../lib/periods.ts';
import type { Random } from './random.ts';
import { DATA_END, versionKey, type CommuneVersion, type World } from './world.ts';
import * as repo from '../../subgraphs/health/db/repository.ts';
import {
  NHOM_TUOI,
  type HealthDB,
  type NewBaoCaoTramYTe,
  type NewDotKham,
  type NewHoTroDieuTri,
  type NewKetQuaKham,
  type NewTheBhytTreEm,
} from '../../subgraphs/health/db/tables.ts';

/**
 * Synthetic Department of Health data drawn from the shared demo world, stored in the
 * department's native shape: one free general check-up round per commune version and year
 * (none where the station did not report: missing, not zero), some screening rounds of another
 * kind, treatment-cost support cases, under-6 insurance cards, and the station reports due.
 * Ages follow the shared rule (lib/periods.ts ageAtYearEnd: age on 31 December of the year), the
 * one labour's child counts use, so the check-up numerator and its population agree on who is
 * 3–10. Residents examined never exceed the residents of their band on the round date; a few
 * rounds also examine children who live elsewhere (they attend a school or preschool here), the
 * genuine way a commune's examined children can exceed its children of that age.
 */

/** Check-up season: any month in 2019–2024; September–November in 2025, after the reform. */
function season(year: number): [string, string] {
  return year < 2025 ? [`${year}-03-01`, `${year}-11-30`] : [`${year}-09-01`, `${year}-11-30`];
}
/** Report deadline of the yearly station report. */
const deadline = (year: number) => `${year}-12-15`;

/** Row dates a version owns: rows before the directory starts belong to its first snapshot. */
const ownedFrom = (v: CommuneVersion) => firstRowDate(v.validFrom);
const ownedUntil = (v: CommuneVersion) => v.validUntil ?? '9999-12-31';
const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);

function binomial(r: Random, n: number, p: number): number {
  if (p >= 1) return n;
  let k = 0;
  for (let i = 0; i < n; i++) if (r.next() < p) k++;
  return k;
}
const bandOf = (age: number) => (age <= 2 ? 0 : age <= 5 ? 1 : age <= 10 ? 2 : 3);
/** Share of general check-up rounds that also examine a few children living elsewhere, and how many at most. */
export const OUTSIDERS = { share: 0.03, max: 3 };

/** Children of a commune code on a date, by age band (0-2, 3-5, 6-10, 11-15, age on 31 December of the date's year) and under 6. */
interface Census {
  date: string;
  bands: [number, number, number, number];
  under6: number;
}

export async function seedDemo(db: Kysely<HealthDB>, world: World): Promise<Record<string, number>> {
  // 1. Plan every dated event first, and the census each one needs.
  const censuses = new Map<string, Census[]>(); // by commune code
  const census = (code: string, date: string): Census => {
    const list = censuses.get(code) ?? [];
    let c = list.find((x) => x.date === date);
    if (!c) {
      c = { date, bands: [0, 0, 0, 0], under6: 0 };
      list.push(c);
      censuses.set(code, list);
    }
    return c;
  };

  interface PlannedRound {
    version: CommuneVersion;
    year: number;
    date: string;
    screening: boolean;
    census: Census;
  }
  const planned: PlannedRound[] = [];
  const reports: NewBaoCaoTramYTe[] = [];
  const support: NewHoTroDieuTri[] = [];
  const cardCounts: { version: CommuneVersion; year: number; census: Census }[] = [];

  for (const v of world.communes) {
    const key = versionKey(v);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const r = world.random(`health|${key}|${year}`);
      // Check-up round and the station's yearly report, when the version is in force in the season.
      const [seasonFrom, seasonTo] = season(year);
      const from = maxDate(seasonFrom, ownedFrom(v));
      const to = minDate(seasonTo, ownedUntil(v));
      if (from <= to) {
        const reported = world.reports('health', key, String(year), v);
        const date = r.date(from, to);
        let submitted: string | null = null;
        if (reported) {
          submitted = r.chance(0.12) ? addDays(deadline(year), r.int(1, 60)) : addDays(date, r.int(3, 30));
          submitted = minDate(submitted, DATA_END);
          planned.push({ version: v, year, date, screening: false, census: census(v.code, date) });
          if (r.chance(0.35)) {
            const other = r.date(from, to);
            planned.push({ version: v, year, date: other, screening: true, census: census(v.code, other) });
          }
        }
        reports.push({
          ma_tinh: v.provinceCode,
          ma_xa: v.code,
          nam: year,
          den_ngay: minDate(`${year}-12-31`, ownedUntil(v)),
          han_nop: deadline(year),
          ngay_nop: submitted,
        });
      }
      // Treatment-cost support: a few anonymous cases over the days the version was in force.
      const yearFrom = maxDate(`${year}-01-01`, ownedFrom(v));
      const yearTo = minDate(minDate(`${year}-12-31`, DATA_END), ownedUntil(v));
      if (yearFrom <= yearTo) {
        const share = (daysBetween(yearFrom, yearTo) + 1) / 365;
        const cases = Math.round(r.next() * (v.classes.has('EXTREMELY_DIFFICULT') ? 6 : 4) * share);
        for (let i = 0; i < cases; i++) {
          support.push({
            ma_tinh: v.provinceCode,
            ma_huyen: v.districtCode,
            ma_xa: v.code,
            ngay: r.date(yearFrom, yearTo),
            so_tien: r.int(5, 400) * 50_000,
            nguon: r.pick(['QUY_BTTE', 'QUY_BTTE', 'NSNN', 'XHH']),
          });
        }
      }
      // Under-6 insurance cards, counted on 31 December under the code valid that day.
      const yearEnd = `${year}-12-31`;
      if (ownedFrom(v) <= yearEnd && yearEnd <= ownedUntil(v) && world.reports('health-bhyt', key, String(year), v)) {
        cardCounts.push({ version: v, year, census: census(v.code, yearEnd) });
      }
    }
  }

  // 2. One pass over the children: each residence feeds the censuses of its code inside it.
  for (const child of world.children) {
    for (const home of child.residences) {
      const list = censuses.get(home.code);
      if (!list) continue;
      for (const c of list) {
        if (c.date < home.from || (home.to !== null && c.date >= home.to) || c.date < child.birthDate) continue;
        const age = ageAtYearEnd(child.birthDate, Number(c.date.slice(0, 4)));
        if (age < 0 || age > 15) continue;
        c.bands[bandOf(age)]++;
        if (age < 6) c.under6++;
      }
    }
  }

  // 3. Draw the figures.
  const rounds: NewDotKham[] = [];
  const results: NewKetQuaKham[] = [];
  for (const p of planned) {
    const v = p.version;
    const maDot = `${p.screening ? 'SL' : 'KSK'}-${p.date.replaceAll('-', '')}-${v.code}`;
    const r = world.random(`health|round|${maDot}`);
    const station = r.chance(0.7);
    rounds.push({
      ma_dot: maDot,
      ma_tinh: v.provinceCode,
      ma_huyen: v.districtCode,
      ma_xa: v.code,
      ngay_kham: p.date,
      loai: p.screening ? 'SANG_LOC' : repo.GENERAL_CHECKUP,
      doi_kham: station
        ? `Đội khám Trạm Y tế ${v.name}`
        : v.districtCode
          ? `Đội lưu động TTYT huyện ${v.districtCode}`
          : `Đội lưu động TTYT khu vực tỉnh ${v.provinceCode}`,
      don_vi_thuc_hien: station ? 'TYT' : 'TTYT',
    });
    const mountainous = v.classes.has('MOUNTAINOUS');
    const rate = p.screening ? 0.6 : world.propensity('CHECKUP', v, p.year);
    const referralRate = 0.02 + 0.03 * r.next();
    // Children from elsewhere, on a stream of their own so every other figure stays as drawn.
    const o = world.random(`health|outsiders|${maDot}`);
    const outsiders = !p.screening && o.chance(OUTSIDERS.share) ? { band: o.pick([1, 2]), count: o.int(1, OUTSIDERS.max) } : null;
    NHOM_TUOI.forEach((band, i) => {
      if (p.screening && i < 2) return; // school screening: ages 6–15 only
      const examined = binomial(r, p.census.bands[i]!, rate) + (outsiders?.band === i ? outsiders.count : 0);
      const malnutrition = (mountainous ? 0.16 : 0.06) * (i < 2 ? 1.3 : 0.8) * (1 - 0.04 * (p.year - FIRST_YEAR));
      results.push({
        ma_dot: maDot,
        nhom_tuoi: band,
        so_tre_kham: examined,
        so_chuyen_tuyen: binomial(r, examined, referralRate),
        so_suy_dinh_duong: binomial(r, examined, malnutrition),
      });
    });
  }
  const insurance: NewTheBhytTreEm[] = cardCounts.map(({ version: v, year, census: c }) => {
    const r = world.random(`health|bhyt|${versionKey(v)}|${year}`);
    return {
      ma_tinh: v.provinceCode,
      ma_xa: v.code,
      nam: year,
      so_tre_duoi_6: c.under6,
      so_the_cap: Math.min(c.under6, Math.round(c.under6 * (0.9 + 0.1 * r.next()))),
    };
  });

  // 4. Write through the repository.
  await repo.clearAll(db);
  await repo.insertHealthRows(db, { rounds, results, support, insurance, reports });
  return {
    dot_kham: rounds.length,
    ket_qua_kham: results.length,
    ho_tro_dieu_tri: support.length,
    the_bhyt_tre_em: insurance.length,
    bao_cao_tram_y_te: reports.length,
  };
}
