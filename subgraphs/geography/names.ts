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

/**
 * The folded form the name search compares: `comparableName` with every character other than a
 * letter or digit read as a space ("Phan Rang-Tháp Chàm" is "phan rang thap cham"), so keys
 * hold only [a-z0-9 ] and a prefix ends below "~".
 */
export function searchKey(name: string): string {
  return comparableName(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every key a unit is found under: each word-suffix of its full and short names, whole names marked. */
export function searchKeys(name: string, fullName: string): { key: string; whole: boolean }[] {
  const keys = new Map<string, boolean>();
  for (const form of [fullName, name]) {
    const words = searchKey(form).split(' ').filter(Boolean);
    words.forEach((_, i) => {
      const key = words.slice(i).join(' ');
      keys.set(key, (keys.get(key) ?? false) || i === 0);
    });
  }
  return [...keys].map(([key, whole]) => ({ key, whole }));
}
