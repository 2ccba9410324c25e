import { DIRECTORY_START, FIRST_YEAR, LAST_YEAR, directoryDay } from '../../lib/periods.ts';
import type { Kysely } from 'kysely';
import { insertInChunks } from '../../lib/db.ts';
import { ageOn, residenceOn, type CommuneVersion, type Residence, type World } from './world.ts';
import * as repo from '../../subgraphs/education/db/repository.ts';
import type { EducationDB, NewEnrolment, NewMeals, NewSchool, NewSchoolLocation } from '../../subgraphs/education/db/tables.ts';

/**
 * Synthetic Department of Education data, drawn from the shared demo world: schools for every
 * commune of the first directory snapshot, their location history across code changes,
 * enrolment that follows the children living there, and semi-boarding meals at each commune's
 * meal propensity. Some schools do not report some years (missing is not zero).
 */
const LEVEL_NAME = { MN: 'Trường Mầm non', TH: 'Trường Tiểu học', THCS: 'Trường THCS' } as const;

const countingDay = (year: number) => `${year}-09-05`;
const at = (places: Residence[], date: string) => places.find((p) => p.from <= date && (p.to === null || date < p.to));

export async function seedDemo(db: Kysely<EducationDB>, world: World): Promise<Record<string, number>> {
  const bases = world.communes.filter((c) => c.validFrom === DIRECTORY_START);
  // Children per base commune (ids start with the code of the commune they were born in).
  const born = new Map<string, number>();
  for (const child of world.children) {
    const code = child.id.slice(0, 5);
    born.set(code, (born.get(code) ?? 0) + 1);
  }
  const mean = bases.length ? [...born.values()].reduce((a, b) => a + b, 0) / bases.length : 0;

  const schools: NewSchool[] = [];
  const locations: NewSchoolLocation[] = [];
  const places = new Map<string, Residence[]>();
  for (const base of bases) {
    const r = world.random(`education|schools|${base.code}`);
    const big = (born.get(base.code) ?? 0) > mean * 1.3;
    const plan: ('MN' | 'TH' | 'THCS')[] = ['MN', 'TH'];
    if (big) plan.push('MN', 'TH');
    if (r.chance(big ? 0.8 : 0.4)) plan.push('THCS');
    const seen = new Map<string, number>();
    for (const level of plan) {
      const n = (seen.get(level) ?? 0) + 1;
      seen.set(level, n);
      const id = `${base.code}${level}${n}`;
      const short = base.name.replace(/^(Xã|Phường|Thị trấn) /, '');
      schools.push({
        ma_truong: id,
        ten_truong: `${LEVEL_NAME[level]} ${short}${n > 1 ? ` số ${n}` : ''}`,
        cap_hoc: level,
        loai_hinh: level === 'MN' && n > 1 && r.chance(0.5) ? 'TT' : 'CL',
        nam_thanh_lap: r.int(1960, 2019),
      });
      const history = world.placesFrom(base, '2019-01-01', null, id);
      places.set(id, history);
      for (const p of history) {
        locations.push({
          ma_truong: id,
          ma_tinh: p.provinceCode,
          ma_huyen: p.districtCode,
          ma_xa: p.code,
          tu_ngay: p.from,
          den_ngay: p.to,
        });
      }
    }
  }

  // One pass over the children: pupils of each level living under each code on each counting day.
  const children = new Map<string, number>();
  for (const child of world.children) {
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      const day = countingDay(y);
      const age = ageOn(child, day);
      const level = age >= 3 && age <= 5 ? 'MN' : age >= 6 && age <= 10 ? 'TH' : age >= 11 && age <= 14 ? 'THCS' : null;
      if (!level) continue;
      const home = residenceOn(child, day);
      if (!home) continue;
      const k = `${home.code}|${y}|${level}`;
      children.set(k, (children.get(k) ?? 0) + 1);
    }
  }

  // Schools of each level under each code on each counting day, to split those children.
  const sharing = new Map<string, number>();
  for (const s of schools) {
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      const p = at(places.get(s.ma_truong)!, countingDay(y));
      if (p) sharing.set(`${p.code}|${y}|${s.cap_hoc}`, (sharing.get(`${p.code}|${y}|${s.cap_hoc}`) ?? 0) + 1);
    }
  }

  const enrolment: NewEnrolment[] = [];
  const meals: NewMeals[] = [];
  for (const s of schools) {
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      const day = countingDay(y);
      const p = at(places.get(s.ma_truong)!, day);
      const version: CommuneVersion | null = p ? world.versionOn(p.code, directoryDay(day)) : null;
      if (!p || !version) continue;
      const schoolYear = `${y}-${y + 1}`;
      const r = world.random(`education|year|${s.ma_truong}|${y}`);
      const k = `${p.code}|${y}|${s.cap_hoc}`;
      const share = (children.get(k) ?? 0) / (sharing.get(k) ?? 1);
      const enrolled = Math.round(share * (0.9 + 0.1 * r.next()));
      const reportedEnrolment = world.reports('education-enrolment', s.ma_truong, schoolYear, version);
      if (reportedEnrolment) {
        enrolment.push({
          ma_truong: s.ma_truong,
          nam_hoc: schoolYear,
          so_hoc_sinh: enrolled,
          ngay_bao_cao: r.date(`${y}-09-20`, `${y}-10-15`),
        });
      }
      // Meals are claimed on the enrolment the school reported: no enrolment report, no meal report.
      const mountain = version.classes.has('MOUNTAINOUS');
      if (!reportedEnrolment || (s.cap_hoc === 'THCS' && !mountain)) continue;
      if (!world.reports('education-meals', s.ma_truong, schoolYear, version)) continue;
      const rate = world.propensity('MEAL', version, y) * (s.cap_hoc === 'THCS' ? 0.6 : 1);
      const served = Math.min(enrolled, Math.round(enrolled * rate));
      const poor = mountain || version.classes.has('EXTREMELY_DIFFICULT');
      const funder = poor ? r.pick(['NSNN', 'NSNN', 'CTMT', 'XHH'] as const) : r.pick(['PHHS', 'PHHS', 'PHHS', 'XHH', 'NSNN'] as const);
      meals.push({
        ma_truong: s.ma_truong,
        nam_hoc: schoolYear,
        so_hs_ban_tru: served,
        so_ngay_an: served ? r.int(140, 175) : 0,
        nguon_kinh_phi: funder,
        ngay_bao_cao: r.date(`${y}-11-15`, `${y}-12-10`),
      });
    }
  }

  await repo.clearAll(db);
  await insertInChunks(schools, (chunk) => repo.insertSchools(db, chunk));
  await insertInChunks(locations, (chunk) => repo.insertSchoolLocations(db, chunk));
  await insertInChunks(enrolment, (chunk) => repo.insertEnrolment(db, chunk));
  await insertInChunks(meals, (chunk) => repo.insertMeals(db, chunk));
  return { dm_truong: schools.length, truong_dia_ban: locations.length, ts_hoc_sinh: enrolment.length, ban_tru: meals.length };
}
