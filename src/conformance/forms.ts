/**
 * Just enough HTML form reading for the kit to submit a target's login and consent pages.
 */

export interface FormControl {
  name: string;
  value: string;
  type: string;
}

export interface HtmlForm {
  action: string;
  method: string;
  /** Inputs (hidden, text, password, ...): submitted with their values. */
  inputs: FormControl[];
  /** Submit buttons: one is chosen. */
  buttons: FormControl[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
};

function decode(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos|#39|#(\d+)|#x([0-9a-f]+));/gi,
    (match, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return ENTITIES[name.toLowerCase()] ?? match;
    },
  );
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of tag.matchAll(
    /([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
  )) {
    out[match[1]!.toLowerCase()] = decode(match[3] ?? match[4] ?? match[5] ?? '');
  }
  return out;
}

/** The forms of a page, resolved against its URL. */
export function readForms(html: string, pageUrl: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const attrs = attributes(match[1]!);
    const inner = match[2]!;
    const form: HtmlForm = {
      action: new URL(attrs.action || pageUrl, pageUrl).href,
      method: (attrs.method || 'GET').toUpperCase(),
      inputs: [],
      buttons: [],
    };
    for (const input of inner.matchAll(/<input\b([^>]*)>/gi)) {
      const a = attributes(input[1]!);
      if (!a.name) continue;
      const type = (a.type || 'text').toLowerCase();
      if (type === 'submit') form.buttons.push({ name: a.name, value: a.value ?? '', type });
      else if ((type !== 'checkbox' && type !== 'radio') || 'checked' in a) {
        form.inputs.push({ name: a.name, value: a.value ?? '', type });
      }
    }
    for (const button of inner.matchAll(/<button\b([^>]*)>/gi)) {
      const a = attributes(button[1]!);
      const type = (a.type || 'submit').toLowerCase();
      if (type === 'submit') form.buttons.push({ name: a.name ?? '', value: a.value ?? '', type });
    }
    forms.push(form);
  }
  return forms;
}

/** The values a form submits with one of its buttons. */
export function formValues(form: HtmlForm, button?: FormControl): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  const add = (name: string, value: string): void => {
    const existing = values[name];
    values[name] = existing === undefined ? value : ([] as string[]).concat(existing, value);
  };
  for (const input of form.inputs) add(input.name, input.value);
  if (button?.name) add(button.name, button.value);
  return values;
}
