import type { ImportTemplate } from '../lib/import/template.ts';
import { HEALTH_TEMPLATES } from './health/import.ts';
import { LABOUR_TEMPLATES } from './labour/import.ts';

/** The file templates each agency imports, by agency and template name (docs/imports.md). */
export const IMPORT_TEMPLATES: Record<string, Record<string, ImportTemplate<any>>> = {
  health: HEALTH_TEMPLATES,
  labour: LABOUR_TEMPLATES,
};

/** The template for an agency and an optional template name (an agency with one template needs none). */
export function findTemplate(agency: string, name?: string): ImportTemplate<any> | { error: string } {
  const templates = IMPORT_TEMPLATES[agency];
  if (!templates) return { error: `unknown agency "${agency}"; one of ${Object.keys(IMPORT_TEMPLATES).join(', ')}` };
  const names = Object.keys(templates);
  const chosen = name ?? (names.length === 1 ? names[0] : undefined);
  const template = chosen ? templates[chosen] : undefined;
  return template ?? { error: `choose a template of ${agency}: ${names.join(', ')}` };
}
