/**
 * One comparison form for everything a person types into a spreadsheet header or an enum cell:
 * tone marks and đ dropped, lower case, punctuation and runs of spaces collapsed. `Mã xã`,
 * `MA XA`, `ma_xa` and `Ma xa` are then the same header; `Cận nghèo` and `can ngheo` the same label.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A map from every accepted label (compared with `comparable`) to its stored code. */
export function labelMap<Code extends string | number>(labels: Record<string, Code>): (label: string) => Code | undefined {
  const map = new Map(Object.entries(labels).map(([label, code]) => [comparable(label), code]));
  // Files repeat a handful of labels millions of times: remember each spelling met (bounded).
  const seen = new Map<string, Code | undefined>();
  return (label) => {
    if (seen.has(label)) return seen.get(label);
    const code = map.get(comparable(label));
    if (seen.size < 10_000) seen.set(label, code);
    return code;
  };
}
