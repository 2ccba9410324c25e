/**
 * Asks the source plans' questions of a running gateway and writes docs/questions.md with each
 * query and the answer it got, so the documented answers are reproducible.
 *
 *   npm start            (in another terminal; the demo data, indicators computed)
 *   node scripts/plan-questions.ts [gateway URL]
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { devClientToken } from '../lib/auth/dev-tokens.ts';

export type Plan = keyof typeof PLANS;

export interface Question {
  /** The source plan whose question this is. */
  plan: Plan;
  title: string;
  /** Who asks (ADMIN by default): an analyst sees small counts suppressed; an officer sees their own area. */
  as?: { role: 'ANALYST' | 'OFFICER'; area?: string[] };
  why: string;
  query: string;
  /** Turns the answer into a short markdown table for the reader. */
  table: (data: any) => string[][];
}

/** The five source plans (docs/sources): each gets a section with its own questions and what cannot be measured. */
export const PLANS = {
  HAI_PHONG: {
    heading: 'Hải Phòng: plan 256/KH-UBND (14 Oct 2019), implementing Decision 588/QĐ-TTg, 2019–2025',
    question: 'Did the mountainous communes reach 100% check-ups and meals, equipped play areas, 99% / 100% support, by 2025?',
    qualitative: [
      'Communication and mobilisation campaigns for social resources (activities, not a figure any agency reports).',
      'Coordination between departments and the review of support policies.',
    ],
  },
  CAO_BANG: {
    heading: "Cao Bằng: the province's plan implementing Decision 588/QĐ-TTg, 2019–2025 (its number and date are blank in the source copy)",
    question:
      "Were the children of Cao Bằng's extremely difficult communes (region III) examined, fed, given play and warm winter items, and how much was mobilised?",
    qualitative: [
      "The plan states no percentage of its own: its targets here are Decision 588's 2025 goals (100% check-ups and meals) as Hải Phòng plan 256 restates them, applied to its own beneficiaries, the extremely difficult communes.",
      'Transparency and non-overlap in the use of resources, rewards for donors, and the review of policies.',
    ],
  },
  HAI_DUONG: {
    heading: "Hải Dương: the province's 2024 child-work plan (March 2024)",
    question:
      "What do Circular 13/2021's statistics say of Hải Dương's children, and which communes are child-friendly (Decision 06/2019/QĐ-TTg)?",
    qualitative: [
      "The plan sets no numeric target: it asks for the Circular 13/2021/TT-BLĐTBXH statistics, the second round of child-friendly commune assessment (November 2024), and the child fund's work.",
      'Communication campaigns, the "parenting for early childhood development" model, integration of children\'s targets into rural-development criteria, and data cleaning in the child information software.',
      "Child-friendly criteria 1, 2, 4, 5, 7, 8, 11 and 13 are assessed by the commune and are not in the agencies' data: an officer records them (`recordChildFriendlyAssessment`).",
    ],
  },
  HONG_NGU: {
    heading:
      'Hồng Ngự district (Đồng Tháp): plan of April 2021 implementing Decision 1863/QĐ-TTg on violence and abuse against children, 2020–2025',
    question: 'Were all child victims of violence and abuse in Hồng Ngự supported, year by year?',
    qualitative: [
      '100% of families with children given child-protection knowledge and skills.',
      '100% of pupils taught life skills and self-protection against violence and sexual abuse.',
      '100% of child-protection staff, collaborators and volunteers trained; emergency child-protection services in every commune.',
      '100% of education authorities and schools running campaigns against school violence and sexual abuse.',
      '100% of commune health stations strengthened to care for children.',
      '100% of police investigators of violence and sexual abuse trained in child-friendly investigation.',
      'None of these is held by the four agencies\' databases (families, pupils, staff, schools and stations are not counted there); only "100% of child victims of violence or abuse supported" is measurable.',
    ],
  },
  THANH_LINH: {
    heading: 'Thanh Lĩnh commune (Thanh Chương, Nghệ An): the 2023 child-work plan (May 2023)',
    question: 'How does Thanh Lĩnh stand, and can its six-month (10 May) and yearly (30 October) report be filled from the graph?',
    qualitative: [
      "Communication, the commune's child-protection board and collaborators, and children's forums: activities the commune reports itself (the report leaves blank lines for them).",
    ],
  },
} as const;

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
const num = (v: number | null) => (v === null ? '—' : String(v));
/** Exact VND strings, grouped by thousands, never through a float. */
const vnd = (v: string | null) => (v === null ? '—' : BigInt(v).toLocaleString('en-US'));
const sumVnd = (values: (string | null)[]) => values.reduce<bigint>((a, v) => a + BigInt(v ?? 0), 0n).toString();

/** The communes of a `communeCoverage` page that missed a target, a row per missed value, on the geography the arguments ask for. */
const missedTargetsOnGeography = (args: string, communeColumn: string): Pick<Question, 'query' | 'table'> => ({
  query: `{
  communeCoverage(${args}) {
    totalCount
    nodes {
      commune { code name }
      values { indicator value target gap status geographyDate dataQuality }
    }
  }
}`,
  table: (d) => [
    [communeColumn, 'indicator', 'value', 'target', 'gap', 'geography', 'estimated'],
    ...d.communeCoverage.nodes.flatMap((n: any) =>
      n.values
        .filter((v: any) => v.status === 'NOT_MET')
        .map((v: any) => [
          `${n.commune.name} (${n.commune.code})`,
          v.indicator,
          pct(v.value),
          pct(v.target),
          num(v.gap),
          v.geographyDate,
          v.dataQuality.includes('ESTIMATED') ? 'yes' : 'no',
        ]),
    ),
  ],
});

export const QUESTIONS: Question[] = [
  {
    plan: 'HAI_PHONG',
    title: 'Which mountainous communes of Hải Phòng missed the 2025 targets, by how much, in which sectors?',
    why: 'Hải Phòng plan 256/KH-UBND: 100% check-ups and meals, each mountainous commune equipped with play equipment, 99% / 100% support, by 2025.',
    query: `{
  communeCoverage(year: 2025, provinceCode: "31", classification: MOUNTAINOUS, notMetOnAny: true, first: 50) {
    totalCount
    nodes {
      commune { code name }
      values { indicator value target gap status completeness }
    }
  }
}`,
    table: (d) => [
      ['commune', 'indicator', 'value', 'target', 'gap'],
      ...d.communeCoverage.nodes.flatMap((n: any) =>
        n.values
          .filter((v: any) => v.status === 'NOT_MET')
          .map((v: any) => [`${n.commune.name} (${n.commune.code})`, v.indicator, pct(v.value), pct(v.target), num(v.gap)]),
      ),
    ],
  },
  {
    plan: 'HAI_PHONG',
    title: "Which communes missed the 2025 targets, on the plan's own geography (the communes of 2021-11-01)?",
    why:
      'The plan was issued for the communes as they stood then; its 2025 records (January–June under those codes, July–December under the ' +
      'new communes, shared back by the children who came from each) are moved onto them (`geographyDate: "2021-11-01"`; each value says so, ' +
      'and apportioned ones carry ESTIMATED). Rules in docs/coverage.md.',
    ...missedTargetsOnGeography(
      'year: 2025, provinceCode: "31", classification: MOUNTAINOUS, notMetOnAny: true, geographyDate: "2021-11-01", first: 50',
      'commune of 2021',
    ),
  },
  {
    plan: 'HAI_PHONG',
    title: "Which communes missed the 2025 targets, on today's geography (the communes of 2025-07-01)?",
    why:
      'The same year on the communes in force since the reform, each with the whole year: the records of its predecessors from January to June ' +
      'included (`geographyDate: "2025-07-01"`). The mountainous classification was given to the old communes, so a target limited to them ' +
      "applies only where the new commune carries it too; province-wide targets apply to every commune of today's province.",
    ...missedTargetsOnGeography(
      'year: 2025, provinceCode: "31", notMetOnAny: true, geographyDate: "2025-07-01", first: 50',
      'commune of 2025',
    ),
  },
  {
    plan: 'HAI_PHONG',
    title: 'The same, as one group: the mountainous communes of Hải Phòng in 2025',
    why:
      'Roll-ups are ratios of sums; the count target "14 mountainous communes equipped" is checked on exactly this group. ' +
      'The plan predates the 2025 reform: after it, its 14 communes lie inside fewer, larger communes (see `communes` in the answer), ' +
      'so a count of communes can no longer reach 14, and the rate targets are the ones to read.',
    query: `{
  coverageGroup(year: 2025, provinceCode: "31", classification: MOUNTAINOUS) {
    description communes
    values { indicator value numerator numeratorAmount denominator target targetTerm gap status completeness }
  }
}`,
    table: (d) => [
      ['indicator', 'value', 'numerator', 'denominator', 'target', 'gap', 'status'],
      [`(${d.coverageGroup.communes} communes)`, '', '', '', '', '', ''],
      ...d.coverageGroup.values.map((v: any) => [
        v.indicator,
        v.indicator === 'FUND_PER_CHILD_IN_NEED' ? num(v.value) : pct(v.value),
        v.numeratorAmount ?? num(v.numerator),
        num(v.denominator),
        v.targetTerm === 'NUMERATOR' ? `${v.target} communes` : v.target === null ? '—' : pct(v.target),
        num(v.gap),
        v.status,
      ]),
    ],
  },
  {
    plan: 'CAO_BANG',
    title: "What share of Cao Bằng's special-circumstance children were supported in 2024, commune by commune, worst first?",
    why: 'Circular 13/2021/TT-BLĐTBXH: the number and % of children in special circumstances who are supported.',
    query: `{
  province(code: "04", date: "2024-12-31") {
    name
    coverage(year: 2024, indicators: ["SPECIAL_CIRCUMSTANCE_SUPPORT"]) { value numerator denominator completeness }
  }
  communeCoverage(year: 2024, provinceCode: "04", indicators: ["SPECIAL_CIRCUMSTANCE_SUPPORT"],
                  orderBy: { indicator: "SPECIAL_CIRCUMSTANCE_SUPPORT", direction: ASC }, first: 10) {
    totalCount
    nodes { commune { code name } values { value numerator denominator } }
  }
}`,
    table: (d) => [
      ['area', 'supported', 'in special circumstances', 'share'],
      [
        `${d.province.name} (province)`,
        num(d.province.coverage[0].numerator),
        num(d.province.coverage[0].denominator),
        pct(d.province.coverage[0].value),
      ],
      ...d.communeCoverage.nodes.map((n: any) => [
        `${n.commune.name} (${n.commune.code})`,
        num(n.values[0].numerator),
        num(n.values[0].denominator),
        pct(n.values[0].value),
      ]),
    ],
  },
  {
    plan: 'CAO_BANG',
    title: 'Did every district report on time?',
    why: 'Cao Bằng: districts report by 30 November; communes by the commune deadline (30 October, from the Thanh Lĩnh plan).',
    query: `{
  reportingStatus(agency: LABOUR, year: 2024, provinceCode: "04", state: MISSING, first: 5) {
    summary { expected onTime late missing onTimeShare }
    districts { district { name } deadline communes onTime late missing state }
    communes { commune { name } deadline state }
  }
}`,
    table: (d) => [
      ['district', 'deadline', 'communes', 'on time', 'late', 'missing', 'district on time?'],
      ...d.reportingStatus.districts.map((r: any) => [
        r.district.name,
        r.deadline,
        num(r.communes),
        num(r.onTime),
        num(r.late),
        num(r.missing),
        r.state,
      ]),
    ],
  },
  {
    plan: 'CAO_BANG',
    title: 'Communes of Cao Bằng below 90% on both check-ups and meals in 2024, worst check-up coverage first, 50 per page',
    why: 'A cross-sector filter and sort: health and education figures side by side, paginated with a cursor.',
    query: `{
  communeCoverage(year: 2024, provinceCode: "04",
                  where: [{ indicator: "CHECKUP_COVERAGE", lessThan: 90 }, { indicator: "MEAL_COVERAGE", lessThan: 90 }],
                  orderBy: { indicator: "CHECKUP_COVERAGE" }, indicators: ["CHECKUP_COVERAGE", "MEAL_COVERAGE"], first: 50) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { commune { code name } values { indicator value } }
  }
}`,
    table: (d) => [
      ['commune', 'check-ups', 'meals'],
      ...d.communeCoverage.nodes.map((n: any) => [`${n.commune.name} (${n.commune.code})`, pct(n.values[0].value), pct(n.values[1].value)]),
    ],
  },
  {
    plan: 'HAI_PHONG',
    title: 'Every indicator for Hải Phòng (before the merger), 2024',
    why: 'The acceptance query of the coverage issue.',
    query: `{
  province(code: "31", date: "2025-06-30") {
    coverage(year: 2024) { indicator value numerator numeratorAmount denominator target gap status completeness }
  }
}`,
    table: (d) => [
      ['indicator', 'value', 'numerator', 'denominator', 'target', 'gap', 'status', 'completeness'],
      ...d.province.coverage.map((v: any) => [
        v.indicator,
        v.indicator === 'FUND_PER_CHILD_IN_NEED' ? num(v.value) : pct(v.value),
        v.numeratorAmount ?? num(v.numerator),
        num(v.denominator),
        num(v.target),
        num(v.gap),
        v.status,
        num(v.completeness),
      ]),
    ],
  },
  {
    plan: 'HAI_PHONG',
    title: "Hải Phòng's Child Protection Fund report: resources mobilised and children supported in each form, 2019–2025",
    why:
      'Hải Phòng plan 256/KH-UBND (Decision 588) asks departments to report the social resources mobilised and the children ' +
      'supported, by form. One query over the fund ledger, filed under code 31 (after 1 July 2025 that includes the former Hải Dương); ' +
      'amounts are exact VND strings. Children by form count each child once per form (a child can have several).',
    query: `{
  fundReport(provinceCode: "31", fromYear: 2019, toYear: 2025) {
    scope
    years {
      year mobilised disbursed childrenSupported
      byLevel { level donations mobilisedCash mobilisedInKind disbursed unspentAtYearEnd }
      byForm { form children supportEvents amount }
    }
  }
}`,
    table: (d) => [
      [
        'year',
        'mobilised (VND)',
        'of which in kind',
        'disbursed (VND)',
        'unspent 31 Dec (VND)',
        'children supported',
        'by form (children)',
      ],
      ...d.fundReport.years.map((y: any) => [
        String(y.year),
        vnd(y.mobilised),
        vnd(sumVnd(y.byLevel.map((l: any) => l.mobilisedInKind))),
        vnd(y.disbursed),
        vnd(sumVnd(y.byLevel.map((l: any) => l.unspentAtYearEnd))),
        num(y.childrenSupported),
        y.byForm
          .filter((f: any) => f.children > 0)
          .map((f: any) => `${f.form} ${f.children}`)
          .join(', '),
      ]),
    ],
  },
  {
    plan: 'CAO_BANG',
    title: "Cao Bằng's report for its extremely difficult communes, 2019–2025",
    why:
      'Cao Bằng plan (Decision 588): resources mobilised and children supported in extremely difficult communes, warm winter ' +
      'items included (quilts and clothes given in kind, at their valuation). One query: the geography subgraph picks the communes ' +
      "classified extremely difficult (as on 30 June 2025, before the reform), the labour subgraph answers each one's report.",
    query: `{
  communes(provinceCode: "04", classification: EXTREMELY_DIFFICULT, date: "2025-06-30", first: 200) {
    totalCount
    nodes {
      code name
      fundReport(fromYear: 2019, toYear: 2025) {
        years { year mobilised disbursed childrenSupported byForm { form children } }
      }
    }
  }
}`,
    table: (d) => [
      [
        'commune',
        'mobilised at commune level (VND)',
        'disbursed (VND)',
        'children supported (sum of years)',
        'warm winter items (children)',
      ],
      ...((rows: string[][]) => [
        [
          `all ${rows.length} communes`,
          ...[1, 2].map((i) => vnd(sumVnd(rows.map((r) => r[i]!.replaceAll(',', ''))))),
          ...[3, 4].map((i) => String(rows.reduce((a, r) => a + Number(r[i]), 0))),
        ],
        ...rows,
      ])(
        d.communes.nodes.map((n: any) => {
          const ys = n.fundReport.years;
          const children = (form?: string) =>
            ys.reduce((a: number, y: any) => a + (form ? y.byForm.find((f: any) => f.form === form).children : y.childrenSupported), 0);
          return [
            `${n.name} (${n.code})`,
            vnd(sumVnd(ys.map((y: any) => y.mobilised))),
            vnd(sumVnd(ys.map((y: any) => y.disbursed))),
            String(children()),
            String(children('WARM_WINTER_ITEMS')),
          ];
        }),
      ),
    ],
  },
  {
    plan: 'CAO_BANG',
    title: "Where did the largest donation to Cao Bằng's fund go?",
    why:
      'Forwards from one donation: the communes its money reached and the children paid from those disbursements, by form. ' +
      'What reached the communes plus what is unspent is the donation, to the đồng.',
    query: `{
  fundDonations(provinceCode: "04", first: 1) {
    nodes {
      id date amount inKind level earmark { programme form } donor { kind name } disbursed unspent
      communes { communeCode amount disbursements childrenSupported byForm { form children } }
    }
  }
}`,
    table: (d) => {
      const n = d.fundDonations.nodes[0];
      return [
        ['commune', 'amount (VND)', 'disbursements', 'children', 'by form (children)'],
        [
          `donation ${n.id} of ${n.donor.name}, ${n.date}: ${n.communes.length} communes`,
          `${vnd(n.amount)} = ${vnd(n.disbursed)} disbursed + ${vnd(n.unspent)} unspent`,
          '',
          '',
          '',
        ],
        ...n.communes.map((c: any) => [
          c.communeCode,
          vnd(c.amount),
          String(c.disbursements),
          String(c.childrenSupported),
          c.byForm
            .filter((f: any) => f.children > 0)
            .map((f: any) => `${f.form} ${f.children}`)
            .join(', '),
        ]),
      ];
    },
  },
  {
    plan: 'CAO_BANG',
    title: "Cao Bằng's extremely difficult communes against Decision 588's targets, 2023",
    why: "The plan's beneficiaries are the children of the extremely difficult communes (region III): the group `classification: EXTREMELY_DIFFICULT` of province 04 carries the plan's own target and population.",
    query: `{
  coverageGroup(year: 2023, provinceCode: "04", classification: EXTREMELY_DIFFICULT, indicators: ["CHECKUP_COVERAGE", "MEAL_COVERAGE"]) {
    description communes
    values { indicator value numerator denominator target gap status targetPopulation }
  }
}`,
    table: (d) => [
      ['indicator', 'communes', 'value', 'numerator', 'denominator', 'target', 'gap', 'status', 'population'],
      ...d.coverageGroup.values.map((v: any) => [
        v.indicator,
        num(d.coverageGroup.communes),
        pct(v.value),
        num(v.numerator),
        num(v.denominator),
        num(v.target),
        num(v.gap),
        v.status,
        v.targetPopulation,
      ]),
    ],
  },
  {
    plan: 'HAI_DUONG',
    title: "Circular 13's statistics for Hải Dương, 2024",
    why: 'Special-circumstance children supported, communes with a play area, young children (3–5) in preschool, under-6 health-insurance cards: the province (30) as it stood before the merger.',
    query: `{
  province(code: "30", date: "2024-12-31") {
    coverage(year: 2024, indicators: ["SPECIAL_CIRCUMSTANCE_SUPPORT", "PLAY_AREA", "PRESCHOOL_ENROLMENT", "UNDER6_HEALTH_INSURANCE"]) {
      indicator period value numerator denominator completeness status
    }
  }
}`,
    table: (d) => [
      ['indicator', 'period', 'value', 'numerator', 'denominator', 'completeness', 'status'],
      ...d.province.coverage.map((v: any) => [
        v.indicator,
        v.period,
        pct(v.value),
        num(v.numerator),
        num(v.denominator),
        num(v.completeness),
        v.status,
      ]),
    ],
  },
  {
    plan: 'HAI_DUONG',
    title: 'A child-friendly commune scorecard: Thanh Lĩnh (17761), 2023',
    why: "Decision 06/2019/QĐ-TTg's 13 criteria: five computed from the agencies' data, eight assessed by the commune (NOT_RECORDED until an officer records them, so no commune can be declared child-friendly from the data alone).",
    query: `{
  commune(code: "17761", date: "2023-12-31") {
    childFriendlyScorecard(year: 2023) { qualifies verdict criteria { number nameVi basis status value why } }
  }
}`,
    table: (d) => [
      ['criterion', 'basis', 'status', 'value', 'why'],
      ...d.commune.childFriendlyScorecard.criteria.map((c: any) => [`${c.number}. ${c.nameVi}`, c.basis, c.status, num(c.value), c.why]),
      ['verdict', '', String(d.commune.childFriendlyScorecard.qualifies), '', d.commune.childFriendlyScorecard.verdict],
    ],
  },
  {
    plan: 'HAI_DUONG',
    title: 'The share of child-friendly communes: Hải Dương, its districts and the nation, 2024',
    why: 'CHILD_FRIENDLY_COMMUNE rolls up like any indicator: communes whose scorecard qualifies ÷ communes whose qualification is decided (undecided is left out of both, never counted as 0); `unitsExpected` is the communes in the area, `completeness` the share with every commune-assessed criterion recorded. The plan states no target share. On the demo no officer has recorded an assessment, so no commune qualifies and every value is NOT_REPORTED: shown, not judged.',
    query: `{
  province(code: "30", date: "2024-12-31") {
    name
    coverage(year: 2024, indicators: ["CHILD_FRIENDLY_COMMUNE"]) { value numerator denominator unitsExpected completeness status }
    districts(date: "2024-12-31") {
      name
      coverage(year: 2024, indicators: ["CHILD_FRIENDLY_COMMUNE"]) { value numerator denominator unitsExpected completeness status }
    }
  }
  nationalCoverage(year: 2024, indicators: ["CHILD_FRIENDLY_COMMUNE"]) {
    values { value numerator denominator unitsExpected completeness status }
  }
}`,
    table: (d) => {
      const row = (name: string, v: any) => [
        name,
        pct(v.value),
        num(v.numerator),
        num(v.denominator),
        num(v.unitsExpected),
        num(v.completeness),
        v.status,
      ];
      return [
        ['area', 'value', 'qualifying', 'decided', 'communes', 'completeness', 'status'],
        row(`province: ${d.province.name}`, d.province.coverage[0]),
        ...d.province.districts.map((x: any) => row(`district: ${x.name}`, x.coverage[0])),
        row('nation (the demo provinces)', d.nationalCoverage.values[0]),
      ];
    },
  },
  {
    plan: 'HONG_NGU',
    title: 'Were all child victims of violence and abuse in Hồng Ngự supported, year by year? (as an officer of the district)',
    why: "Hồng Ngự district (870) as it stood in 2021, on the geography of 2021-11-01, so 2025 (after districts were abolished) is on the same communes. The officer's token names the district's ten communes.",
    as: {
      role: 'OFFICER',
      area: ['29956', '29962', '29971', '29974', '29977', '29980', '29983', '29992', '29995', '29998'].map((c) => `${c}@2021-11-01`),
    },
    query: `{
  district(code: "870", date: "2021-11-01") {
    name
    coverageSeries(indicator: "VIOLENCE_ABUSE_SUPPORT", fromYear: 2020, toYear: 2025, geographyDate: "2021-11-01") {
      year value numerator denominator target gap status
    }
  }
}`,
    table: (d) => [
      ['year', 'value', 'supported', 'victims', 'target', 'gap', 'status'],
      ...d.district.coverageSeries.map((v: any) => [
        String(v.year),
        pct(v.value),
        num(v.numerator),
        num(v.denominator),
        num(v.target),
        num(v.gap),
        v.status,
      ]),
    ],
  },
  {
    plan: 'HONG_NGU',
    title: 'The same question as an analyst outside the district',
    why: "Counts of child victims are too rare for any published total to be safe: the indicator is published only inside the viewer's area (`publication: INSIDE_AREA_ONLY`), so every figure is SUPPRESSED; the target is the plan's and stays visible.",
    as: { role: 'ANALYST' },
    query: `{
  district(code: "870", date: "2021-11-01") {
    coverageSeries(indicator: "VIOLENCE_ABUSE_SUPPORT", fromYear: 2020, toYear: 2025, geographyDate: "2021-11-01") {
      year value numerator denominator target status
    }
  }
}`,
    table: (d) => [
      ['year', 'value', 'numerator', 'denominator', 'target', 'status'],
      ...d.district.coverageSeries.map((v: any) => [
        String(v.year),
        pct(v.value),
        num(v.numerator),
        num(v.denominator),
        num(v.target),
        v.status,
      ]),
    ],
  },
  {
    plan: 'THANH_LINH',
    title: "Thanh Lĩnh's reports: when were they due, were they on time, and where is the filled report?",
    why: "The commune reports to the district's labour office at six months (by 10 May) and yearly (by 30 October). `reportPath` is the gateway's XLSX of the report filled from the graph (the same path ending .html prints it), for an officer of the commune or ADMIN; see docs/commune-report.md.",
    query: `{
  six: reportingStatus(agency: LABOUR, year: 2023, period: SIX_MONTH, districtCode: "428", first: 100) { communes { commune { code name } deadline submittedOn state reportPath } }
  year: reportingStatus(agency: LABOUR, year: 2023, districtCode: "428", first: 100) { communes { commune { code name } deadline submittedOn state reportPath } }
}`,
    table: (d) => [
      ['report', 'deadline', 'submitted', 'state', 'filled report'],
      ...[
        ['six months', d.six],
        ['year', d.year],
      ].flatMap(([label, r]: any) =>
        r.communes
          .filter((c: any) => c.commune.code === '17761')
          .map((c: any) => [label, c.deadline, c.submittedOn ?? '—', c.state, `\`${c.reportPath}\``]),
      ),
    ],
  },
];

/** Markdown of each plan's section: its question, each query with its answer, and what cannot be measured. */
export async function planSections(
  ask: (query: string, as?: Question['as']) => Promise<any>,
  plans: Plan[] = Object.keys(PLANS) as Plan[],
  include: (q: Question) => boolean = () => true,
): Promise<string[]> {
  const markdownTable = (rows: string[][]) =>
    [rows[0]!, rows[0]!.map(() => '---'), ...rows.slice(1, 31)].map((r) => `| ${r.join(' | ')} |`).join('\n') +
    (rows.length > 31 ? `\n\n(${rows.length - 31} more rows)` : '');
  const sections: string[] = [];
  for (const plan of plans) {
    const p = PLANS[plan];
    sections.push(`## ${p.heading}\n\n**The plan's question:** ${p.question}\n`);
    for (const q of QUESTIONS.filter((x) => x.plan === plan && include(x))) {
      const data = await ask(q.query, q.as);
      const who = q.as ? ` (asked as ${q.as.role}${q.as.area ? " of the district's communes" : ''})` : '';
      sections.push(
        `### ${q.title}\n\n${q.why}\n\n\`\`\`graphql\n${q.query}\n\`\`\`\n\nAnswer on the demo data${who}:\n\n${markdownTable(q.table(data))}\n`,
      );
    }
    sections.push(`### Not measurable from agency data\n\n${p.qualitative.map((t) => `- ${t}`).join('\n')}\n`);
  }
  return sections;
}

async function main() {
  const gatewayUrl = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';
  // An administrator's token (development key): analysts see small counts of sensitive groups SUPPRESSED.
  const authorization = `Bearer ${await devClientToken({ subject: 'plan-questions', role: 'ADMIN' }, '10m')}`;
  const ask = async (query: string, as?: Question['as']): Promise<any> => {
    const token = as
      ? `Bearer ${await devClientToken({ subject: `plan-questions-${as.role.toLowerCase()}`, role: as.role, ...(as.area ? { area: as.area } : {}) }, '10m')}`
      : authorization;
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: token },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  };
  const sections = await planSections(ask);
  const provenance = await ask('{ dataProvenance { sectorData } }');
  writeFileSync(
    new URL('../docs/questions.md', import.meta.url),
    `# The plans' questions, asked of the graph\n\nEach query below can be pasted into the gateway's page. The answers were produced by ` +
      `\`node scripts/plan-questions.ts\` against \`npm start\`, with an administrator's token (\`npm run token -- --role ADMIN\`) unless a question says who asks: ` +
      `an analyst or an anonymous caller gets the same figures except that counts of children in sensitive groups from 1 to 9, ` +
      `and totals that would reveal them, come back \`SUPPRESSED\`. ${provenance.dataProvenance.sectorData}\n\n${sections.join('\n')}`,
  );
  process.stdout.write('wrote docs/questions.md\n');
}

// Run as a command (node scripts/plan-questions.ts); imported, it only lends its questions.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
