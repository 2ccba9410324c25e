/**
 * Asks the source plans' questions of a running gateway and writes docs/questions.md with each
 * query and the answer it got, so the documented answers are reproducible.
 *
 *   npm start            (in another terminal; the demo data, indicators computed)
 *   node scripts/plan-questions.ts [gateway URL]
 */
import { writeFileSync } from 'node:fs';
import { devClientToken } from '../lib/auth/dev-tokens.ts';

const gatewayUrl = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';

interface Question {
  title: string;
  why: string;
  query: string;
  /** Turns the answer into a short markdown table for the reader. */
  table: (data: any) => string[][];
}

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
const num = (v: number | null) => (v === null ? '—' : String(v));
/** Exact VND strings, grouped by thousands, never through a float. */
const vnd = (v: string | null) => (v === null ? '—' : BigInt(v).toLocaleString('en-US'));
const sumVnd = (values: (string | null)[]) => values.reduce<bigint>((a, v) => a + BigInt(v ?? 0), 0n).toString();

const QUESTIONS: Question[] = [
  {
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
        n.values.filter((v: any) => v.status === 'NOT_MET').map((v: any) => [`${n.commune.name} (${n.commune.code})`, v.indicator, pct(v.value), pct(v.target), num(v.gap)]),
      ),
    ],
  },
  {
    title: 'Which communes missed the 2025 targets, on the plan\'s own geography (the communes of 2021-11-01)?',
    why: 'The plan was issued for the communes as they stood then; its 2025 records (January–June under those codes, July–December under the ' +
      'new communes, shared back by the children who came from each) are moved onto them (`geographyDate: "2021-11-01"`; each value says so, ' +
      'and apportioned ones carry ESTIMATED). Rules in docs/coverage.md.',
    query: `{
  communeCoverage(year: 2025, provinceCode: "31", classification: MOUNTAINOUS, notMetOnAny: true, geographyDate: "2021-11-01", first: 50) {
    totalCount
    nodes {
      commune { code name }
      values { indicator value target gap status geographyDate dataQuality }
    }
  }
}`,
    table: (d) => [
      ['commune of 2021', 'indicator', 'value', 'target', 'gap', 'geography', 'estimated'],
      ...d.communeCoverage.nodes.flatMap((n: any) =>
        n.values.filter((v: any) => v.status === 'NOT_MET').map((v: any) => [`${n.commune.name} (${n.commune.code})`, v.indicator, pct(v.value), pct(v.target), num(v.gap),
          v.geographyDate, v.dataQuality.includes('ESTIMATED') ? 'yes' : 'no']),
      ),
    ],
  },
  {
    title: 'Which communes missed the 2025 targets, on today\'s geography (the communes of 2025-07-01)?',
    why: 'The same year on the communes in force since the reform, each with the whole year: the records of its predecessors from January to June ' +
      'included (`geographyDate: "2025-07-01"`). The mountainous classification was given to the old communes, so a target limited to them ' +
      'applies only where the new commune carries it too; province-wide targets apply to every commune of today\'s province.',
    query: `{
  communeCoverage(year: 2025, provinceCode: "31", notMetOnAny: true, geographyDate: "2025-07-01", first: 50) {
    totalCount
    nodes {
      commune { code name }
      values { indicator value target gap status geographyDate dataQuality }
    }
  }
}`,
    table: (d) => [
      ['commune of 2025', 'indicator', 'value', 'target', 'gap', 'geography', 'estimated'],
      ...d.communeCoverage.nodes.flatMap((n: any) =>
        n.values.filter((v: any) => v.status === 'NOT_MET').map((v: any) => [`${n.commune.name} (${n.commune.code})`, v.indicator, pct(v.value), pct(v.target), num(v.gap),
          v.geographyDate, v.dataQuality.includes('ESTIMATED') ? 'yes' : 'no']),
      ),
    ],
  },
  {
    title: 'The same, as one group: the mountainous communes of Hải Phòng in 2025',
    why: 'Roll-ups are ratios of sums; the count target "14 mountainous communes equipped" is checked on exactly this group. ' +
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
      ...d.coverageGroup.values.map((v: any) => [v.indicator, v.indicator === 'FUND_PER_CHILD_IN_NEED' ? num(v.value) : pct(v.value), v.numeratorAmount ?? num(v.numerator), num(v.denominator),
        v.targetTerm === 'NUMERATOR' ? `${v.target} communes` : v.target === null ? '—' : pct(v.target), num(v.gap), v.status]),
    ],
  },
  {
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
      [`${d.province.name} (province)`, num(d.province.coverage[0].numerator), num(d.province.coverage[0].denominator), pct(d.province.coverage[0].value)],
      ...d.communeCoverage.nodes.map((n: any) => [`${n.commune.name} (${n.commune.code})`, num(n.values[0].numerator), num(n.values[0].denominator), pct(n.values[0].value)]),
    ],
  },
  {
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
      ...d.reportingStatus.districts.map((r: any) => [r.district.name, r.deadline, num(r.communes), num(r.onTime), num(r.late), num(r.missing), r.state]),
    ],
  },
  {
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
    title: 'All six indicators for Hải Phòng (before the merger), 2024',
    why: 'The acceptance query of the coverage issue.',
    query: `{
  province(code: "31", date: "2025-06-30") {
    coverage(year: 2024) { indicator value numerator numeratorAmount denominator target gap status completeness }
  }
}`,
    table: (d) => [
      ['indicator', 'value', 'numerator', 'denominator', 'target', 'gap', 'status', 'completeness'],
      ...d.province.coverage.map((v: any) => [v.indicator, v.indicator === 'FUND_PER_CHILD_IN_NEED' ? num(v.value) : pct(v.value), v.numeratorAmount ?? num(v.numerator), num(v.denominator), num(v.target), num(v.gap), v.status, num(v.completeness)]),
    ],
  },
  {
    title: "Hải Phòng's Child Protection Fund report: resources mobilised and children supported in each form, 2019–2025",
    why: 'Hải Phòng plan 256/KH-UBND (Decision 588) asks departments to report the social resources mobilised and the children ' +
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
      ['year', 'mobilised (VND)', 'of which in kind', 'disbursed (VND)', 'unspent 31 Dec (VND)', 'children supported', 'by form (children)'],
      ...d.fundReport.years.map((y: any) => [
        String(y.year), vnd(y.mobilised), vnd(sumVnd(y.byLevel.map((l: any) => l.mobilisedInKind))), vnd(y.disbursed),
        vnd(sumVnd(y.byLevel.map((l: any) => l.unspentAtYearEnd))), num(y.childrenSupported),
        y.byForm.filter((f: any) => f.children > 0).map((f: any) => `${f.form} ${f.children}`).join(', '),
      ]),
    ],
  },
  {
    title: "Cao Bằng's report for its extremely difficult communes, 2019–2025",
    why: 'Cao Bằng plan (Decision 588): resources mobilised and children supported in extremely difficult communes, warm winter ' +
      'items included (quilts and clothes given in kind, at their valuation). One query: the geography subgraph picks the communes ' +
      'classified extremely difficult (as on 30 June 2025, before the reform), the labour subgraph answers each one\'s report.',
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
      ['commune', 'mobilised at commune level (VND)', 'disbursed (VND)', 'children supported (sum of years)', 'warm winter items (children)'],
      ...((rows: string[][]) => [
        [`all ${rows.length} communes`, ...[1, 2].map((i) => vnd(sumVnd(rows.map((r) => r[i]!.replaceAll(',', ''))))), ...[3, 4].map((i) => String(rows.reduce((a, r) => a + Number(r[i]), 0)))],
        ...rows,
      ])(d.communes.nodes.map((n: any) => {
        const ys = n.fundReport.years;
        const children = (form?: string) => ys.reduce((a: number, y: any) => a + (form ? y.byForm.find((f: any) => f.form === form).children : y.childrenSupported), 0);
        return [`${n.name} (${n.code})`, vnd(sumVnd(ys.map((y: any) => y.mobilised))), vnd(sumVnd(ys.map((y: any) => y.disbursed))), String(children()), String(children('WARM_WINTER_ITEMS'))];
      })),
    ],
  },
  {
    title: "Where did the largest donation to Cao Bằng's fund go?",
    why: 'Forwards from one donation: the communes its money reached and the children paid from those disbursements, by form. ' +
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
        [`donation ${n.id} of ${n.donor.name}, ${n.date}: ${n.communes.length} communes`, `${vnd(n.amount)} = ${vnd(n.disbursed)} disbursed + ${vnd(n.unspent)} unspent`, '', '', ''],
        ...n.communes.map((c: any) => [c.communeCode, vnd(c.amount), String(c.disbursements), String(c.childrenSupported), c.byForm.filter((f: any) => f.children > 0).map((f: any) => `${f.form} ${f.children}`).join(', ')]),
      ];
    },
  },
];

// An administrator's token (development key): analysts see small counts of sensitive groups SUPPRESSED.
const authorization = `Bearer ${await devClientToken({ subject: 'plan-questions', role: 'ADMIN' }, '10m')}`;

async function ask(query: string): Promise<any> {
  const res = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const markdownTable = (rows: string[][]) =>
  [rows[0]!, rows[0]!.map(() => '---'), ...rows.slice(1, 31)].map((r) => `| ${r.join(' | ')} |`).join('\n') +
  (rows.length > 31 ? `\n\n(${rows.length - 31} more rows)` : '');

const sections: string[] = [];
for (const q of QUESTIONS) {
  const data = await ask(q.query);
  sections.push(`## ${q.title}\n\n${q.why}\n\n\`\`\`graphql\n${q.query}\n\`\`\`\n\nAnswer on the demo data:\n\n${markdownTable(q.table(data))}\n`);
}
const provenance = await ask('{ dataProvenance { sectorData } }');
writeFileSync(
  new URL('../docs/questions.md', import.meta.url),
  `# The plans' questions, asked of the graph\n\nEach query below can be pasted into the gateway's page. The answers were produced by ` +
    `\`node scripts/plan-questions.ts\` against \`npm start\`, with an administrator's token (\`npm run token -- --role ADMIN\`): ` +
    `an analyst or an anonymous caller gets the same figures except that counts of children in sensitive groups from 1 to 9, ` +
    `and totals that would reveal them, come back \`SUPPRESSED\`. ${provenance.dataProvenance.sectorData}\n\n${sections.join('\n')}`,
);
process.stdout.write('wrote docs/questions.md\n');
