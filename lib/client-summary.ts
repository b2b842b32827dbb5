/**
 * A one-page summary for the client, in plain English or Spanish: what will be filed and what
 * vacatur does (issue 14). It is for the client, not the court, so it speaks to "you" and keeps
 * the law short; every statement comes from Pen. Code § 236.14 as quoted in
 * shared/reference/california-law.md section 1 (subdivisions cited in brackets for the attorney),
 * and anything the statute does not settle (immigration effects, whether the client must attend)
 * is sent back to the attorney, never promised. Pure: the case, the matters and the date in;
 * headed sections of text out.
 */
import { clientDisplayName, clientInitials, type CaseBody, type CaseEvent } from './model';
import { formatIsoDate, type Locale } from './i18n/format';
import { hearingFor } from './model/drafting';

export interface ClientSummarySection {
  heading: string;
  paragraphs: string[];
  /** Bulleted lines after the paragraphs. */
  items?: string[];
}

export interface ClientSummary {
  locale: Locale;
  title: string;
  /** "Prepared for D. I. A. on 12/02/2026". */
  subtitle: string;
  sections: ClientSummarySection[];
}

const KIND: Record<Locale, Record<CaseEvent['kind'], string>> = {
  en: { arrest: 'Arrest', conviction: 'Conviction', adjudication: 'Juvenile case' },
  es: { arrest: 'Arresto', conviction: 'Condena', adjudication: 'Caso de menores' },
};

function matterLine(e: CaseEvent, locale: Locale): string {
  const what = e.description || [e.code, e.section].filter(Boolean).join(' ') || (locale === 'es' ? 'delito sin descripción' : 'offense not described');
  const where = e.county ? (locale === 'es' ? `condado de ${e.county}` : `${e.county} County`) : '';
  return [KIND[locale][e.kind], e.date ? formatIsoDate(e.date, locale) : '', what, where].filter(Boolean).join(' · ');
}

function counties(matters: readonly CaseEvent[]): string[] {
  return [...new Set(matters.map((m) => m.county.trim()).filter(Boolean))];
}

/**
 * @example buildClientSummary(body, chosenMatters, 'es', '2026-12-02').sections[0].heading // 'Lo que vamos a pedir al tribunal'
 */
export function buildClientSummary(body: CaseBody, matters: readonly CaseEvent[], locale: Locale, asOf: string): ClientSummary {
  const who = clientInitials(body.client) || clientDisplayName(body.client);
  const places = counties(matters);
  const hearings = places
    .map((county) => ({ county, hearing: hearingFor(body.drafting, county) }))
    .filter((h) => h.hearing?.date)
    .map(({ county, hearing }) =>
      locale === 'es'
        ? `Audiencia en el condado de ${county}: ${formatIsoDate(hearing!.date, locale)}${hearing!.time ? `, ${hearing!.time}` : ''}${hearing!.department ? `, departamento ${hearing!.department}` : ''}.`
        : `Hearing in ${county} County: ${formatIsoDate(hearing!.date, locale)}${hearing!.time ? `, ${hearing!.time}` : ''}${hearing!.department ? `, Department ${hearing!.department}` : ''}.`,
    );
  const attorney = body.attorney;
  const contact = [attorney.name, attorney.phone, attorney.email].filter(Boolean).join(' · ');
  return locale === 'es' ? spanish(who, asOf, matters, places, hearings, contact) : english(who, asOf, matters, places, hearings, contact);
}

function english(who: string, asOf: string, matters: readonly CaseEvent[], places: string[], hearings: string[], contact: string): ClientSummary {
  const courts = places.length ? places.map((c) => `${c} County`).join(', ') : 'the county where each case happened';
  return {
    locale: 'en',
    title: 'Your petition to clear your record',
    subtitle: `Prepared for ${who} on ${formatIsoDate(asOf, 'en')}`,
    sections: [
      {
        heading: 'What we will ask the court',
        paragraphs: [
          `We will ask the Superior Court (${courts}) to vacate the ${matters.length === 1 ? 'record below' : `${matters.length} records below`}, because ${matters.length === 1 ? 'it' : 'they'} happened as a direct result of your being a victim of human trafficking. The law that allows this is California Penal Code section 236.14.`,
        ],
        items: matters.map((m) => matterLine(m, 'en')),
      },
      {
        heading: 'What "vacate" means',
        paragraphs: [
          'If the judge agrees, the court finds that you did not have the intent to commit the offense, and sets the arrest or conviction aside as legally invalid. [§ 236.14(a), (h)]',
          'The arrest and conviction are treated as if they never happened, and the records are sealed and destroyed by the police, the Department of Justice and the other agencies that keep them. [§ 236.14(k), (t)(2)]',
          'After the order, you may say that you were not arrested for, or convicted of, those charges. State licensing boards will not receive these records. [§ 236.14(o), (p), (t)(2)]',
        ],
      },
      {
        heading: 'What it does not change',
        paragraphs: [
          'Restitution owed directly to a victim of a nonviolent crime is not cancelled unless it has already been paid. Other fines are put on hold while the petition is pending. [§ 236.14(i)]',
          'Ask your attorney how this affects immigration, and about any record not listed here.',
        ],
      },
      {
        heading: 'What happens next',
        paragraphs: [
          'We file the petition with the court and send it to the prosecutor\'s office. The prosecutor has 45 days from the day they receive it to respond. [§ 236.14(c)]',
          ...hearings,
          'The public court record shows your initials, not your full name. [§ 236.14(q)] Your attorney will tell you whether you need to come to court. [§ 236.14(n)]',
        ],
      },
      ...(contact ? [{ heading: 'Questions?', paragraphs: [`Call or write your attorney: ${contact}.`] }] : []),
    ],
  };
}

function spanish(who: string, asOf: string, matters: readonly CaseEvent[], places: string[], hearings: string[], contact: string): ClientSummary {
  const courts = places.length ? places.map((c) => `condado de ${c}`).join(', ') : 'el condado donde ocurrió cada caso';
  const one = matters.length === 1;
  return {
    locale: 'es',
    title: 'Su petición para limpiar sus antecedentes',
    subtitle: `Preparado para ${who} el ${formatIsoDate(asOf, 'es')}`,
    sections: [
      {
        heading: 'Lo que vamos a pedir al tribunal',
        paragraphs: [
          `Vamos a pedir al Tribunal Superior (${courts}) que anule (vacatur) ${one ? 'el antecedente que aparece abajo' : `los ${matters.length} antecedentes que aparecen abajo`}, porque ${one ? 'ocurrió' : 'ocurrieron'} como consecuencia directa de que usted era víctima de trata de personas. La ley que lo permite es el artículo 236.14 del Código Penal de California.`,
        ],
        items: matters.map((m) => matterLine(m, 'es')),
      },
      {
        heading: 'Qué significa "anular"',
        paragraphs: [
          'Si el juez está de acuerdo, el tribunal declara que usted no tuvo la intención de cometer el delito y deja sin efecto el arresto o la condena por ser legalmente inválido. [§ 236.14(a), (h)]',
          'El arresto y la condena se consideran como si nunca hubieran ocurrido, y la policía, el Departamento de Justicia y las demás agencias que guardan esos registros los sellan y los destruyen. [§ 236.14(k), (t)(2)]',
          'Después de la orden, usted puede decir que no fue arrestado(a) ni condenado(a) por esos cargos. Las juntas estatales que otorgan licencias profesionales no recibirán estos registros. [§ 236.14(o), (p), (t)(2)]',
        ],
      },
      {
        heading: 'Lo que no cambia',
        paragraphs: [
          'La restitución que se debe directamente a la víctima de un delito no violento no se cancela, a menos que ya se haya pagado. Las demás multas se suspenden mientras la petición está pendiente. [§ 236.14(i)]',
          'Pregunte a su abogado(a) cómo afecta esto a su situación migratoria y sobre cualquier antecedente que no aparezca aquí.',
        ],
      },
      {
        heading: 'Los próximos pasos',
        paragraphs: [
          'Presentamos la petición ante el tribunal y la enviamos a la fiscalía. La fiscalía tiene 45 días, desde el día en que la recibe, para responder. [§ 236.14(c)]',
          ...hearings,
          'En el expediente público del tribunal aparecen sus iniciales, no su nombre completo. [§ 236.14(q)] Su abogado(a) le dirá si tiene que ir al tribunal. [§ 236.14(n)]',
        ],
      },
      ...(contact ? [{ heading: '¿Preguntas?', paragraphs: [`Llame o escriba a su abogado(a): ${contact}.`] }] : []),
    ],
  };
}
