/**
 * Vietnamese unit names vary between snapshots in ways that do not make a different place:
 * tone-mark placement ("Hòa" / "Hoà"), doubled spaces, and leading zeros ("Phường 09" /
 * "Phường 9"). This key ignores exactly those, and diacritics with them.
 */
export function comparableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\b0+(\d)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
