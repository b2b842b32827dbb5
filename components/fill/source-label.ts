import type { I18n } from '../ui/i18n';

const PART_KEY: Record<string, string> = { client: 'app_part_client', attorney: 'app_part_attorney', court: 'app_part_court', filing: 'fill_src_filing', designee: 'fill_src_designee' };

/**
 * A case field a page field can take, in words for people: `client.dob.year` → "Client: Date of
 * birth (year)", `attorney.barNumber` → "Attorney: State Bar number". Field names reuse the Client
 * and Attorney tabs' labels (`client_<field>`, `client_attorney_<field>`), else `fill_src_<field>`;
 * a name with no message shows as words ("service contact"), never as the code name.
 */
export function sourceLabel(t: I18n['t'], source: string): string {
  const [part = '', field, sub] = source.split('.');
  const first = (...keys: string[]) => {
    for (const key of keys) {
      const text = t(key);
      if (text !== key) return text;
    }
    return undefined;
  };
  const words = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const head = PART_KEY[part] ? t(PART_KEY[part]) : words(part);
  if (!field) return head;
  const name = (part === 'attorney' ? first(`client_attorney_${field}`) : undefined) ?? first(`client_${field}`, `fill_src_${field}`) ?? words(field);
  const detail = sub ? (first(`fill_src_sub_${sub}`) ?? words(sub)) : '';
  return detail ? `${head}: ${name} (${detail})` : `${head}: ${name}`;
}
