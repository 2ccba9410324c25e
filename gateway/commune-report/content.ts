import type { ReportPeriod } from '../../lib/report-path.ts';

/**
 * The commune's periodic child-work report (báo cáo công tác trẻ em), filled from the graph.
 * Thanh Lĩnh's plan (May 2023) names annex forms 1–7 but the public copy does not reproduce
 * them, so the structure is ours: sections with Vietnamese headings, one line per figure, each
 * with where it came from and as of when, and blank lines for what the graph does not hold
 * (documented in docs/commune-report.md).
 */
export const REPORT_QUERY = `query CommuneReport($code: String!, $date: Date!, $year: Int!, $schoolYear: String!, $through: Date!) {
  commune(code: $code, date: $date) {
    code validFrom validUntil name fullName district { code name } province { code name }
    childPopulation(year: $year) { total byAgeBand { band children } poor nearPoor specialCircumstances
      specialCircumstancesByGroup { group children } }
    childSupport(year: $year, through: $through) { childrenSupported supportEvents totalAmount byForm { form events children amount }
      bySource { source events amount } specialCircumstanceChildren specialCircumstanceChildrenSupported
      poorOrNearPoorChildren poorOrNearPoorChildrenSupported violenceOrAbuseVictims violenceOrAbuseVictimsSupported }
    checkups(year: $year) { reported examined examinedPreschoolAndPrimaryAge }
    checkupRounds(year: $year) { date examined }
    schoolMeals(schoolYear: $schoolYear) { pupilsServed pupilsEnrolled schools schoolsReported }
    playAreaSummary(year: $year) { reported playAreas withWorkingEquipment }
    fundReport(fromYear: $year, toYear: $year) { years { mobilised byLevel { level donations mobilisedCash mobilisedInKind } } }
    coverage(year: $year) { indicator definition { nameVi } period value numerator denominator target gap status refreshedAt }
  }
  reportingDeadlines { provinceCode agency level period monthDay document }
  dataProvenance { sectorData sectorDataSynthetic }
}`;

/** The last day a period counts: 30 June for the six-month report, 31 December for the year. */
export const periodEnd = (year: number, period: ReportPeriod) => (period === 'YEARLY' ? `${year}-12-31` : `${year}-06-30`);

/** One line of the report: a figure (or a blank for the officer) with its provenance. */
export interface ReportLine {
  /** Section number and heading, e.g. "II. Trẻ em theo nhóm". */
  section: string;
  /** What the figure is, in Vietnamese. */
  label: string;
  /** null: the graph does not hold it (or not for this period): a blank for the officer to fill. */
  value: number | string | null;
  /** The graph field it came from, or why it is blank. */
  source: string;
  /** The day or period the figure is as of. */
  asOf: string;
}

export interface CommuneReport {
  title: string;
  commune: { code: string; validFrom: string; name: string; district: string | null; province: string };
  year: number;
  period: ReportPeriod;
  periodLabel: string;
  dueDate: string | null;
  dueSource: string | null;
  synthetic: boolean;
  lines: ReportLine[];
}

const FORM_VI: Record<string, string> = {
  HEALTH_CARE: 'Chăm sóc sức khỏe',
  SOCIAL_ASSISTANCE: 'Trợ giúp xã hội',
  EDUCATION_VOCATIONAL: 'Hỗ trợ giáo dục, học nghề',
  LEGAL_AID: 'Trợ giúp pháp lý',
  COUNSELLING_PSYCHOLOGICAL: 'Tư vấn, trị liệu tâm lý',
  WARM_WINTER_ITEMS: 'Đồ dùng mùa đông',
};
const SOURCE_VI: Record<string, string> = {
  STATE_BUDGET: 'Ngân sách nhà nước',
  CHILD_PROTECTION_FUND: 'Quỹ Bảo trợ trẻ em',
  SOCIALISED: 'Xã hội hóa',
};
const BAND_VI: Record<string, string> = { AGE_0_2: '0–2 tuổi', AGE_3_5: '3–5 tuổi', AGE_6_10: '6–10 tuổi', AGE_11_15: '11–15 tuổi' };
const LEVEL_VI: Record<string, string> = { PROVINCE: 'cấp tỉnh', DISTRICT: 'cấp huyện', COMMUNE: 'cấp xã' };

/** Lines the graph never holds: the officer fills them in. */
const OFFICER_FILLS = [
  'Số vụ việc bạo lực, xâm hại trẻ em được phát hiện, can thiệp',
  'Số trẻ em bị tai nạn, thương tích (đuối nước, tai nạn giao thông)',
  'Hoạt động truyền thông về bảo vệ trẻ em (số buổi, số người tham dự)',
  'Kinh phí ngân sách xã chi cho công tác trẻ em',
  'Diễn đàn trẻ em, hoạt động tham gia của trẻ em',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;

/** Builds the report from the graph's answer; every figure keeps the field it came from. */
export function buildReport(data: Data, year: number, period: ReportPeriod, schoolYear: string): CommuneReport {
  const c = data.commune;
  const yearly = period === 'YEARLY';
  const lines: ReportLine[] = [];
  const yearEnd = `${year}-12-31`;
  const through = periodEnd(year, period);
  const span = `${year}-01-01–${through}`;
  const blank = (source: string, why: string) => `${source}: ${why}`;
  /** A figure of events dated in the period (support filed, check-up rounds held): the period's own. */
  const add = (section: string, label: string, value: number | string | null | undefined, source: string, asOf: string) =>
    lines.push({
      section,
      label,
      value: value ?? null,
      source: value === null || value === undefined ? blank(source, 'không có trong dữ liệu (missing)') : source,
      asOf,
    });
  /** A figure the graph holds for the whole year only (a count on 31 December, a school year, a yearly report): blank at six months. */
  const addYearly = (section: string, label: string, value: number | string | null | undefined, source: string, asOf: string) =>
    yearly
      ? add(section, label, value, source, asOf)
      : lines.push({
          section,
          label,
          value: null,
          source: blank(source, 'chỉ có số liệu cả năm, không tính được đến 30/06 (yearly only in the graph)'),
          asOf: through,
        });

  const s2 = 'II. Trẻ em trên địa bàn theo nhóm';
  const pop = c.childPopulation;
  addYearly(s2, 'Tổng số trẻ em (0–15 tuổi)', pop?.total, 'labour: Commune.childPopulation.total', yearEnd);
  for (const b of pop?.byAgeBand ?? [])
    addYearly(s2, `Trẻ em ${BAND_VI[b.band] ?? b.band}`, b.children, `labour: Commune.childPopulation.byAgeBand[${b.band}]`, yearEnd);
  addYearly(s2, 'Trẻ em thuộc hộ nghèo', pop?.poor, 'labour: Commune.childPopulation.poor', yearEnd);
  addYearly(s2, 'Trẻ em thuộc hộ cận nghèo', pop?.nearPoor, 'labour: Commune.childPopulation.nearPoor', yearEnd);
  addYearly(s2, 'Trẻ em có hoàn cảnh đặc biệt', pop?.specialCircumstances, 'labour: Commune.childPopulation.specialCircumstances', yearEnd);
  for (const g of (pop?.specialCircumstancesByGroup ?? []).filter((x: Data) => x.children > 0)) {
    addYearly(
      s2,
      `Trẻ em có hoàn cảnh đặc biệt, nhóm ${g.group} (Điều 10 Luật Trẻ em)`,
      g.children,
      `labour: Commune.childPopulation.specialCircumstancesByGroup[${g.group}]`,
      yearEnd,
    );
  }

  const s3 = 'III. Trợ giúp trẻ em theo hình thức và nguồn';
  const sup = c.childSupport;
  // Support events are dated: the period's own figures (filed 1 January to `through`).
  const filed = yearly ? 'labour: Commune.childSupport' : `labour: Commune.childSupport(through: ${through})`;
  const asOfPeriod = yearly ? String(year) : span;
  add(s3, 'Số trẻ em được trợ giúp', sup?.childrenSupported, `${filed}.childrenSupported`, asOfPeriod);
  add(s3, 'Số lượt trợ giúp', sup?.supportEvents, `${filed}.supportEvents`, asOfPeriod);
  add(s3, 'Tổng giá trị trợ giúp (đồng)', sup?.totalAmount, `${filed}.totalAmount`, asOfPeriod);
  for (const f of sup?.byForm ?? [])
    add(s3, `${FORM_VI[f.form] ?? f.form}: số trẻ em`, f.children, `${filed}.byForm[${f.form}].children`, asOfPeriod);
  for (const s of sup?.bySource ?? [])
    add(s3, `Nguồn ${SOURCE_VI[s.source] ?? s.source}: giá trị (đồng)`, s.amount, `${filed}.bySource[${s.source}].amount`, asOfPeriod);
  addYearly(
    s3,
    'Trẻ em có hoàn cảnh đặc biệt được trợ giúp',
    sup?.specialCircumstanceChildrenSupported,
    'labour: Commune.childSupport.specialCircumstanceChildrenSupported',
    String(year),
  );
  addYearly(
    s3,
    'Trẻ em hộ nghèo, cận nghèo được trợ giúp',
    sup?.poorOrNearPoorChildrenSupported,
    'labour: Commune.childSupport.poorOrNearPoorChildrenSupported',
    String(year),
  );
  addYearly(s3, 'Trẻ em bị bạo lực, xâm hại', sup?.violenceOrAbuseVictims, 'labour: Commune.childSupport.violenceOrAbuseVictims', yearEnd);
  addYearly(
    s3,
    'Trẻ em bị bạo lực, xâm hại được trợ giúp',
    sup?.violenceOrAbuseVictimsSupported,
    'labour: Commune.childSupport.violenceOrAbuseVictimsSupported',
    String(year),
  );

  const s4 = 'IV. Khám sức khỏe, bữa ăn bán trú, khu vui chơi';
  // Check-up rounds are dated: those held in the period.
  const rounds = (c.checkupRounds ?? []).filter((r: Data) => r.date <= through);
  const roundsSource = `health: Commune.checkupRounds[date ≤ ${through}]`;
  add(s4, 'Số đợt khám sức khỏe, sàng lọc cho trẻ em', c.checkupRounds ? rounds.length : null, `${roundsSource} (count)`, asOfPeriod);
  add(
    s4,
    'Số lượt trẻ em được khám trong các đợt',
    c.checkupRounds ? rounds.reduce((sum: number, r: Data) => sum + r.examined, 0) : null,
    `${roundsSource}.examined (sum)`,
    asOfPeriod,
  );
  const ck = c.checkups?.reported ? c.checkups : null;
  addYearly(s4, 'Số trẻ em được khám sức khỏe', ck?.examined, 'health: Commune.checkups.examined', String(year));
  addYearly(
    s4,
    'Số trẻ em 3–10 tuổi được khám sức khỏe tổng quát',
    ck?.examinedPreschoolAndPrimaryAge,
    'health: Commune.checkups.examinedPreschoolAndPrimaryAge',
    String(year),
  );
  addYearly(
    s4,
    'Học sinh mầm non, tiểu học được hỗ trợ bữa ăn bán trú',
    c.schoolMeals?.pupilsServed,
    'education: Commune.schoolMeals.pupilsServed',
    schoolYear,
  );
  addYearly(
    s4,
    'Học sinh mầm non, tiểu học (các trường có báo cáo bữa ăn)',
    c.schoolMeals?.pupilsEnrolled,
    'education: Commune.schoolMeals.pupilsEnrolled',
    schoolYear,
  );
  const play = c.playAreaSummary?.reported ? c.playAreaSummary : null;
  addYearly(s4, 'Số khu vui chơi cho trẻ em', play?.playAreas, 'culture: Commune.playAreaSummary.playAreas', yearEnd);
  addYearly(
    s4,
    'Khu vui chơi có trang thiết bị hoạt động tốt',
    play?.withWorkingEquipment,
    'culture: Commune.playAreaSummary.withWorkingEquipment',
    yearEnd,
  );

  const s5 = 'V. Nguồn lực huy động';
  const fund = c.fundReport?.years?.[0];
  addYearly(s5, 'Tổng nguồn lực huy động (đồng)', fund?.mobilised, 'labour: Commune.fundReport.years.mobilised', String(year));
  for (const l of fund?.byLevel ?? []) {
    addYearly(
      s5,
      `Quỹ ${LEVEL_VI[l.level] ?? l.level}: tiền mặt (đồng)`,
      l.mobilisedCash,
      `labour: Commune.fundReport.years.byLevel[${l.level}].mobilisedCash`,
      String(year),
    );
    addYearly(
      s5,
      `Quỹ ${LEVEL_VI[l.level] ?? l.level}: hiện vật quy đổi (đồng)`,
      l.mobilisedInKind,
      `labour: Commune.fundReport.years.byLevel[${l.level}].mobilisedInKind`,
      String(year),
    );
  }

  const s6 = 'VI. Kết quả thực hiện chỉ tiêu';
  for (const v of c.coverage ?? []) {
    const tail = v.target === null ? '' : `; chỉ tiêu ${v.target}, chênh lệch ${v.gap ?? '—'}, ${v.status}`;
    addYearly(
      s6,
      `${v.definition.nameVi} (%)`,
      v.value,
      `coverage: Commune.coverage[${v.indicator}] (${v.numerator ?? '—'}/${v.denominator ?? '—'}${tail})`,
      v.refreshedAt ?? v.period,
    );
  }

  const s7 = 'VII. Nội dung xã tự điền (không có trong dữ liệu)';
  for (const label of OFFICER_FILLS)
    lines.push({
      section: s7,
      label,
      value: null,
      source: "không có trong dữ liệu các ngành: cán bộ xã điền (not in the agencies' data)",
      asOf: yearly ? String(year) : `${year}-06-30`,
    });

  const due = dueDate(data.reportingDeadlines, c.province.code, year, period);
  return {
    title: `Báo cáo kết quả thực hiện công tác trẻ em ${yearly ? `năm ${year}` : `6 tháng đầu năm ${year}`}`,
    commune: { code: c.code, validFrom: c.validFrom, name: c.fullName, district: c.district?.name ?? null, province: c.province.name },
    year,
    period,
    periodLabel: yearly ? `Năm ${year} (01/01–31/12)` : `6 tháng đầu năm ${year} (01/01–30/06)`,
    dueDate: due?.date ?? null,
    dueSource: due?.document ?? null,
    synthetic: Boolean(data.dataProvenance?.sectorDataSynthetic),
    lines,
  };
}

/** The commune report's deadline from the plans' deadlines data: a province's own rule beats the general one. */
function dueDate(deadlines: Data[], provinceCode: string, year: number, period: ReportPeriod): { date: string; document: string } | null {
  const rule = deadlines
    .filter(
      (d) =>
        d.level === 'COMMUNE' &&
        d.period === period &&
        (d.agency === null || d.agency === 'LABOUR') &&
        (d.provinceCode === null || d.provinceCode === provinceCode),
    )
    .sort((a, b) => (b.provinceCode ? 2 : 0) + (b.agency ? 1 : 0) - ((a.provinceCode ? 2 : 0) + (a.agency ? 1 : 0)))[0];
  return rule ? { date: `${year}-${rule.monthDay}`, document: rule.document } : null;
}
