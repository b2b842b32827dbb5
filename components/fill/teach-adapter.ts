import type { Adapter } from '@/lib/portals/schema';
import { originPattern } from '@/lib/extension/portal-access';

/**
 * The user adapter that teach mode saves: the site's built-in adapter (if any) copied with the
 * new mappings added to the current step, or a new adapter for the site. Selectors and case
 * field names only; the id is derived from the site, so teaching the same site again extends it.
 */
export function teachAdapter(url: string, mappings: { selector: string; source: string }[], base: Adapter | null, stepId = 'taught'): Adapter {
  const pattern = originPattern(url) ?? url;
  const hostSlug = new URL(url).hostname.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const id = base?.id.startsWith('user-') ? base.id : `user-${(base?.id ?? hostSlug).slice(0, 55)}`;
  const fields = mappings.map((m) => ({ selectors: [m.selector], source: m.source, transforms: [] }));
  const steps = base?.steps.length ? base.steps.map((s) => ({ ...s, fields: [...s.fields] })) : [];
  const step = steps.find((s) => s.id === stepId);
  if (step) step.fields.push(...fields);
  else steps.push({ id: stepId, title: 'Taught in the panel', fields });
  return {
    id,
    name: base ? (base.name.startsWith('Taught') ? base.name : `Taught: ${base.name}`) : `Taught: ${new URL(url).hostname}`,
    version: 1,
    matches: base?.matches ?? [pattern],
    steps,
    scrape: base?.scrape,
    neverFill: base?.neverFill ?? [],
    neverFillPages: base?.neverFillPages ?? [],
    neverFillSteps: base?.neverFillSteps ?? [],
  };
}
