/**
 * The synthetic world behind the demo data: which communes are in scope, how they are
 * classified, which children live where and when, and how well each sector reaches them.
 * Every agency generator draws from this one world, so the four databases agree with each
 * other the way real agency data roughly does (check-ups never exceed the children who live
 * there), while each agency still stores it in its own native shape.
 *
 * Everything here is a pure function of `seed`: the same seed gives the same data everywhere.
 */
import { readTsv } from '../../lib/directory/files.ts';
import { pushTo } from '../../lib/collections.ts';
import { DIRECTORY_START, FIRST_YEAR, LAST_YEAR, REFORM_DATE, addDays } from '../../lib/periods.ts';
import { Random } from './random.ts';

export interface DemoOptions {
  seed: number;
  /** Two-digit province codes of the 2025-03-01 directory, or 'all'. */
  provinces: 'all' | string[];
  /** Mean number of children aged 0–15 per commune, before commune-kind and terrain factors. */
  childrenPerCommune: number;
}

/** The plans' provinces: Hải Phòng, Hải Dương, Cao Bằng, Nghệ An, Đồng Tháp. */
export const PLAN_PROVINCES = ['31', '30', '04', '40', '87'];
/**
 * 60 children per commune keeps the embedded demo small (730,325 rows over the five provinces); real communes
 * have a few thousand. `--children-per-commune` scales it up.
 */
export const DEFAULT_DEMO: DemoOptions = { seed: 2025, provinces: PLAN_PROVINCES, childrenPerCommune: 60 };

/** The data horizon: agency rows are dated up to this day (school year 2025-2026 runs to May 2026). */
export const DATA_END = '2025-12-31';

export type ClassificationKind = 'MOUNTAINOUS' | 'ETHNIC_MINORITY_AREA' | 'EXTREMELY_DIFFICULT';
export type Sector = 'CHECKUP' | 'MEAL' | 'PLAY_AREA' | 'SPECIAL_SUPPORT' | 'POOR_SUPPORT' | 'FUND';

export interface CommuneVersion {
  code: string;
  validFrom: string;
  /** inclusive; null while in force */
  validUntil: string | null;
  provinceCode: string;
  districtCode: string | null;
  name: string;
  kind: string;
  classes: Set<ClassificationKind>;
}
export const versionKey = (v: { code: string; validFrom: string }) => `${v.code}|${v.validFrom}`;

export interface Residence {
  code: string;
  provinceCode: string;
  districtCode: string | null;
  from: string;
  /** exclusive; null while the child still lives there */
  to: string | null;
}
export type PovertyLevel = 'POOR' | 'NEAR_POOR';
export interface Child {
  id: string;
  name: string;
  birthDate: string;
  sex: 'M' | 'F';
  ethnicity: string;
  residences: Residence[];
  /** Household poverty status at the end of each year in which the household was poor or near-poor. */
  poverty: Map<number, PovertyLevel>;
  /** Special-circumstance groups (Law on Children 2016, art. 10: groups 1–16). */
  circumstances: { group: number; from: string; to: string | null }[];
}

export interface World {
  options: DemoOptions;
  communes: CommuneVersion[];
  children: Child[];
  /** The commune version that carried `code` on `date` (null if none, or out of scope). */
  versionOn(code: string, date: string): CommuneVersion | null;
  /** A fresh deterministic random stream for a named purpose. */
  random(key: string): Random;
  /** Expected coverage of a sector in a commune and year, in [0, 1]. */
  propensity(sector: Sector, commune: CommuneVersion, year: number): number;
  /** Whether a reporting unit reported for a period (missing is not zero). */
  reports(agency: string, unitKey: string, period: string, commune: CommuneVersion): boolean;
  /**
   * Where something that sits in `start` from `from` (a child, a school, a play area) is filed
   * over time: one segment per commune version it passes through, until `until` (exclusive)
   * or DATA_END. `key` makes the choice among partial successors deterministic.
   */
  placesFrom(start: CommuneVersion, from: string, until: string | null, key: string): Residence[];
}

export function residenceOn(child: Child, date: string): Residence | undefined {
  return child.residences.find((r) => r.from <= date && (r.to === null || date < r.to));
}
export function ageOn(child: Child, date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = child.birthDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

// ---- Classification, in realistic proportions (synthetic: no official list was at hand) ----

/** Share of mountainous communes by 2025-03-01 province code; unlisted provinces 4%. */
const MOUNTAINOUS_SHARE: Record<string, number> = {
  '02': 0.95,
  '04': 0.92,
  '06': 0.95,
  '08': 0.8,
  '10': 0.9,
  '11': 0.95,
  '12': 0.95,
  '14': 0.9,
  '15': 0.8,
  '17': 0.85,
  '19': 0.5,
  '20': 0.85,
  '22': 0.45,
  '24': 0.4,
  '25': 0.5,
  '38': 0.4,
  '40': 0.35,
  '42': 0.4,
  '44': 0.35,
  '45': 0.3,
  '46': 0.3,
  '49': 0.4,
  '51': 0.35,
  '52': 0.3,
  '54': 0.35,
  '56': 0.3,
  '58': 0.35,
  '62': 0.85,
  '64': 0.8,
  '66': 0.7,
  '67': 0.8,
  '68': 0.7,
  '70': 0.3,
  '74': 0.1,
  '75': 0.2,
};
/** Districts whose communes are mostly mountainous, where the province share would mislead. */
const MOUNTAINOUS_DISTRICTS: Record<string, number> = {
  '415': 1,
  '416': 1,
  '417': 1,
  '418': 1,
  '419': 0.8,
  '420': 1,
  '422': 1,
  '423': 0.7,
  '424': 0.7,
  '428': 0.5,
  '290': 0.4,
  '292': 0.3,
};
/** Hải Phòng's plan counts 14 mountainous communes, in Thủy Nguyên (311) and Cát Hải (317). */
const HAI_PHONG_MOUNTAINOUS = { districts: ['311', '317'], count: 14 };

function classify(communes: CommuneVersion[], seed: number, crosswalk: Map<string, string[]>): void {
  const before = communes.filter((c) => c.validFrom < REFORM_DATE);
  const haiPhong = before
    .filter((c) => c.districtCode && HAI_PHONG_MOUNTAINOUS.districts.includes(c.districtCode) && c.kind !== 'WARD')
    .sort((a, b) => a.code.localeCompare(b.code));
  const haiPhongCodes = new Set(
    haiPhong
      .map((c) => c.code)
      .filter((code, i, all) => all.indexOf(code) === i)
      .slice(0, HAI_PHONG_MOUNTAINOUS.count),
  );
  for (const c of before) {
    const r = new Random(seed, `class|${c.code}`); // by code, so a renamed version keeps its labels
    const share =
      c.provinceCode === '31'
        ? haiPhongCodes.has(c.code)
          ? 1
          : 0
        : ((c.districtCode ? MOUNTAINOUS_DISTRICTS[c.districtCode] : undefined) ?? MOUNTAINOUS_SHARE[c.provinceCode] ?? 0.04);
    const mountainous = r.chance(c.kind === 'WARD' ? share * 0.2 : share);
    if (mountainous) c.classes.add('MOUNTAINOUS');
    if (r.chance(mountainous ? (share > 0.8 ? 0.5 : 0.25) : 0.005)) c.classes.add('EXTREMELY_DIFFICULT');
    if (r.chance(mountainous ? 0.85 : 0.03)) c.classes.add('ETHNIC_MINORITY_AREA');
  }
  // A unit formed by the reform takes a label when most of its predecessors carried it.
  const lastBefore = new Map(before.filter((c) => c.validUntil === addDays(REFORM_DATE, -1)).map((c) => [c.code, c]));
  for (const c of communes.filter((c) => c.validFrom >= REFORM_DATE)) {
    const predecessors = (crosswalk.get(c.code) ?? []).map((code) => lastBefore.get(code)).filter((p) => p !== undefined);
    for (const kind of ['MOUNTAINOUS', 'ETHNIC_MINORITY_AREA', 'EXTREMELY_DIFFICULT'] as const) {
      const carrying = predecessors.filter((p) => p.classes.has(kind)).length;
      if (predecessors.length && carrying * 2 >= predecessors.length) c.classes.add(kind);
    }
  }
}

// ---- Names (synthetic) ----
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Nông',
  'Lục',
  'Hà',
  'Lương',
  'Vi',
  'Sầm',
  'Giàng',
];
const MIDDLE = { M: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành'], F: ['Thị', 'Ngọc', 'Thu', 'Kim', 'Thanh', 'Mai'] };
const GIVEN = {
  M: ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hiếu', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tài', 'Tuấn', 'Việt'],
  F: ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngân', 'Nhung', 'Phương', 'Thảo', 'Trang', 'Yến'],
};
const ETHNICITY_MOUNTAIN: Record<string, string[]> = {
  '04': ['Tày', 'Tày', 'Nùng', 'Nùng', "H'Mông", 'Dao', 'Kinh'],
  '40': ['Thái', 'Thái', 'Khơ Mú', "H'Mông", 'Kinh', 'Kinh'],
};

// ---- The world ----

export function buildWorld(options: DemoOptions): World {
  const { seed } = options;
  const crosswalkRows = readTsv('crosswalk');
  const predecessorsOf = new Map<string, string[]>();
  const successorsOf = new Map<string, string[]>();
  for (const r of crosswalkRows) {
    pushTo(predecessorsOf, r.code!, r.predecessor_code!);
    pushTo(successorsOf, r.predecessor_code!, r.code!);
  }

  const all: CommuneVersion[] = readTsv('communes').map((r) => ({
    code: r.code!,
    validFrom: r.valid_from!,
    validUntil: r.valid_until || null,
    provinceCode: r.province_code!,
    districtCode: r.district_code || null,
    name: r.full_name!,
    kind: r.kind!,
    classes: new Set<ClassificationKind>(),
  }));

  // Scope: the chosen provinces before the reform, the provinces they became, and every old
  // province that merged into those, so each commune's history is whole on both sides.
  let communes = all;
  if (options.provinces !== 'all') {
    const chosen = new Set(options.provinces);
    const newProvinceOf = new Map(crosswalkRows.map((r) => [r.predecessor_code!, r.province_code!]));
    const newProvinces = new Set(
      all
        .filter((c) => c.validFrom < REFORM_DATE && chosen.has(c.provinceCode))
        .map((c) => newProvinceOf.get(c.code))
        .filter(Boolean),
    );
    // An old province is in when most of its communes went into a new province in scope
    // (a partial transfer across a border must not pull in a whole neighbour).
    const inside = new Map<string, { in: number; all: number }>();
    for (const c of all.filter((c) => c.validFrom < REFORM_DATE && c.validUntil === addDays(REFORM_DATE, -1))) {
      const tally = inside.get(c.provinceCode) ?? { in: 0, all: 0 };
      tally.all++;
      if (newProvinces.has(newProvinceOf.get(c.code))) tally.in++;
      inside.set(c.provinceCode, tally);
    }
    const oldProvinces = new Set([...inside].filter(([, t]) => t.in * 2 > t.all).map(([code]) => code));
    communes = all.filter((c) => (c.validFrom < REFORM_DATE ? oldProvinces.has(c.provinceCode) : newProvinces.has(c.provinceCode)));
  }
  classify(communes, seed, predecessorsOf);

  const byCode = new Map<string, CommuneVersion[]>();
  for (const c of communes) pushTo(byCode, c.code, c);
  const versionOn = (code: string, date: string) =>
    byCode.get(code)?.find((v) => v.validFrom <= date && (v.validUntil === null || date <= v.validUntil)) ?? null;

  const random = (key: string) => new Random(seed, key);
  const propensity = (sector: Sector, c: CommuneVersion, year: number): number => {
    const r = random(`propensity|${sector}|${c.code}`);
    if (r.chance(0.18)) return 1; // fully covered communes exist, so targets of 100% can be met
    const base = { CHECKUP: 0.9, MEAL: 0.92, PLAY_AREA: 0.75, SPECIAL_SUPPORT: 0.95, POOR_SUPPORT: 0.94, FUND: 0.6 }[sector];
    const p =
      base -
      (c.classes.has('MOUNTAINOUS') ? 0.08 : 0) -
      (c.classes.has('EXTREMELY_DIFFICULT') ? 0.1 : 0) +
      0.012 * (year - FIRST_YEAR) +
      r.normal(0, 0.05);
    return Math.max(0.3, Math.min(1, p));
  };
  const reports = (agency: string, unitKey: string, period: string, c: CommuneVersion) =>
    !random(`reports|${agency}|${unitKey}|${period}`).chance(c.classes.has('EXTREMELY_DIFFICULT') ? 0.09 : 0.03);

  // Where a child moves when its commune's version ends: the same code if it continues, else a
  // commune of the same district (merged away between snapshots), and at the reform one of the
  // crosswalk successors (for partial transfers, chosen per child).
  const pre2025 = communes.filter(
    (c) => c.validFrom === '2025-03-01' || (c.validFrom < '2025-03-01' && (c.validUntil ?? '') >= '2025-03-01'),
  );
  const nextVersion = (v: CommuneVersion, r: Random): CommuneVersion | null => {
    if (v.validUntil === null) return null;
    const next = addDays(v.validUntil, 1);
    if (next === REFORM_DATE) {
      const successors = (successorsOf.get(v.code) ?? []).map((code) => versionOn(code, REFORM_DATE)).filter((s) => s !== null);
      return successors.length ? r.pick(successors) : null;
    }
    const same = versionOn(v.code, next);
    if (same) return same;
    const neighbours = pre2025.filter(
      (c) => c.districtCode === v.districtCode && c.validFrom <= next && (c.validUntil === null || next <= c.validUntil),
    );
    return neighbours.length ? r.pick(neighbours) : null;
  };

  const placesFrom = (start: CommuneVersion, from: string, until: string | null, key: string): Residence[] => {
    const r = random(`places|${key}`);
    const end = until !== null && until <= DATA_END ? until : null;
    const segments: Residence[] = [];
    let version: CommuneVersion | null = start;
    let at = from;
    // Something that appears after its starting version ended (a child born after a merger) is
    // filed under the version that followed.
    while (version?.validUntil && version.validUntil < at) version = nextVersion(version, r);
    while (version && (end === null || at < end) && at <= DATA_END) {
      const versionEnd = version.validUntil ? addDays(version.validUntil, 1) : null;
      const to = versionEnd && (end === null || versionEnd < end) ? versionEnd : end;
      segments.push({ code: version.code, provinceCode: version.provinceCode, districtCode: version.districtCode, from: at, to });
      if (to === null || to === end) break;
      at = to;
      version = nextVersion(version, r);
    }
    return segments;
  };

  const children: Child[] = [];
  const bases = communes.filter((c) => c.validFrom === DIRECTORY_START);
  for (const base of bases) {
    const r = random(`population|${base.code}`);
    const factor = (base.kind === 'WARD' ? 1.4 : 1) * (base.classes.has('MOUNTAINOUS') ? 0.7 : 1);
    const perCohort = Math.max(1, (options.childrenPerCommune * factor * Math.max(0.4, r.normal(1, 0.25))) / 16);
    const povertyBase = base.classes.has('EXTREMELY_DIFFICULT') ? 0.4 : base.classes.has('MOUNTAINOUS') ? 0.25 : 0.07;
    for (let birthYear = 2003; birthYear <= 2025; birthYear++) {
      const cohort = Math.round(perCohort * (birthYear === 2025 ? 0.9 : 1) * Math.max(0.5, r.normal(1, 0.15)));
      for (let i = 0; i < cohort; i++) {
        const id = `${base.code}-${birthYear}-${i}`;
        const cr = random(`child|${id}`);
        const sex = cr.chance(0.52) ? 'M' : 'F';
        const birthDate = cr.date(`${birthYear}-01-01`, birthYear === 2025 ? '2025-11-30' : `${birthYear}-12-31`);
        const ethnic = base.classes.has('ETHNIC_MINORITY_AREA')
          ? (ETHNICITY_MOUNTAIN[base.provinceCode] ?? ['Kinh', 'Mường', 'Dao'])
          : ['Kinh'];
        const child: Child = {
          id,
          name: `${cr.pick(FAMILY)} ${cr.pick(MIDDLE[sex])} ${cr.pick(GIVEN[sex])}`,
          birthDate,
          sex,
          ethnicity: cr.pick(ethnic),
          residences: [],
          poverty: new Map(),
          circumstances: [],
        };
        // Residences from birth (or the start of the data) to the 16th birthday.
        const from = birthDate > `${FIRST_YEAR}-01-01` ? birthDate : `${FIRST_YEAR}-01-01`;
        child.residences = placesFrom(base, from, `${birthYear + 16}${birthDate.slice(4)}`, id);
        if (!child.residences.length) continue;
        // Household poverty: a persistent household draw against a rate that falls each year.
        const household = cr.next();
        for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
          const rate = Math.max(0.01, povertyBase - 0.015 * (year - FIRST_YEAR));
          if (household < rate * 0.55) child.poverty.set(year, 'POOR');
          else if (household < rate) child.poverty.set(year, 'NEAR_POOR');
        }
        // Special circumstances: a few percent of children, more where life is harder.
        if (cr.chance(base.classes.has('EXTREMELY_DIFFICULT') ? 0.07 : 0.03)) {
          const group = cr.pick([1, 1, 2, 3, 4, 4, 4, 5, 6, 9, 10, 12, 13, 14, 15, 16]);
          const start = cr.date(from > birthDate ? `${FIRST_YEAR}-01-01` : birthDate, '2025-06-30');
          child.circumstances.push({
            group: group,
            from: start < birthDate ? birthDate : start,
            to: cr.chance(0.3) ? cr.date(start, DATA_END) : null,
          });
        }
        plantViolenceVictim(child, base, random(`abuse|${id}`));
        children.push(child);
      }
    }
  }

  return { options, communes, children, versionOn, random, propensity, reports, placesFrom };
}

/**
 * Hồng Ngự district's plan (Decision 1863/QĐ-TTg) asks whether every child victim of violence or
 * abuse was supported: its communes get a few more victims (art. 10 groups 9 and 11) than the
 * general draw gives, so the demo has some to count. A stream of its own: no other figure moves.
 */
export const VIOLENCE_PLAN_DISTRICT = '870';
function plantViolenceVictim(child: Child, base: CommuneVersion, r: Random): void {
  if (base.districtCode !== VIOLENCE_PLAN_DISTRICT || child.birthDate > '2025-06-30' || !r.chance(0.02)) return;
  const start = r.date(child.birthDate > `${FIRST_YEAR}-01-01` ? child.birthDate : `${FIRST_YEAR}-01-01`, '2025-06-30');
  child.circumstances.push({ group: r.pick([9, 11]), from: start, to: r.chance(0.3) ? r.date(start, DATA_END) : null });
}
