import { readFileSync } from 'node:fs';
import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasureTable } from '../lib/sensitivity.ts';
import { CULTURE_MEASURES } from '../subgraphs/culture/measures.ts';
import { EDUCATION_MEASURES } from '../subgraphs/education/measures.ts';
import { HEALTH_MEASURES } from '../subgraphs/health/measures.ts';
import { LABOUR_MEASURES } from '../subgraphs/labour/measures.ts';
import { refreshAll } from '../scripts/refresh-coverage.ts';
import { clientToken } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

const TABLES: Record<string, MeasureTable> = {
  health: HEALTH_MEASURES,
  labour: LABOUR_MEASURES,
  education: EDUCATION_MEASURES,
  culture: CULTURE_MEASURES,
};

describe('the measure tables', () => {
  // Fields that are not measures: periods, bands' bounds, group numbers, a school's founding year.
  const NOT_MEASURES = new Set(['year', 'fromYear', 'toYear', 'minAge', 'maxAge', 'group', 'founded']);
  // Child-level records are personal data behind a role check, not aggregates.
  const PERSONAL = new Set(['ChildRecordPage']);
  const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));

  it.each(Object.keys(TABLES))('%s: classifies every measure its entities carry, and lets every sensitive one be null', (name) => {
    const table = TABLES[name]!;
    const doc = parse(readFileSync(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8'));
    const types = new Map(
      doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION).map((d) => [d.name.value, d]),
    );
    const field = (coordinate: string): FieldDefinitionNode | undefined => {
      const [type, f] = coordinate.split('.');
      return types.get(type!)?.fields?.find((x) => x.name.value === f);
    };
    for (const m of table) expect(field(m.field), `${m.field} is in the SDL`).toBeDefined();
    expect(new Set(table.map((m) => m.field)).size).toBe(table.length);

    // Every Int, Float or VND (or list of figures) reachable from Commune and Province is classified.
    const seen = new Set<string>();
    const unclassified: string[] = [];
    const walk = (typeName: string) => {
      const type = types.get(typeName);
      if (!type || seen.has(typeName) || PERSONAL.has(typeName)) return;
      seen.add(typeName);
      for (const f of type.fields ?? []) {
        const target = named(f.type);
        const coordinate = `${typeName}.${f.name.value}`;
        const isFigure = target === 'Int' || target === 'Float' || target === 'VND';
        if (
          isFigure &&
          !NOT_MEASURES.has(f.name.value) &&
          !['Commune', 'Province'].includes(typeName) &&
          !table.some((m) => m.field === coordinate)
        )
          unclassified.push(coordinate);
        walk(target);
      }
    };
    walk('Commune');
    walk('Province');
    expect(unclassified).toEqual([]);

    // A sensitive field is nullable, or its whole object is withheld by sensitive fields that are (in turn) nullable or withheld.
    const withheld = (coordinate: string, depth = 0): boolean => {
      if (table.find((x) => x.field === coordinate)?.sensitivity !== 'SENSITIVE' || depth > 5) return false;
      if (field(coordinate)!.type.kind !== Kind.NON_NULL_TYPE) return true;
      const type = coordinate.split('.')[0]!;
      const parents = [...types.values()].flatMap((t) =>
        (t.fields ?? []).filter((p) => named(p.type) === type).map((p) => `${t.name.value}.${p.name.value}`),
      );
      return parents.length > 0 && parents.every((p) => withheld(p, depth + 1));
    };
    for (const m of table.filter((x) => x.sensitivity === 'SENSITIVE')) expect(withheld(m.field), `${m.field} can be null`).toBe(true);
  });

  it('decides the measures the audit named', () => {
    const of = (table: MeasureTable, f: string) => table.find((m) => m.field === f)?.sensitivity;
    for (const f of [
      'CommuneCheckups.malnourished',
      'ProvinceCheckups.malnourished',
      'CommuneCheckups.referred',
      'CheckupRound.malnourished',
      'TreatmentSupport.cases',
      'TreatmentSupport.amount',
      'TreatmentSupport.bySource',
    ]) {
      expect(of(HEALTH_MEASURES, f), f).toBe('SENSITIVE');
    }
    for (const f of ['ChildHealthInsurance.cardsIssued', 'CommuneCheckups.examinedByAgeBand', 'CheckupAgeBandCount.examined'])
      expect(of(HEALTH_MEASURES, f), f).toBe('PUBLIC');
    expect(of(LABOUR_MEASURES, 'ChildProtectionFundYear.amountDisbursed')).toBe('SENSITIVE');
    expect(of(LABOUR_MEASURES, 'ChildProtectionFundYear.amountDonated')).toBe('PUBLIC');
    for (const t of Object.values(TABLES)) for (const m of t) expect(m.reason.length, m.field).toBeGreaterThan(20);
  });
});

/** Cao Bằng in 2023: each sensitive measure, read by each kind of viewer, against SQL on the agency tables. */
const YEAR = 2023;
let sg: TestSupergraph;
let db: pg.Client;
const headers: Record<string, Record<string, string>> = {};
const token = async (role: string, area?: string[]) => ({
  authorization: `Bearer ${await clientToken({ subject: role.toLowerCase(), role, area })}`,
});

const FIGURES = `checkups(year: ${YEAR}) { reported examined referred malnourished }
  treatmentSupport(year: ${YEAR}) { cases amount bySource { source cases amount } }
  childProtectionFund(year: ${YEAR}) { amountDisbursed disbursements amountDonated donations }`;
const QUERY = `{
  communes(provinceCode: "04", date: "${YEAR}-12-31", first: 500) { nodes { code validFrom validUntil ${FIGURES}
    checkupRounds(year: ${YEAR}) { id examined referred malnourished } } }
  province(code: "04", date: "${YEAR}-12-31") { ${FIGURES.replace('reported examined', 'examined')} }
}`;

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: { seed: 5, provinces: ['04'], childrenPerCommune: 20 }, refresh: false });
  db = new pg.Client({ connectionString: sg.schemas.url });
  await db.connect();
  headers.anonymous = {};
  headers.analyst = await token('ANALYST');
  headers.admin = await token('ADMIN');
  headers.officer = await token('OFFICER', ['04@2023-06-01']);
  headers.officerElsewhere = await token('OFFICER', ['40@2023-06-01']);
}, 300_000);
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

const read = async (who: string) => {
  const res = await sg.query(QUERY, undefined, headers[who]);
  expect(res.errors).toBeUndefined();
  return res.data as { communes: { nodes: any[] }; province: any };
};
const schema = (name: string) => `"${sg.schemas.settings(name as never).schema}"`;
const rows = async (text: string, values: unknown[] = []) => (await db.query(text, values)).rows;

describe('sensitive measures', () => {
  it.each([['anonymous'], ['analyst'], ['officerElsewhere']])(
    'are null for %s at commune and province level; public ones are there',
    async (who) => {
      const { communes, province } = await read(who);
      const nodes = communes.nodes;
      const reported = nodes.filter((n) => n.checkups?.reported);
      expect(reported.length).toBeGreaterThan(10);
      for (const n of reported) {
        expect(n.checkups).toMatchObject({ referred: null, malnourished: null });
        expect(n.checkups.examined).toEqual(expect.any(Number));
      }
      const rounds = nodes.flatMap((n) => n.checkupRounds);
      expect(rounds.length).toBeGreaterThan(10);
      for (const r of rounds) expect(r).toMatchObject({ referred: null, malnourished: null, examined: expect.any(Number) });
      for (const n of nodes) {
        expect(n.treatmentSupport).toEqual({ cases: null, amount: null, bySource: null });
        expect(n.childProtectionFund).toMatchObject({
          amountDisbursed: null,
          disbursements: null,
          amountDonated: expect.any(String),
          donations: expect.any(Number),
        });
      }
      expect(province.checkups).toMatchObject({ referred: null, malnourished: null, examined: expect.any(Number) });
      expect(province.treatmentSupport).toEqual({ cases: null, amount: null, bySource: null });
      expect(province.childProtectionFund).toMatchObject({ amountDisbursed: null, disbursements: null, amountDonated: expect.any(String) });
    },
  );

  it.each([['admin'], ['officer']])("are the agency tables' true figures for %s", async (who) => {
    const { communes, province } = await read(who);
    const h = schema('health');
    const l = schema('labour');
    // Every commune version in force on 31 December 2023 began on 2021-11-01 and owns the whole year's rows under its code.
    const checkups = new Map(
      (
        await rows(
          `select d.ma_xa, sum(r.so_chuyen_tuyen)::int referred, sum(r.so_suy_dinh_duong)::int malnourished
      from ${h}.dot_kham d join ${h}.ket_qua_kham r on r.ma_dot = d.ma_dot where d.ma_tinh = '04' and d.loai = 'KSK_TQ' and extract(year from d.ngay_kham) = $1
      group by d.ma_xa`,
          [YEAR],
        )
      ).map((r) => [r.ma_xa, r]),
    );
    const roundFigures = new Map(
      (
        await rows(
          `select d.ma_dot, sum(r.so_chuyen_tuyen)::int referred, sum(r.so_suy_dinh_duong)::int malnourished
      from ${h}.dot_kham d join ${h}.ket_qua_kham r on r.ma_dot = d.ma_dot where d.ma_tinh = '04' and extract(year from d.ngay_kham) = $1 group by d.ma_dot`,
          [YEAR],
        )
      ).map((r) => [r.ma_dot, r]),
    );
    const treatment = new Map(
      (
        await rows(
          `select ma_xa, count(*)::int cases, sum(so_tien)::text amount from ${h}.ho_tro_dieu_tri
      where ma_tinh = '04' and extract(year from ngay) = $1 group by ma_xa`,
          [YEAR],
        )
      ).map((r) => [r.ma_xa, r]),
    );
    const fund = new Map(
      (
        await rows(
          `select ma_xa, sum(so_tien)::text amount, (count(*) filter (where dao_nguoc_id is null) - count(*) filter (where dao_nguoc_id is not null))::int n from ${l}.quy_khoan_chi
      where ma_tinh = '04' and extract(year from ngay) = $1 group by ma_xa`,
          [YEAR],
        )
      ).map((r) => [r.ma_xa, r]),
    );

    let nonZero = 0;
    for (const n of communes.nodes) {
      expect(n.validFrom).toBe('2021-11-01');
      if (n.checkups?.reported) {
        const c = checkups.get(n.code) ?? { referred: 0, malnourished: 0 };
        expect([n.checkups.referred, n.checkups.malnourished]).toEqual([c.referred, c.malnourished]);
        nonZero += c.malnourished > 0 ? 1 : 0;
      }
      for (const r of n.checkupRounds)
        expect([r.referred, r.malnourished]).toEqual([roundFigures.get(r.id).referred, roundFigures.get(r.id).malnourished]);
      const t = treatment.get(n.code) ?? { cases: 0, amount: '0' };
      expect([n.treatmentSupport.cases, n.treatmentSupport.amount]).toEqual([t.cases, t.amount]);
      expect(n.treatmentSupport.bySource.reduce((s: number, b: any) => s + b.cases, 0)).toBe(t.cases);
      const f = fund.get(n.code) ?? { amount: '0', n: 0 };
      expect([n.childProtectionFund.amountDisbursed, n.childProtectionFund.disbursements]).toEqual([f.amount, f.n]);
    }
    expect(nonZero).toBeGreaterThan(0);

    const [p] = await rows(
      `select sum(r.so_chuyen_tuyen)::int referred, sum(r.so_suy_dinh_duong)::int malnourished
      from ${h}.dot_kham d join ${h}.ket_qua_kham r on r.ma_dot = d.ma_dot where d.ma_tinh = '04' and d.loai = 'KSK_TQ' and extract(year from d.ngay_kham) = $1`,
      [YEAR],
    );
    expect(province.checkups).toMatchObject({ referred: p.referred, malnourished: p.malnourished });
    const [pt] = await rows(
      `select count(*)::int cases, coalesce(sum(so_tien), 0)::text amount from ${h}.ho_tro_dieu_tri where ma_tinh = '04' and extract(year from ngay) = $1`,
      [YEAR],
    );
    expect(province.treatmentSupport).toMatchObject(pt);
    const bySource = await rows(
      `select nguon, count(*)::int cases from ${h}.ho_tro_dieu_tri where ma_tinh = '04' and extract(year from ngay) = $1 group by nguon`,
      [YEAR],
    );
    const fundCases = bySource.find((r) => r.nguon === 'QUY_BTTE')?.cases ?? 0;
    expect(province.treatmentSupport.bySource.find((b: any) => b.source === 'CHILD_PROTECTION_FUND')?.cases ?? 0).toBe(fundCases);
    const [pf] = await rows(
      `select coalesce(sum(so_tien), 0)::text amount, (count(*) filter (where dao_nguoc_id is null) - count(*) filter (where dao_nguoc_id is not null))::int n from ${l}.quy_khoan_chi where ma_tinh = '04' and extract(year from ngay) = $1`,
      [YEAR],
    );
    expect(province.childProtectionFund).toMatchObject({ amountDisbursed: pf.amount, disbursements: pf.n });
  });
});

describe('the coverage refresh', () => {
  it('refuses to read the graph without an ADMIN token, which alone sees every sensitive measure', async () => {
    await expect(refreshAll(null as never, sg.gateway.url, headers.analyst!)).rejects.toThrow(/needs an ADMIN token.*saw ANALYST/);
    await expect(refreshAll(null as never, sg.gateway.url, headers.officer!)).rejects.toThrow(/saw OFFICER/);
  });
});
