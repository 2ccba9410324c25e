// A commune's page, built only on the public GraphQL API, as a portal team would build it.
// It runs one persisted operation, sent by its hash alone: the gateway holds the text in the
// manifest schema/persisted-queries/commune-portal.json, whose "safelist": true lets this client
// run nothing else. docs/portal.md explains how to build a page like it.
import { indicatorChart } from './chart.js';

const ENDPOINT = '/graphql';
const CLIENT_NAME = 'commune-portal';
/** SHA-256 of the PortalCommune operation's text in the manifest (a test checks they agree). */
export const OPERATION = { name: 'PortalCommune', sha256: 'd5003ba7c557cd7536ad4396fb0877336179df6444657f500b7070d422bff0c4' };
/** The plans' period; the operation asks for each of these years. */
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

const STATUS_TEXT = {
  MET: 'met',
  NOT_MET: 'not met',
  NO_TARGET: 'no target',
  NO_DATA: 'no data',
  NOT_REPORTED: 'not reported',
  SUPPRESSED: 'hidden',
};

const decimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

/** An indicator's value in its unit: "93.3 %", or "1,250,000 ₫" per child ("1.3M ₫" on an axis). */
export function formatValue(value, unit, { axis = false } = {}) {
  if (value == null) return '—';
  if (unit === 'PERCENT') return axis ? `${whole.format(value)} %` : `${decimal.format(value)} %`;
  return `${(axis ? compact : whole).format(value)} ₫`;
}
const formatCount = (n) => (n == null ? '—' : whole.format(n));
const formatShare = (share) => (share == null ? '—' : `${whole.format(share * 100)} %`);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  node.append(...children);
  return node;
}

/** Runs the persisted operation: only its hash and the client name travel. */
async function runPersisted(variables) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollographql-client-name': CLIENT_NAME },
    body: JSON.stringify({
      operationName: OPERATION.name,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: OPERATION.sha256 } },
    }),
  });
  const body = await response.json().catch(() => ({}));
  if (!body.data) throw apiError(body.errors?.[0], response.status);
  return body;
}

const apiError = (error, status) =>
  new Error(`${error?.message ?? `The API answered ${status}.`}${error?.extensions?.code ? ` (${error.extensions.code})` : ''}`);

/** `/portal/communes/17713?date=2025-08-01`: the code from the path, the date from the query (today when absent). */
function requestedCommune() {
  const code = /^\/portal\/communes\/(\d{5})$/.exec(location.pathname)?.[1];
  const date = new URLSearchParams(location.search).get('date') ?? new Date().toISOString().slice(0, 10);
  return { code, date };
}

const pageFor = (commune) => `/portal/communes/${commune.code}?date=${commune.validFrom}`;
const validity = (c) => `${c.validFrom} – ${c.validUntil ?? 'today'}`;

function renderHeader(commune, date) {
  document.title = `${commune.fullName} · Child coverage`;
  document.getElementById('title').textContent = commune.fullName;
  const parents = [commune.district?.name, commune.province.name].filter(Boolean).join(', ');
  const classes = commune.classifications.map((c) => c.kind.toLowerCase().replaceAll('_', ' ') + (c.synthetic ? ' (synthetic)' : ''));
  document.getElementById('place').textContent =
    `${parents} · code ${commune.code} · in force ${validity(commune)} · as on ${date}` +
    (classes.length ? ` · ${classes.join(', ')}` : '');
}

function renderProvenance(provenance) {
  const notice = document.getElementById('provenance');
  notice.replaceChildren(
    element('strong', {}, provenance.sectorDataSynthetic ? 'Synthetic data. ' : 'Data sources. '),
    provenance.sectorData,
    element('br'),
    `Places: ${provenance.geography}`,
  );
  notice.classList.toggle('synthetic', provenance.sectorDataSynthetic);
  notice.hidden = false;
}

function renderLineage(commune) {
  const fill = (id, steps, none) => {
    const items = steps.map((step) =>
      element(
        'li',
        {},
        element('a', { href: pageFor(step.commune) }, `${step.commune.fullName} (${step.commune.code})`),
        ` ${validity(step.commune)} · ${step.transfer === 'FULL' ? 'whole' : 'in part'}${step.hops > 1 ? ` · ${step.hops} links away` : ''}`,
      ),
    );
    document.getElementById(id).replaceChildren(...(items.length ? items : [element('li', { class: 'none' }, none)]));
  };
  fill(
    'formed-from',
    commune.formedFrom,
    'Nothing earlier is known: this version is as old as the directory (2021-11-01) or unchanged since.',
  );
  fill(
    'became',
    commune.became,
    commune.validUntil
      ? commune.endedWithoutKnownSuccessor
        ? 'Ended; no successor is known.'
        : 'No successor recorded.'
      : 'Still in force.',
  );
  document.getElementById('lineage').hidden = false;
}

function targetText(figure, unit) {
  if (figure.target == null) return '—';
  const sign = figure.targetComparison === 'AT_MOST' ? '≤' : '≥';
  return figure.targetTerm === 'VALUE' ? `${sign} ${formatValue(figure.target, unit)}` : `${sign} ${formatCount(figure.target)} (count)`;
}

function renderIndicator(indicator, figures) {
  const format = (value, options) => formatValue(value, indicator.unit, options);
  const rows = YEARS.map((year) => {
    const f = figures.get(year);
    const cell = (field, text, title) => element('td', { 'data-field': field, ...(title ? { title } : {}) }, text);
    return element(
      'tr',
      { 'data-year': year },
      element('th', { scope: 'row' }, f?.period ?? String(year)),
      cell('value', format(f?.value)),
      cell('numerator', formatCount(f?.numerator)),
      cell('denominator', formatCount(f?.denominator)),
      cell('target', f ? targetText(f, indicator.unit) : '—'),
      cell('status', STATUS_TEXT[f?.status] ?? '—', f?.suppressionReason ?? f?.dataQuality?.join(', ') ?? ''),
      cell('completeness', formatShare(f?.completeness)),
    );
  });
  const read = YEARS.map((y) => figures.get(y)?.refreshedAt)
    .filter(Boolean)
    .sort()[0];
  const documents = [...new Set(YEARS.map((y) => figures.get(y)?.targetDocument).filter(Boolean))];
  const header = element(
    'tr',
    {},
    ...['Year', 'Value', 'Numerator', 'Denominator', 'Target', 'Status', 'Reporting completeness'].map((h) =>
      element('th', { scope: 'col' }, h),
    ),
  );
  return element(
    'figure',
    { class: 'indicator', 'data-indicator': indicator.id },
    element('h3', {}, indicator.nameEn),
    indicatorChart({ title: indicator.nameEn, unit: indicator.unit, years: YEARS, figures, format }),
    element(
      'figcaption',
      {},
      documents.length ? `Target set by ${documents.join('; ')}. ` : 'No plan target applies to this commune. ',
      read ? `Figures read from the agencies on ${read.slice(0, 10)}.` : 'No figure was read for these years.',
    ),
    element('table', {}, element('thead', {}, header), element('tbody', {}, ...rows)),
  );
}

function renderIndicators(indicators, commune) {
  const charts = indicators.map((indicator) => {
    const figures = new Map();
    for (const year of YEARS) {
      const figure = commune[`y${year}`]?.find((f) => f.indicator === indicator.id);
      if (figure) figures.set(year, figure);
    }
    return renderIndicator(indicator, figures);
  });
  document.getElementById('charts').replaceChildren(...charts);
  document.getElementById('indicators').hidden = false;
}

async function main() {
  const status = document.getElementById('status');
  const { code, date } = requestedCommune();
  if (!code) {
    status.textContent = 'The address must name a five-digit commune code: /portal/communes/17713?date=2025-08-01.';
    return;
  }
  try {
    const { data, errors } = await runPersisted({ code, date });
    if (data.dataProvenance) renderProvenance(data.dataProvenance);
    if (!data.commune) {
      // null with an error is a failure (a malformed date, a service down); null alone means no such commune then.
      const error = errors?.find((e) => e.path?.[0] === 'commune');
      if (error) throw apiError(error);
      document.getElementById('title').textContent = `No commune ${code} on ${date}`;
      status.textContent = 'Codes name different places at different dates: try the date on which the code was meant.';
      document.body.dataset.state = 'not-found';
      return;
    }
    renderHeader(data.commune, date);
    renderLineage(data.commune);
    renderIndicators(data.indicators, data.commune);
    // Partial answers (a sector's service down) still render; the page says what is missing.
    status.textContent = errors?.length
      ? `Some figures could not be read: ${[...new Set(errors.map((e) => e.extensions?.code ?? 'ERROR'))].join(', ')}.`
      : '';
    document.body.dataset.state = 'ready';
  } catch (err) {
    document.getElementById('title').textContent = 'The commune could not be loaded';
    status.textContent = err.message;
    document.body.dataset.state = 'error';
  }
}

main();
