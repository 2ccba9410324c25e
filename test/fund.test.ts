import { readFileSync } from 'node:fs';
import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../lib/config.ts';
import { connect } from '../lib/db.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import { refreshPattern } from '../subgraphs/coverage/patterns.ts';
import { getDirectory } from '../lib/directory/lineage.ts';
import { mapVersion } from '../lib/directory/onto-date.ts';
import { SMALL_COUNT_K } from '../lib/sensitivity.ts';
import { fundCountCells } from '../subgraphs/labour/db/fund-reads.ts';
import { HINH_THUC, type HinhThuc, type LabourDB } from '../subgraphs/labour/db/tables.ts';
import {
  auditFundYear,
  cellKey,
  FORM_KEYS,
  fundPattern,
  fundYears,
  NATION,
  primaryCells,
  type FundYear,
} from '../subgraphs/labour/fund-disclosure.ts';
import { clientToken } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/**
 * The Child Protection Fund through the gateway, on the demo's ledger for Hải Phòng and Cao
 * Bằng: one large donation traced to communes and children, the plans' reports in one query
 * each, backwards tracing, who sees what, and every fund figure reconciled to the đồng.
 */
let sg: TestSupergraph;
let db: pg.Client;
const headers: Record<string, Record<string, string>> = {};
const token = async (role: string, area?: string[]) => ({
  authorization: `Bearer ${await clientToken({ subject: role.toLowerCase(), role, area })}`,
});
const L = () => `"${sg.schemas.settings('labour').schema}"`;
const rows = async (text: string, values: unknown[] = []) => (await db.query(text, values)).rows;
const big = (v: string | number | null | undefined) => BigInt(v ?? 0);
const total = (values: (string | number)[]) => values.reduce<bigint>((a, v) => a + big(v), 0n);

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: { seed: 7, provinces: ['31', '04'], childrenPerCommune: 12 } });
  db = new pg.Client({ connectionString: sg.schemas.url });
  await db.connect();
  headers.anonymous = {};
  headers.admin = await token('ADMIN');
  headers.officer04 = await token('OFFICER', ['04@2024-06-01']);
  headers.analyst = await token('ANALYST');
  headers.ministry = await token('MINISTRY');
  // 2024's suppression pattern, computed here rather than by the first request (on a loaded machine it outlasts a subgraph call's timeout)
  const coverage = connect<CoverageDB>(sg.schemas.settings('coverage'));
  try {
    await refreshPattern(coverage.db, 2024);
  } finally {
    await coverage.close();
  }
}, 900_000);
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const ask = async (query: string, who = 'admin', variables?: Record<string, unknown>) => {
  const res = await sg.query(query, variables, headers[who]);
  expect(res.errors).toBeUndefined();
  return res.data as any;
};

const TRACE = `query($id: ID!) { fundDonation(id: $id) {
  id amount inKind level provinceCode donor { kind name } earmark { programme form } disbursed unspent communesOutsideArea
  communes { communeCode provinceCode amount disbursements childrenSupported byForm { form children supportEvents amount } } } }`;

describe('one large donation, traced', () => {
  it('reaches communes and children by form, and the traced amounts add up to the donation', async () => {
    const list = await ask(
      `{ fundDonations(provinceCode: "04", first: 10) { totalCount nodes { id amount disbursed donor { kind name } } } }`,
    );
    expect(list.fundDonations.totalCount).toBeGreaterThan(20);
    // The largest donation that money was drawn from (earmarked ones can wait for their use).
    const largest = list.fundDonations.nodes.find((n: any) => n.disbursed !== '0');
    expect(largest.donor.kind).toBe('ENTERPRISE');
    const { fundDonation: d } = await ask(TRACE, 'admin', { id: largest.id });
    expect(d.communes.length).toBeGreaterThan(0);
    expect(d.communesOutsideArea).toBe(0);
    // Every đồng: what went to communes plus what is unspent is the donation.
    expect(total(d.communes.map((c: any) => c.amount)) + big(d.unspent)).toBe(big(d.amount));
    expect(total(d.communes.map((c: any) => c.amount))).toBe(big(d.disbursed));
    // Against the ledger's own rows.
    const [ledger] = await rows(`select coalesce(sum(so_tien), 0)::text s from ${L()}.quy_phan_bo where ma_khoan_thu = $1`, [Number(d.id)]);
    expect(d.disbursed).toBe(ledger.s);
    const reached = d.communes.filter((c: any) => c.childrenSupported > 0);
    expect(reached.length).toBeGreaterThan(0);
    const c = reached[0];
    const forms = await rows(
      `select g.hinh_thuc, count(distinct g.ma_tre)::int n from ${L()}.tro_giup g where g.ma_khoan_chi in
         (select p.ma_khoan_chi from ${L()}.quy_phan_bo p join ${L()}.quy_khoan_chi k on k.id = p.ma_khoan_chi where p.ma_khoan_thu = $1 and k.ma_xa = $2)
       group by g.hinh_thuc`,
      [Number(d.id), c.communeCode],
    );
    const FORM: Record<string, string> = {
      CHAM_SOC_SUC_KHOE: 'HEALTH_CARE',
      TRO_GIUP_XA_HOI: 'SOCIAL_ASSISTANCE',
      HO_TRO_GIAO_DUC: 'EDUCATION_VOCATIONAL',
      TRO_GIUP_PHAP_LY: 'LEGAL_AID',
      TU_VAN_TAM_LY: 'COUNSELLING_PSYCHOLOGICAL',
      DO_DUNG_MUA_DONG: 'WARM_WINTER_ITEMS',
    };
    for (const f of c.byForm) expect(f.children, f.form).toBe(forms.find((r) => FORM[r.hinh_thuc] === f.form)?.n ?? 0);
  });

  it('shows anonymous callers the donation and organisation donors, and nothing of the money paid out', async () => {
    const list = await ask(`{ fundDonations(provinceCode: "04", first: 1) { nodes { id } } }`, 'anonymous');
    const { fundDonation: d } = await ask(TRACE, 'anonymous', { id: list.fundDonations.nodes[0].id });
    expect(d).toMatchObject({
      disbursed: null,
      unspent: null,
      communes: null,
      communesOutsideArea: null,
      donor: { kind: 'ENTERPRISE', name: expect.any(String) },
    });
    const [person] = await rows(`select ma_nha_tai_tro from ${L()}.quy_nha_tai_tro where loai = 'CA_NHAN' order by 1 limit 1`);
    const anon = await ask(`query($id: ID!) { fundDonor(id: $id) { kind name totalDonated } }`, 'anonymous', { id: person.ma_nha_tai_tro });
    expect(anon.fundDonor).toMatchObject({ kind: 'INDIVIDUAL', name: null });
    const admin = await ask(`query($id: ID!) { fundDonor(id: $id) { name } }`, 'admin', { id: person.ma_nha_tai_tro });
    expect(admin.fundDonor.name).toEqual(expect.any(String));
    const audit = await ask(`{ childRecordAudit(first: 5) { nodes { query } } }`);
    expect(audit.childRecordAudit.nodes.map((n: any) => n.query)).toContain(`FundDonor(${person.ma_nha_tai_tro}).name`);
  });

  it('shows an officer of Cao Bằng only the communes of Cao Bằng', async () => {
    const list = await ask(`{ fundDonations(provinceCode: "04", first: 3) { nodes { id } } }`, 'officer04');
    const { fundDonation: d } = await ask(TRACE, 'officer04', { id: list.fundDonations.nodes[0].id });
    expect(d.communes.every((c: any) => c.provinceCode === '04')).toBe(true);
    const other = await ask(
      `{ fundDonations(provinceCode: "31", first: 1) { nodes { id disbursed communes { communeCode } communesOutsideArea } } }`,
      'officer04',
    );
    expect(other.fundDonations.nodes[0]).toMatchObject({ disbursed: null, communes: [] });
  });
});

const PLAN_HAI_PHONG = `{ fundReport(provinceCode: "31", fromYear: 2019, toYear: 2025) {
  scope years { year mobilised disbursed childrenSupported byForm { form children }
    byLevel { level donations mobilisedCash mobilisedInKind disbursed unspentAtYearEnd } } } }`;
const PLAN_CAO_BANG = `{ communes(provinceCode: "04", classification: EXTREMELY_DIFFICULT, date: "2025-06-30", first: 500) {
  nodes { code name fundReport(fromYear: 2019, toYear: 2025) { years { year mobilised disbursed childrenSupported byForm { form children } } } } } }`;

describe("the plans' reporting form", () => {
  it("answers Hải Phòng's 2019–2025 report in one query, equal to the ledger", async () => {
    const { fundReport } = await ask(PLAN_HAI_PHONG);
    expect(fundReport.years.map((y: any) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const y of fundReport.years) {
      const [l] = await rows(
        `select coalesce(sum(so_tien), 0)::text donated,
           (select coalesce(sum(so_tien), 0)::text from ${L()}.quy_khoan_chi where ma_tinh = '31' and extract(year from ngay) = $1) paid
         from ${L()}.quy_khoan_thu where ma_tinh = '31' and extract(year from ngay) = $1`,
        [y.year],
      );
      expect([y.mobilised, y.disbursed]).toEqual([l.donated, l.paid]);
      expect(total(y.byLevel.map((b: any) => b.disbursed))).toBe(big(y.disbursed));
    }
    const last = fundReport.years.at(-1);
    // Unspent at the end of 2025 = everything given − everything paid out, to the đồng.
    const [all] = await rows(`select (select sum(so_tien) from ${L()}.quy_khoan_thu where ma_tinh = '31')
      - (select sum(p.so_tien) from ${L()}.quy_phan_bo p join ${L()}.quy_khoan_thu t on t.id = p.ma_khoan_thu where t.ma_tinh = '31') as u`);
    expect(total(last.byLevel.map((b: any) => b.unspentAtYearEnd)).toString()).toBe(String(all.u));
    expect(big(all.u)).toBeGreaterThan(0n);
  });

  it("answers Cao Bằng's report for its extremely difficult communes in one query, winter items included", async () => {
    const { communes } = await ask(PLAN_CAO_BANG);
    expect(communes.nodes.length).toBeGreaterThan(3);
    const winter = communes.nodes
      .flatMap((n: any) => n.fundReport.years)
      .flatMap((y: any) => y.byForm)
      .filter((f: any) => f.form === 'WARM_WINTER_ITEMS');
    expect(winter.reduce((a: number, f: any) => a + f.children, 0)).toBeGreaterThan(0);
    const [inKind] = await rows(
      `select count(*)::int n from ${L()}.quy_khoan_thu where ma_tinh = '04' and hien_vat and chi_dinh_hinh_thuc = 'DO_DUNG_MUA_DONG'`,
    );
    expect(inKind.n).toBeGreaterThan(0);
  });

  it('withholds money paid out from anonymous callers, and shows children reached where the audited pattern publishes them', async () => {
    const Q = `{ fundReport(provinceCode: "31", fromYear: 2019, toYear: 2025) { years { year mobilised disbursed childrenSupported
      byForm { form children supportEvents amount } byLevel { disbursed unspentAtYearEnd } } } }`;
    const [anonymous, admin] = [(await ask(Q, 'anonymous')).fundReport.years, (await ask(Q)).fundReport.years];
    const years = await demoYears();
    let shown = 0;
    let hidden = 0;
    for (const [i, y] of anonymous.entries()) {
      const truth = admin[i];
      const pattern = await fundPattern(years[i]!);
      expect(y).toMatchObject({ disbursed: null, mobilised: truth.mobilised });
      for (const b of y.byLevel) expect(b).toMatchObject({ disbursed: null, unspentAtYearEnd: null });
      // every count is the true one, or null where the pattern hides its cell (every small one among them); money is never shown
      const all = pattern.hidden.has(cellKey('31', 'ALL'));
      expect(y.childrenSupported).toBe(all ? null : truth.childrenSupported);
      for (const [j, f] of y.byForm.entries()) {
        const t = truth.byForm[j];
        const off = pattern.hidden.has(cellKey('31', HINH_THUC[j]!));
        expect([f.form, f.children, f.supportEvents, f.amount]).toEqual([
          t.form,
          off ? null : t.children,
          off ? null : t.supportEvents,
          null,
        ]);
        if (t.children >= 1 && t.children < SMALL_COUNT_K) expect(off).toBe(true);
        if (t.children > 0) off ? hidden++ : shown++;
      }
    }
    // the demo has both kinds of cell, so the rule is exercised both ways
    expect([shown > 0, hidden > 0]).toEqual([true, true]);
    // the first outsider read of a year computes its pattern
  }, 600_000);
});

/** The demo ledger's cells of 2019–2025, read as the pattern reads them. */
let cells: FundYear[] | undefined;
async function demoYears(): Promise<FundYear[]> {
  if (cells) return cells;
  const labour = connect<LabourDB>(sg.schemas.settings('labour'));
  try {
    return (cells = fundYears(await fundCountCells(labour.db, 2019, 2025), 2019, 2025));
  } finally {
    await labour.close();
  }
}

const COUNTS = `years { year childrenSupported byForm { form children supportEvents } }`;
/** What one caller reads of every fund count: each year's cells per scope, null where hidden. */
async function readCells(who: string, provinces: string[]) {
  const q = `{ nation: fundReport(fromYear: 2019, toYear: 2025) { ${COUNTS} }
    nationToday: fundReport(fromYear: 2019, toYear: 2025, geographyDate: "2025-07-01") { ${COUNTS} }
    ${provinces.map((p) => `p${p}: fundReport(provinceCode: "${p}", fromYear: 2019, toYear: 2025) { ${COUNTS} }`).join('\n')} }`;
  const data = await ask(q, who);
  expect(data.nationToday).toEqual(data.nation); // the nation is the same on every geography
  const read = (scope: string, key: string) =>
    (data[scope === NATION ? 'nation' : `p${scope}`].years as any[]).map((y) => {
      const f = key === 'ALL' ? null : y.byForm[HINH_THUC.indexOf(key as HinhThuc)];
      return key === 'ALL' ? { children: y.childrenSupported } : { children: f.children, events: f.supportEvents };
    });
  return read;
}

describe("the fund's counts of children against an attacker (the demo ledger)", () => {
  it('the primary rule alone was breakable: a suppressed count is the nation less the provinces shown', async () => {
    const years = await demoYears();
    const broken = [];
    for (const y of years) {
      const { failures } = await auditFundYear(y, primaryCells(y));
      broken.push(...failures.filter((f) => f.rule === 'EXACT'));
    }
    expect(broken.length).toBeGreaterThan(0);
    // an outsider alone (no officer's knowledge) recovers some
    expect(broken.filter((f) => f.attacker === null).length).toBeGreaterThan(0);
    // replayed by hand where it is a plain subtraction: one province's cell hidden under a shown nation, or one form's
    // under a shown all-forms count that adds up (no child in two forms)
    let replayed = 0;
    for (const y of years) {
      const primary = primaryCells(y);
      const provinces = [...y.scopes.keys()].filter((s) => s !== NATION);
      const count = (scope: string, key: string, m: 'children' | 'events') => y.scopes.get(scope)?.get(key as HinhThuc)?.[m] ?? 0;
      for (const key of HINH_THUC) {
        const hiddenHere = provinces.filter((p) => primary.has(cellKey(p, key)));
        if (primary.has(cellKey(NATION, key)) || hiddenHere.length !== 1) continue;
        const rest = provinces.filter((p) => p !== hiddenHere[0]).reduce((n, p) => n + count(p, key, 'events'), 0);
        expect([y.year, key, count(NATION, key, 'events') - rest]).toEqual([y.year, key, count(hiddenHere[0]!, key, 'events')]);
        replayed++;
      }
      for (const scope of [NATION, ...provinces]) {
        const forms = HINH_THUC.reduce((n, f) => n + count(scope, f, 'children'), 0);
        const hiddenForms = HINH_THUC.filter((f) => primary.has(cellKey(scope, f)));
        if (count(scope, 'ALL', 'children') !== forms || primary.has(cellKey(scope, 'ALL')) || hiddenForms.length !== 1) continue;
        const rest = HINH_THUC.filter((f) => f !== hiddenForms[0]).reduce((n, f) => n + count(scope, f, 'children'), 0);
        expect(count(scope, 'ALL', 'children') - rest).toBe(count(scope, hiddenForms[0]!, 'children'));
        replayed++;
      }
    }
    expect(replayed).toBeGreaterThan(0);
  }, 600_000);

  it('an outsider reads no hidden count exactly, nor inside its protection, from everything they can query', async () => {
    const years = await demoYears();
    const provinces = [...new Set(years.flatMap((y) => [...y.scopes.keys()].filter((s) => s !== NATION)))].sort();
    expect(provinces.length).toBeGreaterThanOrEqual(2);
    const [admin, anonymous, analyst, ministry, officer] = [
      await readCells('admin', provinces),
      await readCells('anonymous', provinces),
      await readCells('analyst', provinces),
      await readCells('ministry', provinces),
      await readCells('officer04', provinces),
    ];
    let hiddenCells = 0;
    for (const [i, y] of years.entries()) {
      // the cells null for an outsider (anonymous; an analyst, the ministry and another area's officer read the same outside their area)
      const hidden = new Set<string>();
      for (const scope of [NATION, ...provinces])
        for (const key of FORM_KEYS) {
          const truth = y.scopes.get(scope)?.get(key) ?? { children: 0, events: 0 };
          const seen = anonymous(scope, key)[i]!;
          // the admin reads the truth, and a shown cell is the truth
          expect([scope, key, admin(scope, key)[i]!.children]).toEqual([scope, key, truth.children]);
          if (seen.children === null) hidden.add(cellKey(scope, key));
          else expect([scope, key, seen]).toEqual([scope, key, key === 'ALL' ? { children: truth.children } : truth]);
          expect([analyst(scope, key)[i], ministry(scope, key)[i]]).toEqual([seen, seen]);
          if (scope !== '04') expect(officer(scope, key)[i]).toEqual(seen);
          else expect(officer(scope, key)[i]).toEqual(admin(scope, key)[i]);
          if (truth.children >= 1 && truth.children < SMALL_COUNT_K) expect(hidden.has(cellKey(scope, key)), `${scope} ${key}`).toBe(true);
        }
      hiddenCells += hidden.size;
      // the attacker's LP, as an outsider and as every officer, over every published cell and relation
      const audit = await auditFundYear(y, hidden);
      expect([y.year, audit.failures]).toEqual([y.year, []]);
    }
    expect(hiddenCells).toBeGreaterThan(0);
  }, 600_000);

  it('withholds commune counts and counts on the geography of a date from outsiders; officers in the area and ADMIN read them', async () => {
    const q = `query($c: String!) { province(code: "04", date: "2024-12-31") { code }
      today: fundReport(provinceCode: "31", fromYear: 2024, toYear: 2024, geographyDate: "2025-07-01") { ${COUNTS} }
      commune(code: $c, date: "2024-12-31") { fundReport(fromYear: 2024, toYear: 2024) { ${COUNTS} } } }`;
    const [c] = await rows(
      `select k.ma_xa from ${L()}.quy_khoan_chi k join ${L()}.tro_giup g on g.ma_khoan_chi = k.id
       where k.ma_tinh = '04' and extract(year from g.ngay) = 2024 group by k.ma_xa order by count(distinct g.ma_tre) desc limit 1`,
    );
    const counts = (r: any) => [r.years[0].childrenSupported, ...r.years[0].byForm.flatMap((f: any) => [f.children, f.supportEvents])];
    const anon = await ask(q, 'anonymous', { c: c.ma_xa });
    expect([...counts(anon.today), ...counts(anon.commune.fundReport)].every((n) => n === null)).toBe(true);
    const officer = await ask(q, 'officer04', { c: c.ma_xa });
    expect(counts(officer.commune.fundReport)[0]).toBeGreaterThan(0);
    expect(counts(officer.today).every((n: unknown) => n === null)).toBe(true); // Hải Phòng is outside Cao Bằng
    const admin = await ask(q, 'admin', { c: c.ma_xa });
    expect(counts(admin.commune.fundReport)).toEqual(counts(officer.commune.fundReport));
    expect(counts(admin.today)[0]).toBeGreaterThan(0);
  });
});

describe('backwards, balances and reconciliation', () => {
  it('traces a province-year back to donations and donors, equal to the money disbursed and to FUND_PER_CHILD_IN_NEED', async () => {
    const year = 2024;
    const data = await ask(`{
      province(code: "04", date: "${year}-12-31") { fundSources(year: ${year}) { amountDisbursed donations { amount donation { id } } organisations { amount donor { name } } individualDonors individualAmount }
        childProtectionFund(year: ${year}) { amountDisbursed } }
      communeCoverage(year: ${year}, provinceCode: "04", first: 1000) { nodes { commune { code } values { indicator numerator numeratorAmount } } }
      provinceFund: province(code: "04", date: "${year}-12-31") { coverage(year: ${year}, indicators: ["FUND_PER_CHILD_IN_NEED"]) { numerator numeratorAmount excludedMembers } }
    }`);
    const s = data.province.fundSources;
    const [ledger] = await rows(
      `select coalesce(sum(so_tien), 0)::text chi,
      (select coalesce(sum(p.so_tien), 0)::text from ${L()}.quy_phan_bo p join ${L()}.quy_khoan_chi c on c.id = p.ma_khoan_chi where c.ma_tinh = '04' and extract(year from c.ngay) = $1) phan_bo
      from ${L()}.quy_khoan_chi where ma_tinh = '04' and extract(year from ngay) = $1`,
      [year],
    );
    expect(big(ledger.chi)).toBeGreaterThan(0n);
    expect([s.amountDisbursed, ledger.phan_bo, data.province.childProtectionFund.amountDisbursed]).toEqual([
      ledger.chi,
      ledger.chi,
      ledger.chi,
    ]);
    expect(total(s.donations.map((d: any) => d.amount))).toBe(big(ledger.chi));
    expect(total(s.organisations.map((o: any) => o.amount)) + big(s.individualAmount)).toBe(big(ledger.chi));
    // FUND_PER_CHILD_IN_NEED's numerators are the same ledger's disbursements, commune by commune, in exact đồng (never a Float).
    const fund = data.communeCoverage.nodes.flatMap((n: any) =>
      n.values.filter((v: any) => v.indicator === 'FUND_PER_CHILD_IN_NEED' && v.numeratorAmount !== null),
    );
    const perCommune = await rows(
      `select ma_xa, sum(so_tien)::text s from ${L()}.quy_khoan_chi where ma_tinh = '04' and extract(year from ngay) = $1 group by ma_xa`,
      [year],
    );
    const byCode = new Map(perCommune.map((r) => [r.ma_xa, r.s]));
    for (const n of data.communeCoverage.nodes) {
      const v = n.values.find((x: any) => x.indicator === 'FUND_PER_CHILD_IN_NEED');
      expect(v.numerator, n.commune.code).toBeNull();
      if (v.numeratorAmount !== null)
        expect([n.commune.code, v.numeratorAmount]).toEqual([n.commune.code, String(big(byCode.get(n.commune.code)))]);
    }
    expect(fund.length).toBeGreaterThan(3);
    // the province's roll-up is the exact sum of its communes' amounts, as a decimal string
    const [p] = data.provinceFund.coverage;
    expect(p.numerator).toBeNull();
    expect(p.excludedMembers).toBe(0);
    expect(p.numeratorAmount).toBe(String(total(fund.map((v: any) => v.numeratorAmount))));
    // the first coverage read of a year computes its suppression pattern (test harnesses compute on first use)
  }, 600_000);

  it('gives the unspent balance per level and earmark with its age, adding up to the ledger', async () => {
    const { fundBalances } = await ask(
      `{ fundBalances(provinceCode: "04", asOf: "2025-12-31") { level unitCode earmark { programme form communeCode } unspent donations oldestReceivedOn oldestAgeDays meanAgeDays } }`,
    );
    expect(fundBalances.length).toBeGreaterThan(0);
    for (const b of fundBalances) expect(b.meanAgeDays).toBeLessThanOrEqual(b.oldestAgeDays);
    const [all] = await rows(`select (select sum(so_tien) from ${L()}.quy_khoan_thu where ma_tinh = '04')
      - (select sum(p.so_tien) from ${L()}.quy_phan_bo p join ${L()}.quy_khoan_thu t on t.id = p.ma_khoan_thu where t.ma_tinh = '04') as u`);
    expect(total(fundBalances.map((b: any) => b.unspent)).toString()).toBe(String(all.u));
    const anon = await ask(`{ fundBalances(provinceCode: "04", asOf: "2025-12-31") { unspent } }`, 'anonymous');
    expect(anon.fundBalances).toBeNull();
  });

  it('refuses a report range of more than ten years with BAD_USER_INPUT', async () => {
    const res = await sg.query(`{ fundReport(fromYear: 2019, toYear: 2040) { scope } }`, undefined, headers.admin);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'toYear' });
  });
});

describe('the ledger on the geography of a date', () => {
  const dir = getDirectory();
  // Hải Dương (30) joined Hải Phòng (31) whole on 2025-07-01; a commune the sources place nowhere stays out.
  const unplaced = [...dir.byId.values()]
    .filter((v) => v.level === 'commune' && ['30', '31'].includes(v.provinceCode) && v.validFrom < '2025-07-01')
    .filter((v) => {
      const m = mapVersion(v.id, '2025-07-01', new Map());
      return !('shares' in m) || m.shares.some((x) => dir.byId.get(x.target)!.provinceCode !== '31');
    });
  // rows filed under those communes; the three arrays are parameters $base, $base+1, $base+2
  const notUnplaced = (code: string, day: string, base = 2) =>
    `not exists (select 1 from unnest($${base}::text[], $${base + 1}::date[], $${base + 2}::date[]) u(code, f, t) where u.code = ${code} and ${day} >= u.f and ${day} <= u.t)`;
  const unplacedArgs = [
    unplaced.map((v) => v.code),
    unplaced.map((v) => (v.validFrom === '2021-11-01' ? '1900-01-01' : v.validFrom)),
    unplaced.map((v) => v.validUntil ?? '9999-12-31'),
  ];

  it("gives Hải Phòng's report on today's geography: Hải Dương's rows of 2019–2025 included, to the đồng", async () => {
    const q = `query($g: Date) { fundReport(provinceCode: "31", fromYear: 2019, toYear: 2025, geographyDate: $g) { geographyDate years { year mobilised disbursed } } }`;
    const [filed, today] = [(await ask(q, 'admin', { g: null })).fundReport, (await ask(q, 'admin', { g: '2025-07-01' })).fundReport];
    expect([filed.geographyDate, today.geographyDate]).toEqual([null, '2025-07-01']);
    let fromHaiDuong = 0n;
    for (const [i, y] of today.years.entries()) {
      const [l] = await rows(
        `select
          (select coalesce(sum(so_tien), 0)::text from ${L()}.quy_khoan_thu where ma_tinh in ('30', '31') and extract(year from ngay) = $1
             and (cap <> 'XA' or ${notUnplaced('ma_don_vi', 'ngay')})) mobilised,
          (select coalesce(sum(so_tien), 0)::text from ${L()}.quy_khoan_chi where ma_tinh in ('30', '31') and extract(year from ngay) = $1
             and ${notUnplaced('ma_xa', 'ngay')}) disbursed,
          (select coalesce(sum(so_tien), 0)::text from ${L()}.quy_khoan_thu where ma_tinh = '30' and extract(year from ngay) = $1) hai_duong`,
        [y.year, ...unplacedArgs],
      );
      expect([y.year, y.mobilised, y.disbursed]).toEqual([y.year, l.mobilised, l.disbursed]);
      fromHaiDuong += big(l.hai_duong);
      expect(big(y.mobilised)).toBeGreaterThanOrEqual(big(filed.years[i].mobilised));
    }
    expect(fromHaiDuong).toBeGreaterThan(0n);
  });

  it("gives Hải Phòng's unspent balance on today's geography, Hải Dương's donations included, to the đồng", async () => {
    const q = `query($g: Date) { fundBalances(provinceCode: "31", asOf: "2025-12-31", geographyDate: $g) { unitCode unspent } }`;
    const today = (await ask(q, 'admin', { g: '2025-07-01' })).fundBalances;
    const [l] = await rows(
      `with here as (select id, so_tien from ${L()}.quy_khoan_thu t where ma_tinh in ('30', '31') and ngay <= '2025-12-31'
        and (cap <> 'XA' or ${notUnplaced('ma_don_vi', 'ngay', 1)}))
      select ((select sum(so_tien) from here) - coalesce((select sum(p.so_tien) from ${L()}.quy_phan_bo p join ${L()}.quy_khoan_chi c on c.id = p.ma_khoan_chi
        where p.ma_khoan_thu in (select id from here) and c.ngay <= '2025-12-31'), 0))::text u`,
      unplacedArgs,
    );
    expect(total(today.map((b: any) => b.unspent)).toString()).toBe(l.u);
    const filed = (await ask(q, 'admin', { g: null })).fundBalances;
    expect(total(today.map((b: any) => b.unspent))).toBeGreaterThan(total(filed.map((b: any) => b.unspent)));
    expect((await ask(q, 'anonymous', { g: '2025-07-01' })).fundBalances).toBeNull();
  });

  it("rolls a commune's donations before 2025-07-01 up to its successor of today", async () => {
    // the commune of today that received the most commune-level donations filed under older codes
    const donations =
      await rows(`select ma_don_vi code, ngay::text on_day, so_tien::text amount, extract(year from ngay)::int y from ${L()}.quy_khoan_thu
      where cap = 'XA' and ngay < '2025-07-01' and ma_tinh in ('30', '31', '04')`);
    expect(donations.length).toBeGreaterThan(0);
    const successor = new Map<string, { amount: bigint; year: number }[]>();
    for (const d of donations) {
      const v = dir.versionsOf
        .get(`commune:${d.code}`)!
        .find((x) => (x.validFrom === '2021-11-01' || x.validFrom <= d.on_day) && (x.validUntil ?? '9999') >= d.on_day)!;
      const m = mapVersion(v.id, '2025-07-01', new Map());
      if (!('shares' in m) || m.shares.length !== 1) continue;
      const list = successor.get(m.shares[0]!.target) ?? [];
      successor.set(m.shares[0]!.target, [...list, { amount: big(d.amount), year: d.y }]);
    }
    const [target, received] = [...successor].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]!;
    const t = dir.byId.get(target)!;
    const res = await ask(
      `query($c: String!) { commune(code: $c, date: "2025-07-01") {
      onToday: fundReport(fromYear: 2019, toYear: 2025, geographyDate: "2025-07-01") { geographyDate years { year mobilised } }
      filed: fundReport(fromYear: 2019, toYear: 2025) { years { year mobilised } } } }`,
      'admin',
      { c: t.code },
    );
    for (const [i, y] of res.commune.onToday.years.entries()) {
      const before = received.filter((r) => r.year === y.year).reduce((a, r) => a + r.amount, 0n);
      // as filed, the commune of today holds only what was given to it since it began; on today's geography, its predecessors' too
      const own = y.year < 2025 ? 0n : big(res.commune.filed.years[i].mobilised);
      expect([y.year, big(y.mobilised)]).toEqual([y.year, before + own]);
    }
    expect(received.length).toBeGreaterThan(0);
    const bad = await sg.query(
      `{ commune(code: "${t.code}", date: "2025-07-01") { fundReport(fromYear: 2024, toYear: 2024, geographyDate: "2024-06-01") { scope } } }`,
      undefined,
      headers.admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'geographyDate' });
  });
});

describe('no floating-point money', () => {
  const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
  it.each([...SUBGRAPH_NAMES])('%s: every money field is VND, and no Float speaks of money', (name) => {
    const doc = parse(readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8'));
    const fields = doc.definitions
      .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
      .flatMap((t) => (t.fields ?? []).map((f): [string, FieldDefinitionNode] => [`${t.name.value}.${f.name.value}`, f]));
    const money = /\bVND\b|đồng|\bdong\b/i;
    const moneyName = /amount|donated|disbursed|unspent|mobilised/i;
    for (const [coordinate, f] of fields) {
      const type = named(f.type);
      const speaksOfMoney = money.test(f.description?.value ?? '') || (moneyName.test(f.name.value) && type !== 'Int' && type !== 'String');
      if (speaksOfMoney && !/per child/i.test(f.description?.value ?? '')) expect(type, coordinate).toBe('VND');
      if (type === 'Float') expect(money.test(f.description?.value ?? ''), coordinate).toBe(false);
    }
  });

  it('serves every money measure of the indicator registry through a VND field, never a Float', () => {
    const schemaOf = (name: string) => parse(readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8'));
    const fieldsOf = (doc: ReturnType<typeof parse>, type: string) =>
      doc.definitions
        .filter(
          (d): d is ObjectTypeDefinitionNode =>
            (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === type,
        )
        .flatMap((d) => d.fields ?? []);
    // the type of a registry term's source field, e.g. labour's Commune.childProtectionFund.amountDisbursed
    const sourceType = (subgraph: string, path: string) => {
      const doc = schemaOf(subgraph);
      // a step may pick a list element by key, e.g. education's Commune.enrolment.byLevel[PRESCHOOL].pupils
      const [type, ...fields] = path.split('.').map((step) => step.replace(/\[[^\]]*\]$/, ''));
      return fields.reduce((t, f) => named(fieldsOf(doc, t).find((x) => x.name.value === f)!.type), type!);
    };
    const registry = JSON.parse(readFileSync(new URL('../subgraphs/coverage/data/indicators.json', import.meta.url), 'utf8'));
    const indicators: { id: string; unit: string; numerator: { subgraph: string; field: string } }[] = registry.indicators ?? registry;
    const money = indicators.filter((i) => sourceType(i.numerator.subgraph, i.numerator.field) === 'VND');
    expect(money.map((i) => i.id)).toEqual(['FUND_PER_CHILD_IN_NEED']);
    // what the coverage subgraph serves a numerator through: a money one must have a VND field, and be said to be null in the Float one
    const value = fieldsOf(schemaOf('coverage'), 'IndicatorValue');
    expect(value.filter((f) => named(f.type) === 'VND').map((f) => f.name.value)).toEqual(['numeratorAmount']);
    for (const i of money) expect(i.unit).toBe('VND_PER_CHILD');
    expect(value.find((f) => f.name.value === 'numerator')!.description!.value).toMatch(
      /Null when the numerator is money \(the indicator's\s+`unit` is VND_PER_CHILD\)/,
    );
  });

  it('stores money in integer columns only, and no column anywhere is floating point', async () => {
    const prefix = sg.schemas.settings('labour').schema.replace(/_labour$/, '');
    const columns = await rows(
      `select table_schema, table_name, column_name, data_type from information_schema.columns where table_schema like $1`,
      [`${prefix}\\_%`],
    );
    expect(columns.length).toBeGreaterThan(50);
    expect(columns.filter((c) => ['real', 'double precision'].includes(c.data_type))).toEqual([]);
    const money = columns.filter((c) => /so_tien|fund_disbursed/.test(c.column_name));
    expect(money.length).toBeGreaterThanOrEqual(6);
    for (const c of money) expect(['bigint', 'numeric'], `${c.table_name}.${c.column_name}`).toContain(c.data_type);
  });
});
