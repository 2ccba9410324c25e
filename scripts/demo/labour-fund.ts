import { firstRowDate } from '../../lib/periods.ts';
import type { CommuneVersion, World } from './world.ts';
import type { LedgerAllocation, LedgerDisbursement, LedgerDonation } from '../../subgraphs/labour/db/repository.ts';
import type { CapQuy, HinhThuc, NewNhaTaiTro, NewTroGiup } from '../../subgraphs/labour/db/tables.ts';
import { allocationOrder, PROGRAMME } from '../../subgraphs/labour/fund-rules.ts';

/**
 * The demo's Child Protection Fund ledger: donors, donations (a few large corporate gifts, many
 * small ones, earmarks toward extremely difficult and mountainous communes, Cao Bằng's winter
 * quilts and clothes in kind with their valuation), and one disbursement per commune, year and
 * form paying exactly the fund-paid support filed there. Allocation follows the documented rule
 * (fund-rules.ts); support the fund cannot cover when it is paid falls to the state budget.
 * Deterministic from the world's seed; the database re-checks every invariant on insert.
 */
const CAO_BANG = '04';
const BIG_DONORS = [
  'Tập đoàn Sao Mai Việt Nam',
  'Ngân hàng TMCP Phú Gia',
  'Công ty CP Thép Hưng Thịnh',
  'Công ty TNHH Điện tử Bình Minh',
  'Tổng công ty Hàng hải Đông Á',
];
const SMALL_ORGS = ['Hội Chữ thập đỏ', 'Hội Phụ nữ', 'Đoàn Thanh niên', 'Công ty TNHH', 'Hợp tác xã', 'Câu lạc bộ thiện nguyện'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Nông', 'Lục', 'Triệu'];
const GIVEN = ['Văn An', 'Thị Bình', 'Văn Cường', 'Thị Dung', 'Minh Đức', 'Thu Hà', 'Quang Huy', 'Thị Lan', 'Văn Nam', 'Thị Phương'];
const IN_KIND = [
  { item: 'chăn ấm', unit: 180_000 },
  { item: 'bộ quần áo ấm', unit: 250_000 },
  { item: 'áo khoác và mũ len', unit: 150_000 },
];

export interface FundLedger {
  donors: NewNhaTaiTro[];
  donations: LedgerDonation[];
  disbursements: LedgerDisbursement[];
  allocations: LedgerAllocation[];
}

const programmeOf = (v: CommuneVersion) =>
  v.classes.has('EXTREMELY_DIFFICULT') ? PROGRAMME.EXTREMELY_DIFFICULT : v.classes.has('MOUNTAINOUS') ? PROGRAMME.MOUNTAINOUS : null;

/**
 * Builds the ledger and links `support` rows with nguon QUY_BTTE to their disbursement (setting
 * ma_khoan_chi), or moves them to the state budget when the fund was short.
 */
export function buildFundLedger(
  world: World,
  support: NewTroGiup[],
  versionAt: (code: string, date: string) => CommuneVersion | null,
  years: { first: number; last: number },
): FundLedger {
  const dr = world.random('labour|fund|donors');
  const donors: NewNhaTaiTro[] = BIG_DONORS.map((ten, i) => ({
    ma_nha_tai_tro: `DN${String(i + 1).padStart(3, '0')}`,
    ten,
    loai: 'DOANH_NGHIEP',
  }));
  for (let i = 1; i <= 40; i++) {
    const org = dr.chance(0.35);
    donors.push({
      ma_nha_tai_tro: `NTT${String(i).padStart(3, '0')}`,
      ten: org
        ? `${dr.pick(SMALL_ORGS)} ${dr.pick(['An Phát', 'Tân Tiến', 'Hòa Bình', 'Thành Công', 'Việt Tiến'])} ${i}`
        : `${dr.pick(FAMILY)} ${dr.pick(GIVEN)}`,
      loai: org ? 'TO_CHUC' : 'CA_NHAN',
    });
  }
  const big = donors.slice(0, BIG_DONORS.length);
  const small = donors.slice(BIG_DONORS.length);

  // Needs: fund-paid support by commune version, year and form (one disbursement each).
  interface Need {
    v: CommuneVersion;
    year: number;
    form: HinhThuc;
    rows: NewTroGiup[];
  }
  const needs = new Map<string, Need>();
  for (const s of support) {
    if (s.nguon !== 'QUY_BTTE') continue;
    const v = versionAt(s.ma_xa, s.ngay);
    if (!v || Number(s.so_tien) <= 0) {
      s.nguon = 'NGAN_SACH';
      continue;
    }
    const key = `${v.code}|${v.validFrom}|${s.ngay.slice(0, 4)}|${s.hinh_thuc}`;
    const need = needs.get(key) ?? { v, year: Number(s.ngay.slice(0, 4)), form: s.hinh_thuc, rows: [] };
    need.rows.push(s);
    needs.set(key, need);
  }
  const needByProvinceYear = new Map<string, number>();
  for (const n of needs.values()) {
    const key = `${n.v.provinceCode}|${n.year}`;
    needByProvinceYear.set(key, (needByProvinceYear.get(key) ?? 0) + n.rows.reduce((a, s) => a + Number(s.so_tien), 0));
  }

  // Donations, per province and year, sized on the year's needs (with some left over).
  const donations: LedgerDonation[] = [];
  const provinces = [...new Set(world.communes.map((v) => v.provinceCode))].sort();
  const million = (n: number) => Math.max(1, Math.round(n / 1_000_000)) * 1_000_000;
  for (let year = years.first; year <= years.last; year++) {
    for (const province of provinces) {
      const r = world.random(`labour|fund|donations|${province}|${year}`);
      const need = needByProvinceYear.get(`${province}|${year}`) ?? 0;
      const units = world.communes.filter(
        (v) =>
          v.provinceCode === province &&
          (v.validUntil === null || v.validUntil >= `${year}-01-01`) &&
          firstRowDate(v.validFrom) <= `${year}-12-31`,
      );
      if (!units.length) continue;
      const add = (
        d: Omit<
          LedgerDonation,
          'id' | 'ma_tinh' | 'hien_vat' | 'mo_ta_hien_vat' | 'chi_dinh_xa' | 'chi_dinh_chuong_trinh' | 'chi_dinh_hinh_thuc'
        > &
          Partial<LedgerDonation>,
      ) =>
        donations.push({
          id: 0,
          ma_tinh: province,
          hien_vat: 'false',
          mo_ta_hien_vat: null,
          chi_dinh_xa: null,
          chi_dinh_chuong_trinh: null,
          chi_dinh_hinh_thuc: null,
          ...d,
        });
      for (let i = r.int(1, 2); i > 0; i--) {
        const earmark = r.pick([null, null, PROGRAMME.EXTREMELY_DIFFICULT, PROGRAMME.MOUNTAINOUS]);
        add({
          ngay: r.date(`${year}-01-05`, `${year}-06-30`),
          ma_nha_tai_tro: r.pick(big).ma_nha_tai_tro,
          so_tien: million(Math.max(50_000_000, (need * r.int(15, 35)) / 100)),
          cap: 'TINH',
          ma_don_vi: province,
          chi_dinh_chuong_trinh: earmark,
        });
      }
      for (let i = r.int(15, 30); i > 0; i--) {
        const unit = r.pick(units);
        const from = firstRowDate(unit.validFrom) > `${year}-01-01` ? firstRowDate(unit.validFrom) : `${year}-01-01`;
        const to = unit.validUntil !== null && unit.validUntil < `${year}-12-31` ? unit.validUntil : `${year}-12-31`;
        if (from > to) continue;
        const cap: CapQuy = r.pick(['TINH', 'HUYEN', 'XA', 'XA']);
        const level: CapQuy = cap === 'HUYEN' && !unit.districtCode ? 'TINH' : cap;
        add({
          ngay: r.date(from, to),
          ma_nha_tai_tro: r.pick(small).ma_nha_tai_tro,
          so_tien: million(Math.max(1_000_000, (need * r.int(1, 6)) / 100)),
          cap: level,
          ma_don_vi: level === 'TINH' ? province : level === 'HUYEN' ? unit.districtCode! : unit.code,
          chi_dinh_xa: level === 'XA' && r.chance(0.3) ? unit.code : null,
        });
      }
      if (province === CAO_BANG) {
        for (const gift of IN_KIND) {
          const quantity = r.int(20, 80) * 10;
          add({
            ngay: r.date(`${year}-10-01`, `${year}-11-10`),
            ma_nha_tai_tro: r.pick(big).ma_nha_tai_tro,
            so_tien: quantity * gift.unit,
            cap: 'TINH',
            ma_don_vi: province,
            hien_vat: 'true',
            mo_ta_hien_vat: `${quantity} ${gift.item}, định giá ${gift.unit.toLocaleString('vi-VN')} đồng/đơn vị`,
            chi_dinh_hinh_thuc: 'DO_DUNG_MUA_DONG',
          });
        }
      }
    }
  }
  donations.sort((a, b) => a.ngay.localeCompare(b.ngay) || a.ma_tinh.localeCompare(b.ma_tinh));
  donations.forEach((d, i) => (d.id = i + 1));

  // Disbursements in date order, each allocated by the rule or, when the fund is short, not made.
  const balance = new Map(donations.map((d) => [d.id, Number(d.so_tien)]));
  const disbursements: LedgerDisbursement[] = [];
  const allocations: LedgerAllocation[] = [];
  const ordered = [...needs.values()]
    .map((n) => ({
      ...n,
      date: n.rows.reduce((m, s) => (s.ngay < m ? s.ngay : m), n.rows[0]!.ngay),
      amount: n.rows.reduce((a, s) => a + Number(s.so_tien), 0),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.v.code.localeCompare(b.v.code) || a.form.localeCompare(b.form));
  for (const n of ordered) {
    const target = {
      ma_tinh: n.v.provinceCode,
      ma_huyen: n.v.districtCode,
      ma_xa: n.v.code,
      chuong_trinh: programmeOf(n.v),
      hinh_thuc: n.form,
      ngay: n.date,
    };
    const eligible = allocationOrder(
      donations.filter((d) => (balance.get(d.id) ?? 0) > 0),
      target,
    );
    const held = eligible.reduce((a, d) => a + balance.get(d.id)!, 0);
    if (held < n.amount) {
      for (const s of n.rows) s.nguon = 'NGAN_SACH';
      continue;
    }
    const id = disbursements.length + 1;
    disbursements.push({
      id,
      ...target,
      so_tien: n.amount,
      muc_dich: `Chi trả trợ giúp trẻ em (${n.form})`,
      nguoi_duyet: `Chủ tịch Hội đồng quản lý quỹ tỉnh ${n.v.provinceCode}`,
    });
    let left = n.amount;
    for (const d of eligible) {
      if (left === 0) break;
      const take = Math.min(left, balance.get(d.id)!);
      balance.set(d.id, balance.get(d.id)! - take);
      allocations.push({ ma_khoan_chi: id, ma_khoan_thu: d.id, so_tien: take });
      left -= take;
    }
    for (const s of n.rows) s.ma_khoan_chi = id;
  }
  return { donors, donations, disbursements, allocations };
}
