// The register's forms are described once as a list of fields; from that list come the posted input
// for the repository, the values shown again after an error, and the GOV.UK macro parameters (with
// each repository error against its field). Dates are GOV.UK date inputs: three boxes named
// <field>-day, <field>-month and <field>-year, whose error summary link goes to the day box.
import { field, fieldList, formErrors, type FormErrors } from '../forms.ts';
import type { FieldError } from '../../intervention/result.ts';

export interface Option {
  value: string;
  text: string;
  hint?: string;
}

interface Common {
  name: string;
  label: string;
  hint?: string;
}

export type FieldSpec = Common & (
  | { kind: 'text'; width?: 2 | 3 | 4 | 5 | 10 | 20 | 30; numeric?: boolean }
  | { kind: 'textarea'; rows?: number }
  | { kind: 'date' }
  | { kind: 'select'; options: Option[] }
  | { kind: 'radios'; options: Option[]; inline?: boolean }
  | { kind: 'checkbox' }
  | { kind: 'checkboxes'; options: Option[] }
);

export interface DateBoxes {
  day: string;
  month: string;
  year: string;
}

export type FormValue = string | string[] | DateBoxes;
export type FormValues = Record<string, FormValue>;

/** Three date boxes as one 'YYYY-MM-DD' string; '' when all are empty; text the validator refuses when not a real date. */
export function dateFromBoxes(b: DateBoxes): string {
  const [d, m, y] = [b.day.trim(), b.month.trim(), b.year.trim()];
  if (!d && !m && !y) return '';
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^(19|20)\d{2}$/.test(y)) return 'not a date';
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function boxesFromDate(iso: string | null | undefined): DateBoxes {
  if (!iso) return { day: '', month: '', year: '' };
  return { day: String(Number(iso.slice(8, 10))), month: String(Number(iso.slice(5, 7))), year: iso.slice(0, 4) };
}

/** The posted form as repository input (dates as ISO strings, checkboxes as 'on'/''), and as typed. */
export function readForm(fields: FieldSpec[], body: unknown): { input: Record<string, unknown>; values: FormValues } {
  const input: Record<string, unknown> = {};
  const values: FormValues = {};
  for (const f of fields) {
    if (f.kind === 'date') {
      const boxes = { day: field(body, `${f.name}-day`), month: field(body, `${f.name}-month`), year: field(body, `${f.name}-year`) };
      values[f.name] = boxes;
      input[f.name] = dateFromBoxes(boxes);
    } else if (f.kind === 'checkboxes') {
      const allowed = new Set(f.options.map((o) => o.value));
      const chosen = fieldList(body, f.name);
      values[f.name] = chosen.filter((v) => allowed.has(v));
      input[f.name] = chosen;
    } else if (f.kind === 'checkbox') {
      const on = field(body, f.name) === 'on';
      values[f.name] = on ? 'on' : '';
      input[f.name] = on;
    } else {
      const v = field(body, f.name);
      values[f.name] = v;
      input[f.name] = v;
    }
  }
  return { input, values };
}

/** A stored record's values as the form shows them. */
export function valuesOf(fields: FieldSpec[], record: Record<string, unknown> | null): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    const v = record?.[f.name];
    if (f.kind === 'date') values[f.name] = boxesFromDate(typeof v === 'string' ? v : null);
    else if (f.kind === 'checkboxes') values[f.name] = Array.isArray(v) ? v.map(String) : [];
    else if (f.kind === 'checkbox') values[f.name] = v === true ? 'on' : '';
    else values[f.name] = v == null ? '' : String(v);
  }
  return values;
}

/** The id an error summary link should point at for a field. */
export function inputId(f: FieldSpec): string {
  return f.kind === 'date' ? `${f.name}-day` : f.name;
}

/** The repository's errors as the GOV.UK summary and field messages; an error on a field not on the form points at the first field. */
export function errorsFor(fields: FieldSpec[], errors: FieldError[]): FormErrors | null {
  const ids: Record<string, string> = {};
  for (const f of fields) ids[f.name] = inputId(f);
  const first = fields[0] ? inputId(fields[0]) : 'main-content';
  for (const e of errors) ids[e.field] ??= first;
  return formErrors(errors, ids);
}

export interface ViewField {
  kind: FieldSpec['kind'];
  params: Record<string, unknown>;
}

/** Parameters for the GOV.UK macros: the field, its value and its error message. */
export function viewFields(fields: FieldSpec[], values: FormValues, errors: FormErrors | null): ViewField[] {
  return fields.map((f) => {
    const errorMessage = errors?.fields[f.name];
    const hint = f.hint ? { text: f.hint } : undefined;
    const legend = { text: f.label, classes: 'govuk-fieldset__legend--s' };
    const value = values[f.name];
    switch (f.kind) {
      case 'text':
        return { kind: f.kind, params: { id: f.name, name: f.name, label: { text: f.label, classes: 'govuk-label--s' }, hint, errorMessage,
          value: typeof value === 'string' ? value : '', classes: f.width ? `govuk-input--width-${f.width}` : undefined,
          inputmode: f.numeric ? 'numeric' : undefined, spellcheck: f.numeric ? false : undefined } };
      case 'textarea':
        return { kind: f.kind, params: { id: f.name, name: f.name, label: { text: f.label, classes: 'govuk-label--s' }, hint, errorMessage,
          value: typeof value === 'string' ? value : '', rows: f.rows ?? 5 } };
      case 'date': {
        const b = (value as DateBoxes | undefined) ?? boxesFromDate(null);
        const err = errorMessage ? ' govuk-input--error' : '';
        return { kind: f.kind, params: { id: f.name, namePrefix: f.name, fieldset: { legend }, errorMessage,
          hint: { text: f.hint ?? 'For example, 27 3 2017' },
          items: [
            { name: 'day', classes: `govuk-input--width-2${err}`, value: b.day },
            { name: 'month', classes: `govuk-input--width-2${err}`, value: b.month },
            { name: 'year', classes: `govuk-input--width-4${err}`, value: b.year },
          ] } };
      }
      case 'select':
        return { kind: f.kind, params: { id: f.name, name: f.name, label: { text: f.label, classes: 'govuk-label--s' }, hint, errorMessage,
          items: f.options.map((o) => ({ value: o.value, text: o.text, selected: o.value === value })) } };
      case 'radios':
        return { kind: f.kind, params: { name: f.name, idPrefix: f.name, fieldset: { legend }, hint, errorMessage,
          classes: f.inline ? 'govuk-radios--inline' : undefined,
          items: f.options.map((o) => ({ value: o.value, text: o.text, hint: o.hint ? { text: o.hint } : undefined, checked: o.value === value })) } };
      case 'checkbox':
        return { kind: f.kind, params: { name: f.name, idPrefix: f.name, hint, errorMessage, classes: 'govuk-checkboxes--small',
          items: [{ value: 'on', text: f.label, checked: value === 'on' }] } };
      case 'checkboxes': {
        const chosen = Array.isArray(value) ? value : [];
        return { kind: f.kind, params: { name: f.name, idPrefix: f.name, fieldset: { legend }, hint, errorMessage,
          items: f.options.map((o) => ({ value: o.value, text: o.text, checked: chosen.includes(o.value) })) } };
      }
    }
  });
}

/** Options of a select, with a first "none" choice. */
export function withNone(none: string, options: Option[]): Option[] {
  return [{ value: '', text: none }, ...options];
}

export function labelled<K extends string>(labels: Record<K, string>, order?: readonly K[]): Option[] {
  return (order ?? (Object.keys(labels) as K[])).map((k) => ({ value: k, text: labels[k] }));
}
