import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, migrate, type Database } from '../lib/db.ts';
import {
  FundError,
  recordDisbursement,
  recordDonation,
  recordFundSupport,
  reverseDisbursement,
  reverseDonation,
} from '../subgraphs/labour/db/fund-ledger.ts';
import type { CapQuy, HinhThuc, LabourDB } from '../subgraphs/labour/db/tables.ts';
import { allocationOrder, mayPay, type DonationTerms } from '../subgraphs/labour/fund-rules.ts';
import { labour } from '../subgraphs/labour/subgraph.ts';
import { ImportError, importLedger, parseLedger } from '../scripts/import-fund.ts';
import { createTestSchemas, type TestSchemas } from './support/database.ts';

/**
 * The fund ledger against the real database: random sequences of donations, disbursements
 * (by the rule or from named donations), support and reversals. A model in plain TypeScript
 * predicts each outcome; the database must agree, refuse with the predicted code and write
 * nothing, and keep every invariant to the đồng.
 */
/** Each run writes under its own province code: the ledger cannot be emptied between runs, by design. */
let PROVINCE = '04';
let run = 0;
const COMMUNES = [
  { ma_xa: 'X1', ma_huyen: 'D1' },
  { ma_xa: 'X2', ma_huyen: 'D1' },
  { ma_xa: 'X3', ma_huyen: 'D2' },
];
const PROGRAMMES = [null, 'QD588'] as const;
const FORMS = [null, 'DO_DUNG_MUA_DONG', 'HO_TRO_GIAO_DUC'] as const;
const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

type Op =
  | { kind: 'donate'; day: number; amount: number; cap: CapQuy; commune: number; earmarkCommune: boolean; programme: number; form: number }
  | {
      kind: 'disburse';
      day: number;
      amount: number;
      commune: number;
      programme: number;
      form: number;
      named: { pick: number; amount: number }[] | null;
    }
  | { kind: 'support'; day: number; amount: number; pick: number; commune: number; form: number }
  | { kind: 'reverseDonation'; day: number; pick: number }
  | { kind: 'reverseDisbursement'; day: number; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('donate' as const),
    day: fc.integer({ min: 0, max: 60 }),
    amount: fc.integer({ min: 1, max: 5_000_000 }),
    cap: fc.constantFrom<CapQuy>('TINH', 'HUYEN', 'XA'),
    commune: fc.nat(2),
    earmarkCommune: fc.boolean(),
    programme: fc.nat(1),
    form: fc.nat(2),
  }),
  fc.record({
    kind: fc.constant('disburse' as const),
    day: fc.integer({ min: 0, max: 60 }),
    amount: fc.integer({ min: 1, max: 4_000_000 }),
    commune: fc.nat(2),
    programme: fc.nat(1),
    form: fc.nat(2),
    named: fc.option(
      fc.array(fc.record({ pick: fc.nat(), amount: fc.integer({ min: 1, max: 3_000_000 }) }), { minLength: 1, maxLength: 3 }),
      { freq: 3 },
    ),
  }),
  fc.record({
    kind: fc.constant('support' as const),
    day: fc.integer({ min: 0, max: 60 }),
    amount: fc.integer({ min: 0, max: 2_000_000 }),
    pick: fc.nat(),
    commune: fc.nat(2),
    form: fc.nat(2),
  }),
  fc.record({ kind: fc.constant('reverseDonation' as const), day: fc.integer({ min: 0, max: 60 }), pick: fc.nat() }),
  fc.record({ kind: fc.constant('reverseDisbursement' as const), day: fc.integer({ min: 0, max: 60 }), pick: fc.nat() }),
);

interface ModelDonation extends DonationTerms {
  amount: bigint;
  reversed: boolean;
}
interface ModelDisbursement {
  id: number;
  ngay: string;
  ma_tinh: string;
  ma_huyen: string | null;
  ma_xa: string;
  chuong_trinh: string | null;
  hinh_thuc: HinhThuc | null;
  amount: bigint;
  reversed: boolean;
  allocations: Map<number, bigint>;
  paid: bigint;
}

class Model {
  donations: ModelDonation[] = [];
  disbursements: ModelDisbursement[] = [];
  allocated(id: number) {
    let sum = 0n;
    for (const c of this.disbursements) if (!c.reversed) sum += c.allocations.get(id) ?? 0n;
    return sum;
  }
  held(d: ModelDonation) {
    return d.reversed ? 0n : d.amount - this.allocated(d.id);
  }
}

/** What the database must say about `op`: the code of its refusal, or null when it is accepted. */
function predict(m: Model, op: Op): string | null {
  switch (op.kind) {
    case 'donate':
      return null;
    case 'disburse': {
      const c = COMMUNES[op.commune]!;
      const target = { ngay: day(op.day), ma_tinh: PROVINCE, ...c, chuong_trinh: PROGRAMMES[op.programme]!, hinh_thuc: FORMS[op.form]! };
      if (!op.named) {
        const held = allocationOrder(m.donations, target).reduce((a, d) => a + m.held(d), 0n);
        return held >= BigInt(op.amount) ? null : 'FUND_INSUFFICIENT';
      }
      const taken = new Map<number, bigint>();
      for (const n of op.named) {
        const d = m.donations[n.pick % Math.max(1, m.donations.length)];
        if (!d) return 'FK';
        const level =
          d.ma_tinh === target.ma_tinh &&
          ((d.cap === 'TINH' && d.ma_don_vi === PROVINCE) ||
            (d.cap === 'HUYEN' && d.ma_don_vi === c.ma_huyen) ||
            (d.cap === 'XA' && d.ma_don_vi === c.ma_xa));
        if (!level) return 'FUND_LEVEL_MISMATCH';
        if (!mayPay({ ...d, ngay: '0000-01-01' }, target)) return 'FUND_EARMARK_VIOLATED';
        if (d.ngay > target.ngay) return 'FUND_NOT_YET_RECEIVED';
        taken.set(d.id, (taken.get(d.id) ?? 0n) + BigInt(n.amount));
        if (d.reversed || taken.get(d.id)! > m.held(d)) return 'FUND_OVERDRAWN';
      }
      return op.named.reduce((a, n) => a + BigInt(n.amount), 0n) === BigInt(op.amount) ? null : 'FUND_UNTRACED';
    }
    case 'support': {
      const c = m.disbursements[op.pick % Math.max(1, m.disbursements.length)];
      if (!c) return 'SKIP';
      if (c.reversed) return 'FUND_DISBURSEMENT_REVERSED';
      if (COMMUNES[op.commune]!.ma_xa !== c.ma_xa) return 'FUND_SUPPORT_ELSEWHERE';
      const form = FORMS[op.form] ?? 'TRO_GIUP_XA_HOI';
      if (c.hinh_thuc !== null && form !== c.hinh_thuc) return 'FUND_EARMARK_VIOLATED';
      if (day(op.day) < c.ngay) return 'FUND_NOT_YET_RECEIVED';
      return c.paid + BigInt(op.amount) > c.amount ? 'FUND_SUPPORT_EXCEEDS_DISBURSEMENT' : null;
    }
    case 'reverseDonation': {
      const d = m.donations[op.pick % Math.max(1, m.donations.length)];
      if (!d) return 'SKIP';
      if (d.reversed || m.allocated(d.id) !== 0n || day(op.day) < d.ngay) return 'FUND_REVERSAL_REFUSED';
      return null;
    }
    case 'reverseDisbursement': {
      const c = m.disbursements[op.pick % Math.max(1, m.disbursements.length)];
      if (!c) return 'SKIP';
      if (c.reversed || day(op.day) < c.ngay) return 'FUND_REVERSAL_REFUSED';
      return c.paid > 0n ? 'FUND_SUPPORT_EXCEEDS_DISBURSEMENT' : null;
    }
  }
}

describe('the fund ledger', () => {
  let schemas: TestSchemas;
  let database: Database<LabourDB>;
  let db: Kysely<LabourDB>;

  beforeAll(async () => {
    schemas = await createTestSchemas();
    const settings = schemas.settings('labour');
    database = connect<LabourDB>(settings);
    db = database.db;
    await migrate(db, settings.schema, labour.migrations);
    await db.insertInto('quy_nha_tai_tro').values({ ma_nha_tai_tro: 'D', ten: 'Công ty CP Thử nghiệm', loai: 'DOANH_NGHIEP' }).execute();
    await db
      .insertInto('tre_em')
      .values({ ma_tre: 'C1', ho_ten: 'Trẻ thử', ngay_sinh: '2015-01-01', gioi_tinh: 'NU', dan_toc: 'Tày' })
      .execute();
  });
  afterAll(async () => {
    await database?.close();
    await schemas?.drop();
  });

  const counts = async () => {
    const n = async (table: 'quy_khoan_thu' | 'quy_khoan_chi' | 'quy_phan_bo' | 'tro_giup') =>
      (await db.selectFrom(table).select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow()).n;
    return [await n('quy_khoan_thu'), await n('quy_khoan_chi'), await n('quy_phan_bo'), await n('tro_giup')].join('/');
  };

  /** Every invariant, read back from the database. */
  async function checkInvariants(m: Model) {
    const thu = await db.selectFrom('quy_khoan_thu').selectAll().where('ma_tinh', '=', PROVINCE).orderBy('id').execute();
    const chi = await db.selectFrom('quy_khoan_chi').selectAll().where('ma_tinh', '=', PROVINCE).orderBy('id').execute();
    const chiIds = chi.map((c) => c.id);
    const alloc = chiIds.length ? await db.selectFrom('quy_phan_bo').selectAll().where('ma_khoan_chi', 'in', chiIds).execute() : [];
    const support = chiIds.length
      ? await db.selectFrom('tro_giup').select(['ma_khoan_chi', 'so_tien']).where('ma_khoan_chi', 'in', chiIds).execute()
      : [];
    const big = (v: string | number) => BigInt(v);
    const byThu = new Map<number, bigint>();
    const byChi = new Map<number, bigint>();
    for (const a of alloc) {
      byThu.set(a.ma_khoan_thu, (byThu.get(a.ma_khoan_thu) ?? 0n) + big(a.so_tien));
      byChi.set(a.ma_khoan_chi, (byChi.get(a.ma_khoan_chi) ?? 0n) + big(a.so_tien));
    }
    // Every đồng disbursed traces to donations; no donation gives more than it holds.
    for (const c of chi) expect(byChi.get(c.id) ?? 0n, `disbursement ${c.id}`).toBe(big(c.so_tien));
    for (const t of thu.filter((x) => x.dao_nguoc_id === null)) {
      const net = big(t.so_tien) + thu.filter((r) => r.dao_nguoc_id === t.id).reduce((a, r) => a + big(r.so_tien), 0n);
      const taken = byThu.get(t.id) ?? 0n;
      expect(taken >= 0n && taken <= net, `donation ${t.id}: ${taken} of ${net}`).toBe(true);
      expect(net - taken).toBe(m.held(m.donations.find((d) => d.id === t.id)!));
    }
    // Both sides equal to the đồng: donated = disbursed + unspent.
    const donated = thu.reduce((a, t) => a + big(t.so_tien), 0n);
    const disbursed = chi.reduce((a, c) => a + big(c.so_tien), 0n);
    const unspent = m.donations.reduce((a, d) => a + m.held(d), 0n);
    expect(donated).toBe(disbursed + unspent);
    // Earmarks and places honoured on every allocation.
    const thuById = new Map(thu.map((t) => [t.id, t]));
    const chiById = new Map(chi.map((c) => [c.id, c]));
    for (const a of alloc) {
      const t = thuById.get(a.ma_khoan_thu)!;
      const c = chiById.get(a.ma_khoan_chi)!;
      const original = c.dao_nguoc_id === null ? c : chiById.get(c.dao_nguoc_id)!;
      expect(mayPay(t, original), `allocation ${a.id}`).toBe(true);
    }
    // Every support paid from the fund draws on a live disbursement, within its amount.
    for (const c of chi) {
      const paid = support.filter((s) => s.ma_khoan_chi === c.id).reduce((a, s) => a + big(s.so_tien), 0n);
      expect(paid <= big(c.so_tien) || paid === 0n).toBe(true);
    }
  }

  async function apply(m: Model, op: Op): Promise<string | null> {
    const c = 'commune' in op ? COMMUNES[op.commune]! : COMMUNES[0]!;
    switch (op.kind) {
      case 'donate': {
        const ma_don_vi = op.cap === 'TINH' ? PROVINCE : op.cap === 'HUYEN' ? c.ma_huyen : c.ma_xa;
        const terms = {
          ngay: day(op.day),
          cap: op.cap,
          ma_tinh: PROVINCE,
          ma_don_vi,
          chi_dinh_xa: op.earmarkCommune ? c.ma_xa : null,
          chi_dinh_chuong_trinh: PROGRAMMES[op.programme]!,
          chi_dinh_hinh_thuc: FORMS[op.form]!,
        };
        const id = await recordDonation(db, { ...terms, ma_nha_tai_tro: 'D', so_tien: op.amount });
        m.donations.push({ id, ...terms, amount: BigInt(op.amount), reversed: false });
        return null;
      }
      case 'disburse': {
        const target = { ngay: day(op.day), ma_tinh: PROVINCE, ...c, chuong_trinh: PROGRAMMES[op.programme]!, hinh_thuc: FORMS[op.form]! };
        const from = op.named?.map((n) => ({
          ma_khoan_thu: m.donations[n.pick % Math.max(1, m.donations.length)]?.id ?? 999_999,
          so_tien: n.amount,
        }));
        const id = await recordDisbursement(db, { ...target, so_tien: op.amount, muc_dich: 'thử', nguoi_duyet: 'Chủ tịch', from });
        const allocations = new Map<number, bigint>();
        if (from) for (const f of from) allocations.set(f.ma_khoan_thu, (allocations.get(f.ma_khoan_thu) ?? 0n) + BigInt(f.so_tien));
        else {
          // The rule, replayed in the model: the database must have allocated exactly this.
          let left = BigInt(op.amount);
          for (const d of allocationOrder(m.donations, target)) {
            const take = m.held(d) < left ? m.held(d) : left;
            if (take > 0n) allocations.set(d.id, take);
            left -= take;
          }
        }
        const stored = await db
          .selectFrom('quy_phan_bo')
          .select(['ma_khoan_thu', sql<string>`sum(so_tien)`.as('s')])
          .where('ma_khoan_chi', '=', id)
          .groupBy('ma_khoan_thu')
          .execute();
        expect(new Map(stored.map((r) => [r.ma_khoan_thu, BigInt(r.s)]))).toEqual(allocations);
        m.disbursements.push({ id, ...target, amount: BigInt(op.amount), reversed: false, allocations, paid: 0n });
        return null;
      }
      case 'support': {
        const d = m.disbursements[op.pick % m.disbursements.length]!;
        await recordFundSupport(db, {
          ma_tre: 'C1',
          ma_tinh: PROVINCE,
          ...c,
          ngay: day(op.day),
          hinh_thuc: FORMS[op.form] ?? 'TRO_GIUP_XA_HOI',
          so_tien: op.amount,
          ma_khoan_chi: d.id,
        });
        d.paid += BigInt(op.amount);
        return null;
      }
      case 'reverseDonation': {
        const d = m.donations[op.pick % m.donations.length]!;
        await reverseDonation(db, d.id, day(op.day), 'nhập sai');
        d.reversed = true;
        return null;
      }
      case 'reverseDisbursement': {
        const d = m.disbursements[op.pick % m.disbursements.length]!;
        await reverseDisbursement(db, d.id, day(op.day), 'Chủ tịch');
        d.reversed = true;
        return null;
      }
    }
  }

  it('keeps every invariant on random ledgers, refusing with the predicted code and writing nothing', async () => {
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 25 }), async (ops) => {
        PROVINCE = `R${++run}`;
        const m = new Model();
        for (const op of ops) {
          const expected = predict(m, op);
          if (expected === 'SKIP' || expected === 'FK') continue;
          const before = await counts();
          const got = await apply(m, op).catch((err: unknown) => (err instanceof FundError ? err.code : `unexpected ${String(err)}`));
          expect(got, JSON.stringify(op)).toBe(expected);
          if (got !== null) {
            refusals++;
            expect(await counts()).toBe(before);
          }
        }
        await checkInvariants(m);
      }),
      { numRuns: 30, seed: 12 },
    );
    expect(refusals).toBeGreaterThan(10);
  });

  it('refuses updates and deletes of ledger rows (append-only)', async () => {
    const id = await recordDonation(db, {
      ngay: '2024-01-01',
      ma_nha_tai_tro: 'D',
      so_tien: 10,
      cap: 'TINH',
      ma_tinh: '99',
      ma_don_vi: '99',
    });
    const code = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: { code?: string }) => e.code,
      );
    expect(await code(db.updateTable('quy_khoan_thu').set({ so_tien: 5 }).where('id', '=', id).execute())).toBe('QB001');
    expect(await code(db.deleteFrom('quy_khoan_thu').where('id', '=', id).execute())).toBe('QB001');
  });

  describe('a ledger file (npm run import:fund)', () => {
    const HEADER =
      'kind,ref,name,donor_kind,date,donor,amount,level,province,unit,district,commune,earmark_commune,earmark_programme,earmark_form,in_kind,in_kind_description,purpose,approved_by,programme,form,from,reverses';
    const line = (v: Record<string, string>) =>
      HEADER.split(',')
        .map((k) => v[k] ?? '')
        .join(',');
    const GOOD = [
      HEADER,
      line({ kind: 'donor', ref: 'F-DN1', name: 'Công ty CP Ánh Dương', donor_kind: 'DOANH_NGHIEP' }),
      line({
        kind: 'donation',
        ref: 'T1',
        date: '2024-10-05',
        donor: 'F-DN1',
        amount: '90000000',
        level: 'TINH',
        province: '77',
        unit: '77',
        earmark_form: 'DO_DUNG_MUA_DONG',
        in_kind: 'yes',
        in_kind_description: '500 chăn ấm định giá 180000 đồng',
      }),
      line({
        kind: 'donation',
        ref: 'T2',
        date: '2024-10-06',
        donor: 'F-DN1',
        amount: '20000000',
        level: 'TINH',
        province: '77',
        unit: '77',
      }),
      line({
        kind: 'disbursement',
        ref: 'C1',
        date: '2024-11-20',
        amount: '95000000',
        province: '77',
        district: '777',
        commune: '77701',
        purpose: 'Chăn ấm',
        approved_by: 'Chủ tịch',
        form: 'DO_DUNG_MUA_DONG',
      }),
      line({
        kind: 'disbursement',
        ref: 'C2',
        date: '2024-11-21',
        amount: '1000000',
        province: '77',
        commune: '77702',
        purpose: 'Học bổng',
        approved_by: 'Chủ tịch',
        from: 'T2:1000000',
      }),
      line({ kind: 'reverse_disbursement', ref: 'C3', date: '2024-11-22', reverses: 'C2', approved_by: 'Chủ tịch' }),
    ].join('\n');

    it('writes every row, allocated by the rule: the earmarked gift in kind first', async () => {
      const counts = await importLedger(db, parseLedger(GOOD));
      expect(counts).toEqual({ donor: 1, donation: 2, disbursement: 2, reverse_disbursement: 1 });
      const alloc = await db
        .selectFrom('quy_phan_bo as p')
        .innerJoin('quy_khoan_thu as t', 't.id', 'p.ma_khoan_thu')
        .innerJoin('quy_khoan_chi as c', 'c.id', 'p.ma_khoan_chi')
        .where('t.ma_tinh', '=', '77')
        .select(['c.ma_xa', 't.hien_vat', sql<string>`sum(p.so_tien)::text`.as('s')])
        .groupBy(['c.ma_xa', 't.hien_vat'])
        .orderBy('c.ma_xa')
        .orderBy('t.hien_vat')
        .execute();
      expect(alloc).toEqual([
        { ma_xa: '77701', hien_vat: false, s: '5000000' },
        { ma_xa: '77701', hien_vat: true, s: '90000000' },
        { ma_xa: '77702', hien_vat: false, s: '0' },
      ]);
    });

    it('lists every invalid row and writes nothing', async () => {
      const before = await counts();
      const bad = [
        HEADER,
        line({
          kind: 'donation',
          ref: 'X',
          date: '2024-13-01',
          donor: 'nobody',
          amount: '12.5',
          level: 'TINH',
          province: '77',
          unit: '77',
        }),
        line({ kind: 'gift', ref: 'Y' }),
        line({ kind: 'donation', ref: 'Z', date: '2024-01-01', donor: 'nobody', amount: '5', level: 'TINH', province: '77', unit: '77' }),
      ].join('\n');
      const err = (() => {
        try {
          parseLedger(bad);
        } catch (e) {
          return e;
        }
      })() as ImportError;
      expect(err).toBeInstanceOf(ImportError);
      expect(err.problems.join('\n')).toMatch(/line 2: amount/);
      expect(err.problems.join('\n')).toMatch(/line 4: donor nobody is not defined above/);
      expect(err.problems.join('\n')).toMatch(/line 2: date/);
      expect(err.problems.join('\n')).toMatch(/line 3: kind/);
      expect(await counts()).toBe(before);
    });

    it('refuses a file whose disbursement overdraws, naming the line, and writes nothing of it', async () => {
      const before = await counts();
      const file = [
        HEADER,
        line({ kind: 'donor', ref: 'F-DN2', name: 'Hội Từ thiện', donor_kind: 'TO_CHUC' }),
        line({
          kind: 'donation',
          ref: 'T9',
          date: '2024-01-05',
          donor: 'F-DN2',
          amount: '1000',
          level: 'XA',
          province: '78',
          unit: '78001',
        }),
        line({
          kind: 'disbursement',
          ref: 'C9',
          date: '2024-02-01',
          amount: '1001',
          province: '78',
          commune: '78001',
          purpose: 'x',
          approved_by: 'y',
          from: 'T9:1001',
        }),
      ].join('\n');
      await expect(importLedger(db, parseLedger(file))).rejects.toThrow(/line 4: FUND_OVERDRAWN/);
      expect(await counts()).toBe(before);
      expect(await db.selectFrom('quy_nha_tai_tro').select('ma_nha_tai_tro').where('ma_nha_tai_tro', '=', 'F-DN2').execute()).toEqual([]);
    });
  });
});
