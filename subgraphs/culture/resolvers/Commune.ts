import { yearArg } from '../../../lib/args.ts';
import { recordWindow, windowKey } from '../../../lib/periods.ts';
import type { CommuneResolvers, EquipmentCondition, PlayEquipmentKind } from '../__generated__/resolvers-types.ts';
import type { PlayAreaRow } from '../db/repository.ts';

interface EquipmentJson {
  id: string;
  loai: PlayEquipmentKind;
  nha_tai_tro: string | null;
  ngay_lap_dat: string;
  tinh_trang: EquipmentCondition;
  ngay_danh_gia: string;
}
interface InspectionJson {
  ngay: string;
  ket_qua: string;
  ghi_chu: string | null;
}

const toPlayArea = (r: PlayAreaRow) => ({
  id: r.id,
  name: r.ten,
  kind: r.loai,
  opened: r.ngay_dua_vao_su_dung,
  // Cast: jsonArrayFrom/jsonObjectFrom rows arrive as parsed JSON, typed loosely by Kysely; the repository's select fixes their fields.
  equipment: (r.equipment as unknown as EquipmentJson[]).map((e) => ({
    id: e.id,
    kind: e.loai,
    donor: e.nha_tai_tro,
    installed: e.ngay_lap_dat,
    condition: e.tinh_trang,
    assessedOn: e.ngay_danh_gia,
  })),
  lastInspection: r.last_inspection
    ? (({ ngay, ket_qua, ghi_chu }: InspectionJson) => ({ date: ngay, passed: ket_qua === 'DAT', note: ghi_chu }))(
        // Cast: parsed JSON, as for the equipment above.
        r.last_inspection as unknown as InspectionJson,
      )
    : null,
});

export const Commune: CommuneResolvers = {
  /** Culture holds no commune rows of its own: the representation is the commune. */
  __resolveReference: (ref) => ref,

  async playAreas(commune, _, ctx) {
    return (await ctx.loaders.playAreasInWindow.load(windowKey(recordWindow(commune)))).map(toPlayArea);
  },

  async cultureReporting(commune, args, ctx) {
    const year = yearArg(args.year);
    const yearEnd = `${year}-12-31`;
    const w = recordWindow(commune);
    if (yearEnd < w.from || yearEnd >= w.to) return null;
    const row = await ctx.loaders.reports.load({ code: commune.code, year, year_end: yearEnd });
    return { year, submitted: row !== null, submittedOn: row?.ngay_nop ?? null };
  },
  async playAreaSummary(commune, args, ctx) {
    const year = yearArg(args.year);
    const yearEnd = `${year}-12-31`;
    const w = recordWindow(commune);
    if (yearEnd < w.from || yearEnd >= w.to) return null;
    const row = await ctx.loaders.playAreaSummary.load({ code: commune.code, year, year_end: yearEnd });
    const n = (v: number | undefined) => Number(v ?? 0);
    const reported = row?.reported === true;
    return {
      year,
      countedOn: yearEnd,
      playAreas: n(row?.play_areas),
      withWorkingEquipment: n(row?.with_working),
      equipmentItems: n(row?.items),
      workingItems: n(row?.working),
      itemsInstalled: n(row?.installed),
      donatedItemsInstalled: n(row?.donated),
      inspected: n(row?.inspected),
      inspectionsPassed: n(row?.passed),
      // The indicator is the commune's reported answer: unknown, not "no", without a report.
      hasPlayAreaWithWorkingEquipment: reported ? n(row?.with_working) > 0 : null,
      reported,
    };
  },
};
