import type { Kysely } from 'kysely';
import { FIRST_YEAR, LAST_YEAR, addDays, firstRowDate } from '../../lib/periods.ts';
import { residenceOn, versionKey, type Child, type CommuneVersion, type World } from './world.ts';
import type { Random } from './random.ts';
import * as repo from '../../subgraphs/labour/db/repository.ts';
import { buildFundLedger } from './labour-fund.ts';
import type {
  HinhThuc,
  LabourDB,
  NewBaoCao,
  NewCuTru,
  NewHoanCanh,
  NewHoNgheo,
  NewTreEm,
  NewTroGiup,
  Nguon,
} from '../../subgraphs/labour/db/tables.ts';

/**
 * Writes the labour (DOLISA) demo data from the shared synthetic world, in the agency's native
 * shape: the child register straight from world.children, support to children in need,
 * the Child Protection Fund and commune report submissions. One pass over the children;
 * every table is written with multi-row inserts.
 */
const CAO_BANG = '04';

/** Commune versions by code, with the first snapshot's versions owning dates before the directory starts. */
function versionIndex(world: World) {
  const byCode = new Map<string, CommuneVersion[]>();
  for (const v of world.communes) {
    const list = byCode.get(v.code);
    if (list) list.push(v);
    else byCode.set(v.code, [v]);
  }
  const holds = (v: CommuneVersion, date: string) => firstRowDate(v.validFrom) <= date && (v.validUntil === null || date <= v.validUntil);
  const at = (code: string, date: string) => byCode.get(code)?.find((v) => holds(v, date)) ?? null;
  return { at, holds };
}

const FORMS_SPECIAL: HinhThuc[] = [
  'TU_VAN_TAM_LY',
  'TRO_GIUP_XA_HOI',
  'TRO_GIUP_XA_HOI',
  'CHAM_SOC_SUC_KHOE',
  'HO_TRO_GIAO_DUC',
  'TRO_GIUP_PHAP_LY',
];
const FORMS_POOR: HinhThuc[] = ['HO_TRO_GIAO_DUC', 'HO_TRO_GIAO_DUC', 'CHAM_SOC_SUC_KHOE', 'CHAM_SOC_SUC_KHOE', 'TRO_GIUP_XA_HOI'];
const SOURCES: Nguon[] = ['NGAN_SACH', 'NGAN_SACH', 'NGAN_SACH', 'QUY_BTTE', 'XA_HOI_HOA', 'XA_HOI_HOA'];
/** Typical value of one support event, in thousand VND. */
const AMOUNT: Record<HinhThuc, [number, number]> = {
  CHAM_SOC_SUC_KHOE: [200, 3000],
  TRO_GIUP_XA_HOI: [300, 2000],
  HO_TRO_GIAO_DUC: [300, 1500],
  TRO_GIUP_PHAP_LY: [0, 500],
  TU_VAN_TAM_LY: [0, 800],
  DO_DUNG_MUA_DONG: [150, 600],
};
const amountOf = (form: HinhThuc, r: Random) => r.int(AMOUNT[form][0], AMOUNT[form][1]) * 1000;

const specialOn = (child: Child, date: string) => child.circumstances.some((c) => c.from <= date && (c.to === null || date < c.to));

export async function seedDemo(db: Kysely<LabourDB>, world: World): Promise<Record<string, number>> {
  const versions = versionIndex(world);
  const children: NewTreEm[] = [];
  const residences: NewCuTru[] = [];
  const poverty: NewHoNgheo[] = [];
  const circumstances: NewHoanCanh[] = [];
  const support: NewTroGiup[] = [];
  /** children in need at year end, by commune version and year (drives fund disbursements) */
  const inNeed = new Map<string, number>();

  for (const child of world.children) {
    children.push({
      ma_tre: child.id,
      ho_ten: child.name,
      ngay_sinh: child.birthDate,
      gioi_tinh: child.sex === 'M' ? 'NAM' : 'NU',
      dan_toc: child.ethnicity,
    });
    for (const r of child.residences) {
      // The world can start a child born after its birth commune's version ended with an
      // inverted segment (from > to); the register holds no such period.
      const from = r.from < child.birthDate ? child.birthDate : r.from;
      if (r.to !== null && r.to <= from) continue;
      residences.push({
        ma_tre: child.id,
        ma_tinh: r.provinceCode,
        ma_huyen: r.districtCode,
        ma_xa: r.code,
        tu_ngay: from,
        den_ngay: r.to,
      });
    }
    for (const [nam, level] of child.poverty) poverty.push({ ma_tre: child.id, nam, muc: level === 'POOR' ? 'NGHEO' : 'CAN_NGHEO' });
    for (const c of child.circumstances) circumstances.push({ ma_tre: child.id, nhom: c.group, tu_ngay: c.from, den_ngay: c.to });

    const first = child.residences[0];
    if (!first) continue;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const ref = `${year}-12-31`;
      const home = residenceOn(child, ref);
      if (!home) continue;
      const special = specialOn(child, ref);
      if (!special && !child.poverty.has(year)) continue;
      const homeVersion = versions.at(home.code, ref);
      if (homeVersion) {
        const key = `${versionKey(homeVersion)}|${year}`;
        inNeed.set(key, (inNeed.get(key) ?? 0) + 1);
      }
      const r = world.random(`labour|support|${child.id}|${year}`);
      const start = first.from > `${year}-01-01` ? first.from : `${year}-01-01`;
      const dates = Array.from({ length: r.int(1, 3) }, () => r.date(start, ref)).sort();
      const firstHome = residenceOn(child, dates[0]!);
      const version = firstHome && versions.at(firstHome.code, dates[0]!);
      if (!version || !r.chance(world.propensity(special ? 'SPECIAL_SUPPORT' : 'POOR_SUPPORT', version, year))) continue;
      const forms = special ? FORMS_SPECIAL : FORMS_POOR;
      const events: { date: string; form: HinhThuc }[] = dates.map((date) => ({ date, form: r.pick(forms) }));
      if (home.provinceCode === CAO_BANG) events.push({ date: r.date(`${year}-11-01`, ref), form: 'DO_DUNG_MUA_DONG' });
      for (const e of events) {
        const at = residenceOn(child, e.date);
        if (!at) continue;
        support.push({
          ma_tre: child.id,
          ma_tinh: at.provinceCode,
          ma_huyen: at.districtCode,
          ma_xa: at.code,
          ngay: e.date,
          hinh_thuc: e.form,
          nguon: e.form === 'DO_DUNG_MUA_DONG' ? r.pick<Nguon>(['XA_HOI_HOA', 'QUY_BTTE']) : r.pick(SOURCES),
          so_tien: amountOf(e.form, r),
          ma_khoan_chi: null,
        });
      }
    }
  }

  // ---- Child Protection Fund: a ledger whose disbursements pay the fund-paid support above ----
  const fund = buildFundLedger(world, support, versions.at, { first: FIRST_YEAR, last: LAST_YEAR });
  const reports: NewBaoCao[] = [];

  // Report submissions: by code and period, filed by the version in force on the submission day.
  // Nominal days (10 May, 30 October, as in Thanh Lĩnh's plan) are not stored; some are late.
  const codes = [...new Set(world.communes.map((v) => v.code))].sort();
  for (const code of codes) {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const [ky, nominal] of [
        ['6T', `${year}-05-10`],
        ['NAM', `${year}-10-30`],
      ] as const) {
        const r = world.random(`labour|report|${code}|${year}|${ky}`);
        const late = r.chance(0.15);
        const date = addDays(nominal, late ? r.int(1, 45) : -r.int(0, 9));
        const v = versions.at(code, date);
        if (!v || !world.reports('labour', code, `${year}-${ky}`, v)) continue;
        reports.push({ ma_tinh: v.provinceCode, ma_xa: code, nam: year, ky, ngay_nop: date });
      }
    }
  }

  await db.transaction().execute(async (trx) => {
    await repo.clearAll(trx);
    await repo.insertChildren(trx, children);
    await repo.insertResidences(trx, residences);
    await repo.insertPoverty(trx, poverty);
    await repo.insertCircumstances(trx, circumstances);
    await repo.insertDonors(trx, fund.donors);
    await repo.insertDonations(trx, fund.donations);
    await repo.insertDisbursements(trx, fund.disbursements);
    await repo.insertAllocations(trx, fund.allocations);
    await repo.ledgerIdsFollow(trx);
    await repo.insertSupport(trx, support);
    await repo.insertReports(trx, reports);
  });
  return {
    tre_em: children.length,
    tre_em_cu_tru: residences.length,
    tre_em_ho_ngheo: poverty.length,
    tre_em_hoan_canh: circumstances.length,
    tro_giup: support.length,
    quy_nha_tai_tro: fund.donors.length,
    quy_khoan_thu: fund.donations.length,
    quy_khoan_chi: fund.disbursements.length,
    quy_phan_bo: fund.allocations.length,
    bao_cao_xa: reports.length,
  };
}
