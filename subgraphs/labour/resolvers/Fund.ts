import { cursorArg, dateArg, encodeCursor, pageSizeArg, provinceCodeArg, yearArg } from '../../../lib/args.ts';
import { z } from 'zod';
import { badUserInput } from '../../../lib/errors.ts';
import { areaOf } from '../../../lib/directory/areas.ts';
import { getDirectory, inForceOn, type UnitVersion } from '../../../lib/directory/lineage.ts';
import { versionsLandingIn } from '../../../lib/directory/onto-date.ts';
import { ALL_ROW_DATES, DIRECTORY_START, recordWindow, type VersionRef } from '../../../lib/periods.ts';
import type { Viewer } from '../../../lib/auth/viewer.ts';
import { redact } from '../../../lib/sensitivity.ts';
import { auditRead, seesFundIn } from '../access.ts';
import type { LabourContext } from '../context.ts';
import {
  fundBalances,
  fundCountCells,
  fundReport,
  listDonations,
  type DonationRow,
  type DonorRow,
  type ReportScope,
  type SourceRow,
} from '../db/fund-reads.ts';
import { HINH_THUC, type HinhThuc } from '../db/tables.ts';
import { LABOUR_MEASURES } from '../measures.ts';
import { fundYears, memoizedPattern, NATION, publishedCell, type FormKey, type FundPattern, type FundYear } from '../fund-disclosure.ts';
import type { FundDonationResolvers, FundDonorResolvers } from '../__generated__/resolvers-types.ts';
import { windowYear } from './shapes.ts';

/**
 * The Child Protection Fund in the graph: forwards from a donation or donor to communes and the
 * children paid, backwards from a unit and year to donations and donors, the plans' reporting
 * form and the unspent balance. Money in (donations, donors that are organisations) is public;
 * money out and the children it paid are withheld outside the viewer's area (measures.ts).
 */
const big = (v: string | number) => BigInt(v);
const sum = (values: Iterable<string>) => [...values].reduce((a, v) => a + big(v), 0n).toString();

/** Donation lists are sorted by amount (largest first), then id: the cursor holds both. */
const DONATION_KEY = z.string().regex(/^\d{1,20}:\d{1,9}$/);

function idArg(value: unknown, argument: string): number {
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value))
    throw badUserInput(argument, `must be a donation id (digits), got ${JSON.stringify(value)}`);
  return Number(value);
}
function yearRange(args: { fromYear: unknown; toYear: unknown }) {
  const fromYear = yearArg(args.fromYear, 'fromYear');
  const toYear = yearArg(args.toYear, 'toYear');
  if (toYear < fromYear || toYear > fromYear + 10) throw badUserInput('toYear', `must be from fromYear to fromYear + 10, got ${toYear}`);
  return { fromYear, toYear };
}

/** Children paid in each form, true counts and money (a viewer inside the area). */
const byFormOf = (rows: { hinh_thuc: HinhThuc | null; children: number; events: number; amount: string }[]) =>
  HINH_THUC.map((f) => {
    const r = rows.find((x) => x.hinh_thuc === f);
    return { form: f, children: Number(r?.children ?? 0), supportEvents: Number(r?.events ?? 0), amount: r?.amount ?? '0' };
  });

/**
 * A year's counts of children as an outsider reads them: for the nation or a province as filed,
 * the cells the audited pattern publishes (fund-disclosure.ts), null where it hides them; for
 * any other scope (a commune, a unit on the geography of a date) withheld, since differencing
 * them against the published cells would isolate a few communes. The money of each form never.
 */
function outsiderCounts(y: FundYear | undefined, pattern: FundPattern | undefined, scope: string | null) {
  const cell = (key: FormKey) => (y && pattern && scope !== null ? publishedCell(y, pattern, scope, key) : null);
  return {
    childrenSupported: cell('ALL')?.children ?? null,
    byForm: HINH_THUC.map((f) => ({
      form: f,
      children: cell(f)?.children ?? null,
      supportEvents: cell(f)?.events ?? null,
      amount: null,
    })),
  };
}

// ---- Donations and donors ----

export const FundDonation: FundDonationResolvers = {
  id: (d) => String(d.id),
  date: (d) => d.ngay,
  donor: async (d, _, ctx) => {
    const donor = await ctx.loaders.fundDonor.load(d.ma_nha_tai_tro);
    if (!donor) throw new Error(`donation ${d.id} names donor ${d.ma_nha_tai_tro}, which the ledger does not hold`);
    return donor;
  },
  amount: (d) => d.so_tien,
  inKind: (d) => d.hien_vat,
  inKindDescription: (d) => d.mo_ta_hien_vat,
  level: (d) => d.cap,
  unitCode: (d) => d.ma_don_vi,
  provinceCode: (d) => d.ma_tinh,
  earmark: (d) =>
    d.chi_dinh_xa || d.chi_dinh_chuong_trinh || d.chi_dinh_hinh_thuc
      ? { communeCode: d.chi_dinh_xa, programme: d.chi_dinh_chuong_trinh, form: d.chi_dinh_hinh_thuc }
      : null,
  reversedOn: (d) => d.reversed_on,
  disbursed: (d, _, ctx) => (seesFundIn(ctx.viewer, 'province', d.ma_tinh) ? d.disbursed : null),
  unspent: (d, _, ctx) =>
    seesFundIn(ctx.viewer, 'province', d.ma_tinh) ? (d.reversed_on ? '0' : (big(d.so_tien) - big(d.disbursed)).toString()) : null,
  async communes(d, _, ctx) {
    return (await tracedCommunes(d, ctx))?.shown ?? null;
  },
  async communesOutsideArea(d, _, ctx) {
    return (await tracedCommunes(d, ctx))?.hidden ?? null;
  },
};

/** The donation's trace, cut to the communes the viewer sees; null for viewers who see no commune. */
async function tracedCommunes(d: DonationRow, ctx: LabourContext) {
  if (ctx.viewer.role !== 'ADMIN' && ctx.viewer.role !== 'OFFICER') return null;
  const trace = await ctx.loaders.fundTrace.load(d.id);
  const rows = trace.communes.filter((c) => big(c.amount) !== 0n || c.disbursements > 0);
  const shown = rows.filter((c) => seesFundIn(ctx.viewer, 'commune', c.ma_xa) || seesFundIn(ctx.viewer, 'province', c.ma_tinh));
  return {
    hidden: rows.length - shown.length,
    shown: shown.map((c) => {
      const forms = trace.forms.filter((f) => f.ma_xa === c.ma_xa);
      return {
        communeCode: c.ma_xa,
        provinceCode: c.ma_tinh,
        amount: c.amount,
        disbursements: c.disbursements,
        childrenSupported: Number(forms.find((f) => f.hinh_thuc === null)?.children ?? 0),
        byForm: byFormOf(forms),
      };
    }),
  };
}

export const FundDonor: FundDonorResolvers = {
  id: (d) => d.ma_nha_tai_tro,
  kind: (d) => d.loai,
  async name(d, _, ctx) {
    if (d.loai !== 'CA_NHAN') return d.ten;
    const may = ctx.viewer.role === 'ADMIN' || d.provinces.some((p) => seesFundIn(ctx.viewer, 'province', p));
    if (!may) return null;
    // A person's name is personal data: audited like child records.
    await auditRead(ctx, `FundDonor(${d.ma_nha_tai_tro}).name`, []);
    return d.ten;
  },
  donations: (d, _, ctx) => ctx.loaders.fundDonationsOfDonor.load(d.ma_nha_tai_tro),
  totalDonated: (d) => d.total,
};

// ---- Backwards: from a unit and year to donations and donors ----

async function toSources(rows: SourceRow[], year: number, ctx: LabourContext) {
  const donations = await Promise.all(
    rows.map(async (r) => ({ donation: (await ctx.loaders.fundDonation.load(r.ma_khoan_thu))!, amount: r.amount })),
  );
  donations.sort((a, b) => (big(b.amount) > big(a.amount) ? 1 : big(b.amount) < big(a.amount) ? -1 : a.donation.id - b.donation.id));
  const donors = await Promise.all(donations.map((d) => ctx.loaders.fundDonor.load(d.donation.ma_nha_tai_tro)));
  const organisations = new Map<string, { donor: DonorRow; amount: bigint }>();
  const individuals = new Map<string, bigint>();
  donations.forEach((d, i) => {
    const donor = donors[i]!;
    if (donor.loai === 'CA_NHAN') individuals.set(donor.ma_nha_tai_tro, (individuals.get(donor.ma_nha_tai_tro) ?? 0n) + big(d.amount));
    else {
      const entry = organisations.get(donor.ma_nha_tai_tro) ?? { donor, amount: 0n };
      entry.amount += big(d.amount);
      organisations.set(donor.ma_nha_tai_tro, entry);
    }
  });
  return {
    year,
    amountDisbursed: sum(rows.map((r) => r.amount)),
    donations,
    organisations: [...organisations.values()]
      .sort((a, b) => (b.amount > a.amount ? 1 : b.amount < a.amount ? -1 : 0))
      .map((o) => ({ donor: o.donor, amount: o.amount.toString() })),
    individualDonors: individuals.size,
    individualAmount: [...individuals.values()].reduce((a, v) => a + v, 0n).toString(),
  };
}

export function fundSourcesOf(level: 'commune' | 'province') {
  return async (unit: VersionRef, args: { year: unknown }, ctx: LabourContext) => {
    const year = yearArg(args.year);
    const key = windowYear(unit, year);
    const span = key.from < `${year + 1}-01-01` && key.to > `${year}-01-01`;
    if (!span || !seesFundIn(ctx.viewer, level, unit.code)) return null;
    const rows = await (level === 'commune' ? ctx.loaders.communeFundSources : ctx.loaders.provinceFundSources).load(key);
    return toSources(rows, year, ctx);
  };
}

// ---- The reporting form and the balance ----

/** `geographyDate`: null (as filed), else a date of the directory whose units the report is on. */
function geographyArg(value: unknown): string | null {
  return value === undefined || value === null ? null : dateArg(value, 'geographyDate', { min: DIRECTORY_START });
}

/**
 * The rows of a unit on the geography of `date`: those filed under every version that lands
 * wholly on it (the lineage rule of lib/directory/onto-date.ts, the coverage read model's). The
 * money out is visible to ADMIN, and to an officer whose area holds every one of those versions.
 */
function onGeography(date: string, inside: (t: UnitVersion) => boolean, withProvinces: boolean, viewer: Viewer) {
  const communes = versionsLandingIn('commune', date, inside);
  const provinces = withProvinces ? versionsLandingIn('province', date, inside) : [];
  const area = viewer.role === 'OFFICER' ? areaOf(viewer.area) : null;
  const visible = viewer.role === 'ADMIN' || (!!area && [...communes, ...provinces].every((v) => area.holds(v.level, v.code, v.validFrom)));
  return { onDate: { communes: communes.map(recordWindow), provinces: provinces.map(recordWindow) }, visible };
}

/** A province of `date` and the rows that land on it (ledger rows of every province and commune version that became wholly part of it). */
function provinceOnDate(code: string, date: string, viewer: Viewer) {
  if (
    !getDirectory()
      .versionsOf.get(`province:${code}`)
      ?.some((v) => inForceOn(v, date))
  )
    throw badUserInput('provinceCode', `no province ${code} on ${date}`);
  return onGeography(date, (t) => (t.level === 'province' ? t.code === code : t.provinceCode === code), true, viewer);
}

/**
 * `published`: the pattern's scope an outsider may read this report's counts from (the nation,
 * or a province code as filed), or null when its counts are withheld outside the area.
 */
async function report(
  scope: ReportScope,
  label: string,
  visible: boolean,
  range: { fromYear: number; toYear: number },
  ctx: LabourContext,
  geographyDate: string | null,
  published: string | null,
) {
  const { levels, forms } = await fundReport(ctx.read, scope, range.fromYear, range.toYear);
  const outside =
    !visible && published !== null
      ? fundYears(await fundCountCells(ctx.read, range.fromYear, range.toYear), range.fromYear, range.toYear)
      : [];
  const patterns = await Promise.all(outside.map(memoizedPattern));
  const years = [];
  for (let year = range.fromYear; year <= range.toYear; year++) {
    const here = levels.filter((l) => Number(l.year) === year);
    const yearForms = forms.filter((f) => Number(f.year) === year);
    const byLevel = (['TINH', 'HUYEN', 'XA'] as const).map((cap) => {
      const l = here.find((x) => x.cap === cap);
      return redact(
        LABOUR_MEASURES,
        'FundReportLevel',
        {
          level: cap,
          donations: Number(l?.donations ?? 0),
          mobilisedCash: l?.cash ?? '0',
          mobilisedInKind: l?.in_kind ?? '0',
          disbursed: l?.disbursed ?? '0',
          unspentAtYearEnd: l?.unspent ?? '0',
        },
        visible,
      );
    });
    const i = year - range.fromYear;
    const counts = visible
      ? { childrenSupported: Number(yearForms.find((f) => f.hinh_thuc === null)?.children ?? 0), byForm: byFormOf(yearForms) }
      : outsiderCounts(outside[i], patterns[i], published);
    years.push({
      ...redact(
        LABOUR_MEASURES,
        'FundReportYear',
        { year, mobilised: sum(here.flatMap((l) => [l.cash, l.in_kind])), byLevel, disbursed: sum(here.map((l) => l.disbursed)) },
        visible,
      ),
      ...counts,
    });
  }
  return { scope: label, fromYear: range.fromYear, toYear: range.toYear, geographyDate, years };
}

export async function communeFundReport(
  commune: VersionRef,
  args: { fromYear: unknown; toYear: unknown; geographyDate?: unknown },
  ctx: LabourContext,
) {
  const range = yearRange(args);
  const date = geographyArg(args.geographyDate);
  if (date) {
    const version = getDirectory()
      .versionsOf.get(`commune:${commune.code}`)
      ?.find((v) => v.validFrom === commune.validFrom);
    if (!version || !inForceOn(version, date))
      throw badUserInput(
        'geographyDate',
        `commune ${commune.code} of ${commune.validFrom} is not in force on ${date}: ask for the commune of that date`,
      );
    const { onDate, visible } = onGeography(date, (t) => t.id === version.id, false, ctx.viewer);
    const label = `commune ${commune.code} on the geography of ${date}: commune-level donations and disbursements filed under every commune version that became wholly part of it`;
    return report({ level: 'commune', code: commune.code, ...ALL_ROW_DATES, onDate }, label, visible, range, ctx, date, null);
  }
  const w = recordWindow(commune);
  const label = `commune ${w.code}: commune-level donations and disbursements dated from ${w.from} to before ${w.to}`;
  const visible = seesFundIn(ctx.viewer, 'commune', w.code);
  return report({ level: 'commune', code: w.code, from: w.from, to: w.to }, label, visible, range, ctx, null, null);
}

export const FundQuery = {
  async fundDonation(_: unknown, args: { id: unknown }, ctx: LabourContext) {
    return ctx.loaders.fundDonation.load(idArg(args.id, 'id'));
  },
  async fundDonor(_: unknown, args: { id: unknown }, ctx: LabourContext) {
    // Donor ids are the ledger's own references; control characters (a NUL byte) never occur in them and PostgreSQL text refuses them.
    if (typeof args.id !== 'string' || !/^[^\u0000-\u001f]{1,64}$/.test(args.id)) throw badUserInput('id', 'must be a donor id');
    return ctx.loaders.fundDonor.load(args.id);
  },
  async fundDonations(_: unknown, args: { provinceCode?: unknown; year?: unknown; first?: unknown; after?: unknown }, ctx: LabourContext) {
    const provinceCode =
      args.provinceCode === undefined || args.provinceCode === null ? null : provinceCodeArg(args.provinceCode, 'provinceCode');
    const year = args.year === undefined || args.year === null ? null : yearArg(args.year);
    const limit = pageSizeArg(args.first, 'first', 100);
    const cursor = cursorArg(args.after, DONATION_KEY);
    const match = cursor === undefined ? null : /^(\d+):(\d+)$/.exec(cursor)!;
    const { rows, total } = await listDonations(
      ctx.read,
      { provinceCode, year },
      { limit, after: match ? { amount: match[1]!, id: Number(match[2]) } : null },
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      totalCount: total,
      nodes: page,
      endCursor: last ? encodeCursor(`${last.so_tien}:${last.id}`) : null,
      hasNextPage: rows.length > limit,
    };
  },
  async fundReport(
    _: unknown,
    args: { provinceCode?: unknown; fromYear: unknown; toYear: unknown; geographyDate?: unknown },
    ctx: LabourContext,
  ) {
    const range = yearRange(args);
    const everywhere = ALL_ROW_DATES;
    const date = geographyArg(args.geographyDate);
    if (date && args.provinceCode !== undefined && args.provinceCode !== null) {
      const code = provinceCodeArg(args.provinceCode, 'provinceCode');
      const { onDate, visible } = provinceOnDate(code, date, ctx.viewer);
      const label = `province ${code} on the geography of ${date}: rows filed under every province and commune version that became wholly part of it`;
      return report({ level: 'province', code, ...everywhere, onDate }, label, visible, range, ctx, date, null);
    }
    if (args.provinceCode === undefined || args.provinceCode === null) {
      // the nation holds every row on every geography
      return report(
        { level: 'nation', code: '', ...everywhere },
        'the nation: every donation and disbursement',
        seesFundIn(ctx.viewer, 'nation', ''),
        range,
        ctx,
        date,
        NATION,
      );
    }
    const code = provinceCodeArg(args.provinceCode, 'provinceCode');
    return report(
      { level: 'province', code, ...everywhere },
      `province code ${code}: donations at every level and disbursements filed under the code`,
      seesFundIn(ctx.viewer, 'province', code),
      range,
      ctx,
      null,
      code,
    );
  },
  async nationalFundSources(_: unknown, args: { year: unknown }, ctx: LabourContext) {
    const year = yearArg(args.year);
    if (!seesFundIn(ctx.viewer, 'nation', '')) return null;
    const rows = await ctx.loaders.nationFundSources.load({ code: '', ...ALL_ROW_DATES, year });
    return toSources(rows, year, ctx);
  },
  async fundBalances(_: unknown, args: { provinceCode: unknown; asOf: unknown; geographyDate?: unknown }, ctx: LabourContext) {
    const code = provinceCodeArg(args.provinceCode, 'provinceCode');
    const asOf = dateArg(args.asOf, 'asOf');
    const date = geographyArg(args.geographyDate);
    const basis = date ? provinceOnDate(code, date, ctx.viewer) : null;
    if (!(basis ? basis.visible : seesFundIn(ctx.viewer, 'province', code))) return null;
    return (await fundBalances(ctx.read, code, asOf, basis?.onDate)).map((b) => ({
      level: b.cap,
      unitCode: b.ma_don_vi,
      earmark:
        b.chi_dinh_xa || b.chi_dinh_chuong_trinh || b.chi_dinh_hinh_thuc
          ? {
              communeCode: b.chi_dinh_xa,
              programme: b.chi_dinh_chuong_trinh,
              form: b.chi_dinh_hinh_thuc,
            }
          : null,
      unspent: b.unspent,
      donations: Number(b.donations),
      oldestReceivedOn: b.oldest,
      oldestAgeDays: Number(b.oldest_age),
      meanAgeDays: Number(b.mean_age),
    }));
  },
};
