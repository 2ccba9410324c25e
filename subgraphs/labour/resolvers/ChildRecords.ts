import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { cursorArg, encodeCursor, pageSizeArg, yearArg } from '../../../lib/args.ts';
import { recordWindow, type VersionRef } from '../../../lib/periods.ts';
import { auditRead, childVisibility } from '../access.ts';
import { listAudit, type ChildRow } from '../db/child-records.ts';
import type { LabourContext } from '../context.ts';

export interface ChildShape {
  id: string;
  year: number;
  fullName: string;
  birthDate: string;
  sex: ChildRow['gioi_tinh'];
  ethnicity: string;
  householdPoverty: ChildRow['muc'];
  specialCircumstanceGroups: number[];
}

const toChild = (r: ChildRow): ChildShape => ({
  id: r.ma_tre,
  year: r.key_year,
  fullName: r.ho_ten,
  birthDate: r.ngay_sinh,
  sex: r.gioi_tinh,
  ethnicity: r.dan_toc,
  householdPoverty: r.muc,
  specialCircumstanceGroups: r.nhom ?? [],
});

/** Cursor keys: a register id (opaque text), and an audit row's serial id (a bigint). */
const CHILD_ID_KEY = z.string().min(1).max(64);
const AUDIT_ID_KEY = z.string().regex(/^\d{1,18}$/);

export async function childRecords(commune: VersionRef, args: { year: unknown; first?: unknown; after?: unknown }, ctx: LabourContext) {
  const visibility = childVisibility(ctx.viewer); // FORBIDDEN for every role but OFFICER and ADMIN
  const year = yearArg(args.year);
  const limit = pageSizeArg(args.first, 'first', 100);
  const after = cursorArg(args.after, CHILD_ID_KEY);
  const w = recordWindow(commune);
  const rows = await ctx.loaders.childrenInCommunes(visibility).load({ code: w.code, from: w.from, to: w.to, year });
  const remaining = after === undefined ? rows : rows.filter((r) => r.ma_tre > after);
  const page = remaining.slice(0, limit).map(toChild);
  await auditRead(
    ctx,
    `Commune(${commune.code}, ${commune.validFrom}).childRecords(year: ${year}, first: ${limit}${after ? ', after: …' : ''})`,
    page.map((c) => c.id),
  );
  return {
    totalCount: rows.length,
    nodes: page,
    endCursor: page.length ? encodeCursor(page.at(-1)!.id) : null,
    hasNextPage: remaining.length > limit,
  };
}

export const ChildRecord = {
  async support(child: ChildShape, _: unknown, ctx: LabourContext) {
    const rows = await ctx.loaders.supportOfChildren.load({ id: child.id, year: child.year });
    return rows.map((r) => ({ date: r.ngay, form: r.hinh_thuc, source: r.nguon, amount: r.so_tien }));
  },
};

export async function childRecordAudit(_: unknown, args: { first?: unknown; after?: unknown }, ctx: LabourContext) {
  if (ctx.viewer.role !== 'ADMIN') {
    throw new GraphQLError('The audit trail is visible to administrators only.', { extensions: { code: 'FORBIDDEN' } });
  }
  const limit = pageSizeArg(args.first, 'first', 100);
  const after = cursorArg(args.after, AUDIT_ID_KEY);
  const rows = await ctx.primary((db) => listAudit(db, { afterId: after, limit: limit + 1 }));
  const page = rows.slice(0, limit);
  return {
    nodes: page.map((r) => ({
      at: new Date(r.thoi_diem).toISOString(),
      subject: r.chu_the,
      role: r.vai_tro,
      area: r.dia_ban ? r.dia_ban.split(',') : [],
      requestId: r.ma_yeu_cau,
      correlationId: r.ma_tuong_quan,
      query: r.truy_van,
      childIds: r.ma_tre ? r.ma_tre.split(',') : [],
    })),
    endCursor: page.length ? encodeCursor(String(page.at(-1)!.id)) : null,
    hasNextPage: rows.length > limit,
  };
}
