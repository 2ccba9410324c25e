import type { Kysely } from 'kysely';
import { insertInChunks } from '../../lib/db.ts';
import { DIRECTORY_START, FIRST_YEAR, LAST_YEAR, addDays, daysBetween, firstRowDate } from '../../lib/periods.ts';
import type { World } from './world.ts';
import * as repo from '../../subgraphs/culture/db/repository.ts';
import type {
  CultureDB,
  NewCultureReport,
  NewEquipment,
  NewInspection,
  NewPlayArea,
  NewPlayAreaLocation,
} from '../../subgraphs/culture/db/tables.ts';

/**
 * Synthetic Department of Culture data, drawn from the shared demo world: 0–3 play areas per
 * commune of the first directory snapshot (fewer where the terrain is mountainous), some opened
 * during 2019–2025, equipment that breaks with age, yearly inspections with gaps, and yearly
 * commune reports with gaps. Hải Phòng's mountainous communes get donated equipment in
 * 2024–2025, as its Decision 588 plan targets (14 communes).
 */
const ASSESSED_BY = '2025-11-30';
const KIND_NAME = { NVH: 'Nhà văn hóa', TRUONG: 'Trường học', CONG_VIEN: 'Công viên', DIEM_THON: 'Điểm vui chơi thôn' } as const;
const EQUIPMENT = ['XICH_DU', 'CAU_TRUOT', 'BAP_BENH', 'LEO_NUI', 'THE_THAO'] as const;
const DONORS = [
  'Quỹ Bảo trợ trẻ em Việt Nam',
  'Tỉnh Đoàn',
  'Hội Liên hiệp Phụ nữ',
  'Công ty Xi măng Vicem',
  'Ngân hàng Agribank',
  'Tập đoàn Viettel',
  'Quỹ Hy vọng',
  'Nhà hảo tâm địa phương',
];

const days = (date: string, years: number) => addDays(date, Math.round(years * 365));
const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

export async function seedDemo(db: Kysely<CultureDB>, world: World): Promise<Record<string, number>> {
  const areas: NewPlayArea[] = [];
  const locations: NewPlayAreaLocation[] = [];
  const equipment: NewEquipment[] = [];
  const inspections: NewInspection[] = [];
  const reports: NewCultureReport[] = [];

  for (const base of world.communes.filter((c) => c.validFrom === DIRECTORY_START)) {
    const r = world.random(`culture|areas|${base.code}`);
    const mountain = base.classes.has('MOUNTAINOUS');
    const haiPhongTarget = base.provinceCode === '31' && mountain;
    const p = world.propensity('PLAY_AREA', base, LAST_YEAR) * (mountain ? 0.55 : 1);
    let count = 0;
    for (const step of [0.9, 0.45, 0.2]) {
      if (!r.chance(p * step)) break;
      count++;
    }
    if (haiPhongTarget) count = Math.max(count, 1);
    const short = base.name.replace(/^(Xã|Phường|Thị trấn) /, '');

    for (let n = 1; n <= count; n++) {
      const id = `KVC-${base.code}-${n}`;
      const ar = world.random(`culture|area|${id}`);
      const loai =
        base.kind === 'WARD' ? ar.pick(['CONG_VIEN', 'NVH', 'TRUONG'] as const) : ar.pick(['NVH', 'NVH', 'TRUONG', 'DIEM_THON'] as const);
      let opened = ar.chance(0.55) ? ar.date('2008-01-01', '2018-12-31') : ar.date('2019-01-01', '2025-10-31');
      if (haiPhongTarget && n === 1) opened = min(opened, ar.date('2015-01-01', '2023-06-30'));
      const history = world.placesFrom(base, '2019-01-01', null, id).filter((s) => s.to === null || s.to > opened);
      if (!history.length) continue;
      history[0] = { ...history[0]!, from: opened };
      areas.push({ id, ten: `Khu vui chơi trẻ em ${KIND_NAME[loai]} ${short}${n > 1 ? ` ${n}` : ''}`, loai, ngay_dua_vao_su_dung: opened });
      for (const s of history) {
        locations.push({ khu_id: id, ma_tinh: s.provinceCode, ma_huyen: s.districtCode, ma_xa: s.code, tu_ngay: s.from, den_ngay: s.to });
      }

      // Equipment: most installed at opening, some added later; each breaks after some years.
      const items = ar.int(2, 8);
      const brokenOn: string[] = [];
      let k = 0;
      const addItem = (installed: string, donor: string | null, lifeYears: number): void => {
        k++;
        const ngayHong = days(installed, lifeYears) <= ASSESSED_BY ? days(installed, lifeYears) : null;
        const assessed = max(installed, ar.date('2025-09-01', ASSESSED_BY));
        const worn = daysBetween(installed, assessed) / 365 > lifeYears * 0.6;
        equipment.push({
          id: `${id}-TB${k}`,
          khu_id: id,
          loai: ar.pick(EQUIPMENT),
          nha_tai_tro: donor,
          ngay_lap_dat: installed,
          tinh_trang: ngayHong !== null && ngayHong <= assessed ? 'HONG' : worn ? 'HONG_NHE' : 'TOT',
          ngay_danh_gia: assessed,
          ngay_hong: ngayHong,
        });
        if (ngayHong) brokenOn.push(ngayHong);
        // A broken item is often replaced within a year or so, by a donor or the budget.
        const replaced = ngayHong ? days(ngayHong, 0.2 + ar.next()) : null;
        if (replaced && replaced <= '2025-10-31' && ar.chance(0.6)) {
          addItem(replaced, ar.chance(0.5) ? ar.pick(DONORS) : null, Math.max(2, ar.normal(9, 3)));
        }
      };
      for (let i = 1; i <= items; i++) {
        const installed = ar.chance(0.7) ? opened : ar.date(opened, max(opened, min(days(opened, 4), '2025-10-31')));
        addItem(installed, ar.chance(0.45) ? ar.pick(DONORS) : null, Math.max(2, ar.normal(9, 3)));
      }
      if (haiPhongTarget && n === 1) {
        // Plan 256/KH-UBND: donated play equipment for the mountainous communes, 2024–2025.
        const extra = ar.int(3, 5);
        for (let i = 1; i <= extra; i++) addItem(ar.date('2024-03-01', '2025-10-31'), ar.pick(DONORS), 12);
      }

      // Yearly safety inspections, some missing.
      for (let y = Math.max(FIRST_YEAR, Number(opened.slice(0, 4))); y <= LAST_YEAR; y++) {
        if (!world.reports('culture-inspection', id, String(y), base)) continue;
        const ngay = ar.date(`${y}-03-01`, `${y}-11-30`);
        if (ngay < opened) continue;
        const broken = brokenOn.some((d) => d <= ngay);
        const fail = ar.chance(broken ? 0.7 : 0.08);
        inspections.push({
          khu_id: id,
          ngay,
          ket_qua: fail ? 'KHONG_DAT' : 'DAT',
          ghi_chu: fail ? (broken ? 'Thiết bị hỏng, cần sửa chữa hoặc thay thế' : 'Mặt sân trơn trượt, thiếu biển cảnh báo') : null,
        });
      }
    }
  }

  // Yearly culture reports of every commune version in force on 31 December, some missing.
  for (const v of world.communes) {
    const from = firstRowDate(v.validFrom);
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      const yearEnd = `${y}-12-31`;
      if (yearEnd < from || (v.validUntil !== null && yearEnd > v.validUntil)) continue;
      if (!world.reports('culture-report', v.code, String(y), v)) continue;
      reports.push({ ma_xa: v.code, nam: y, ngay_nop: world.random(`culture|report|${v.code}|${y}`).date(`${y}-11-20`, `${y}-12-10`) });
    }
  }

  await repo.clearAll(db);
  await insertInChunks(areas, (chunk) => repo.insertPlayAreas(db, chunk));
  await insertInChunks(locations, (chunk) => repo.insertPlayAreaLocations(db, chunk));
  await insertInChunks(equipment, (chunk) => repo.insertEquipment(db, chunk));
  await insertInChunks(inspections, (chunk) => repo.insertInspections(db, chunk));
  await insertInChunks(reports, (chunk) => repo.insertReports(db, chunk));
  return {
    khu_vui_choi: areas.length,
    khu_vui_choi_dia_ban: locations.length,
    trang_thiet_bi: equipment.length,
    kiem_tra_an_toan: inspections.length,
    bao_cao_van_hoa: reports.length,
  };
}
