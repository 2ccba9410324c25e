// One indicator, year by year, as an SVG bar chart with the plan's target: no library, only the DOM.
// A year without a value gets no bar but a word saying why (missing is never drawn as zero).
// Colours come from classes in portal.css: the page's CSP allows no inline styles.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 420;
const HEIGHT = 190;
const MARGIN = { top: 12, right: 8, bottom: 26, left: 44 };

/** Status → CSS class of the bar. */
const BAR_CLASS = { MET: 'met', NOT_MET: 'not-met', NO_TARGET: 'no-target', NOT_REPORTED: 'not-reported' };
/** Why a year has no bar. */
const GAP_LABEL = { SUPPRESSED: 'hidden', NO_DATA: 'no data' };

function svg(name, attributes = {}, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A round upper bound for the axis: 100 for percentages, else 1, 2 or 5 times a power of ten; 0 when there is nothing to scale. */
function axisMax(unit, values) {
  if (unit === 'PERCENT') return 100;
  const top = Math.max(0, ...values);
  if (top === 0) return 0;
  const power = 10 ** Math.floor(Math.log10(top));
  return [1, 2, 5, 10].map((m) => m * power).find((m) => m >= top);
}

/**
 * @param {{ title: string, unit: string, years: number[], figures: Map<number, object>, format: (value: number) => string }} options
 *   figures: the API's IndicatorValue for each year (value, status, target, targetTerm, completeness).
 */
export function indicatorChart({ title, unit, years, figures, format }) {
  const drawnTargets = years
    .map((y) => figures.get(y))
    .filter((f) => f?.target != null && f.targetTerm === 'VALUE')
    .map((f) => f.target);
  const values = years.map((y) => figures.get(y)?.value).filter((v) => v != null);
  const top = axisMax(unit, [...values, ...drawnTargets]);
  const max = top || 1;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const band = plotWidth / years.length;
  const y = (v) => MARGIN.top + plotHeight * (1 - Math.min(v, max) / max);

  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    class: 'chart',
    'aria-label': `${title}, ${years[0]}–${years.at(-1)}`,
  });
  chart.append(svg('title', {}, title));

  for (const tick of top ? [0, max / 2, max] : [0]) {
    chart.append(svg('line', { class: 'grid', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(tick), y2: y(tick) }));
    chart.append(svg('text', { class: 'axis', x: MARGIN.left - 4, y: y(tick) + 3, 'text-anchor': 'end' }, format(tick, { axis: true })));
  }

  years.forEach((year, i) => {
    const figure = figures.get(year);
    const x = MARGIN.left + i * band;
    chart.append(svg('text', { class: 'axis', x: x + band / 2, y: HEIGHT - 8, 'text-anchor': 'middle' }, String(year)));
    if (figure?.value != null) {
      const bar = svg('rect', {
        class: `bar ${BAR_CLASS[figure.status] ?? 'no-target'}`,
        x: x + band * 0.2,
        width: band * 0.6,
        y: Math.min(y(figure.value), y(0) - 1),
        // A zero is a value, not a gap: it keeps a sliver of a bar.
        height: Math.max(1, y(0) - y(figure.value)),
        'data-year': year,
        'data-value': figure.value,
      });
      bar.append(svg('title', {}, `${year}: ${format(figure.value)}`));
      chart.append(bar);
    } else {
      const reason = GAP_LABEL[figure?.status] ?? 'no data';
      chart.append(svg('text', { class: 'gap', x: x + band / 2, y: y(0) - 4, 'text-anchor': 'middle', 'data-year': year }, reason));
    }
    if (figure?.target != null && figure.targetTerm === 'VALUE') {
      const line = svg('line', {
        class: 'target',
        x1: x + 2,
        x2: x + band - 2,
        y1: y(figure.target),
        y2: y(figure.target),
        'data-year': year,
        'data-target': figure.target,
      });
      line.append(svg('title', {}, `${year} target: ${format(figure.target)}`));
      chart.append(line);
    }
  });
  return chart;
}
