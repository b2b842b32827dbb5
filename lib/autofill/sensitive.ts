/**
 * Fields autofill must never touch whatever a plan says: passwords, Social Security numbers,
 * payment cards, captchas and honeypots, read-only and disabled controls. Checked in collect
 * (so the panel shows why) and again in fill, on the live element.
 */
import { closestWhere, type Evidence } from './evidence';

const has = (tokens: string[], ...ws: string[]) => ws.some((w) => tokens.includes(w));

const SSN_TEXT = /social\s*security|\bssn\b|\bsoc\.?\s*sec|taxpayer id|\bitin\b/i;
const CARD_TEXT =
  /credit\s*card|debit\s*card|(?<!\bid\s)(?<!identification\s)(?<!license\s)\bcard\s*(number|no\.?|#)|name\s+on\s+card|card\s*holder|\bcvv2?\b|\bcvc2?\b|\bcsc\b|security\s*code|card\s*verification|\biban\b|routing\s*number|bank\s*account/i;
const CAPTCHA_TEXT = /captcha|verification\s*code|security\s*check|not\s+a\s+robot|type\s+the\s+(characters|text|code)/i;
const HONEYPOT_TEXT = /leave\s+(this\s+|it\s+)?(field\s+)?(blank|empty)|do\s+not\s+(fill|enter|type)|don'?t\s+fill|not\s+for\s+humans|bots?\s+only/i;

function evidenceText(e: Evidence): string {
  return [e.label, e.placeholder, e.before, e.cell].join(' | ');
}

/** A payment card (or bank) field: the reason, or ''. */
export function paymentReason(e: Evidence): string {
  if (/(^|\s)cc-/.test(e.autocomplete)) return 'payment card field';
  const t = e.tokens;
  if (has(t, 'cvv', 'cvc', 'csc', 'cvn', 'cvv2', 'pan', 'iban', 'cardnumber', 'ccnumber', 'cardholder')) return 'payment card field';
  if (has(t, 'card', 'cc') && has(t, 'number', 'num', 'no', 'exp', 'expiry', 'expiration', 'holder', 'name', 'code') && !has(t, 'id', 'identification', 'license', 'licence'))
    return 'payment card field';
  if (CARD_TEXT.test(evidenceText(e))) return 'payment card field';
  return '';
}

/** Why a control must never be filled, judged from its evidence alone; '' when it may be. */
export function sensitiveReason(e: Evidence): string {
  if (e.type === 'password') return 'password field';
  if (has(e.tokens, 'ssn', 'ssnum', 'socsec', 'itin') || (has(e.tokens, 'social') && has(e.tokens, 'security')) || SSN_TEXT.test(evidenceText(e)))
    return 'Social Security number';
  const pay = paymentReason(e);
  if (pay) return pay;
  if (has(e.tokens, 'captcha', 'recaptcha', 'hcaptcha') || CAPTCHA_TEXT.test(evidenceText(e))) return 'captcha';
  if (has(e.tokens, 'honeypot', 'hpot', 'hp', 'botcheck', 'bot') || HONEYPOT_TEXT.test(evidenceText(e))) return 'honeypot';
  return '';
}

/** :disabled without the selector engine: its own attribute, or a disabled fieldset it is not in the first legend of. */
function isDisabled(el: Element): boolean {
  if (el.hasAttribute('disabled')) return true;
  for (let n = el.parentElement, child: Element = el; n; child = n, n = n.parentElement) {
    if (n.localName === 'fieldset' && n.hasAttribute('disabled')) {
      let first = n.firstElementChild;
      while (first && first.localName !== 'legend') first = first.nextElementSibling;
      if (!(first && first === child)) return true;
    }
  }
  return false;
}

/** State of the live element that rules out filling: disabled, read-only, hidden from assistive tech. */
export function stateReason(el: Element, kind: string): string {
  if (isDisabled(el)) return 'disabled';
  if ((el as HTMLInputElement).readOnly || el.getAttribute('aria-readonly') === 'true') return 'read-only';
  if (closestWhere(el, (n) => n.getAttribute('aria-hidden') === 'true')) return 'honeypot (hidden from assistive technology)';
  if (el.getAttribute('tabindex') === '-1' && (kind === 'text' || kind === 'textarea')) return 'honeypot (removed from keyboard order)';
  if (closestWhere(el, (n) => n.hasAttribute('inert'))) return 'inert';
  return '';
}
