import { BadInput } from '../errors.js';
import type { LabelSpec } from '../domain/labels.js';
import { MAX_LENGTH, type PropertySpec } from '../domain/properties.js';

export type Properties = Record<string, unknown>;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Control characters other than tab and newline never belong in stored text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function validateId(value: unknown, field = 'id'): string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    throw new BadInput(
      field,
      `'${field}' must be 1 to 128 letters, digits or . _ : - (starting with a letter or digit)`,
    );
  }
  return value;
}

/**
 * Checks and normalises the properties of a create (all required present) or an update (only
 * the given keys; null clears an optional property). Throws BadInput naming the field at fault.
 */
export function validateProperties(
  spec: LabelSpec,
  input: Properties,
  mode: 'create' | 'update',
): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'id') continue;
    const property = spec.properties[key];
    if (!property) throw new BadInput(key, `${spec.label} has no property '${key}'`);
    if (value === null || value === undefined) {
      if (property.required) throw new BadInput(key, `'${key}' is required`);
      // A property with a default always has a value (the schema promises one): it can be changed, not cleared.
      if (mode === 'update' && property.defaultValue !== undefined) {
        throw new BadInput(key, `'${key}' cannot be cleared; give another value instead`);
      }
      if (mode === 'update') out[key] = null;
      continue;
    }
    out[key] = validateValue(key, property, value);
  }
  if (mode === 'create') {
    for (const [key, property] of Object.entries(spec.properties)) {
      if (out[key] !== undefined) continue;
      if (property.required) throw new BadInput(key, `'${key}' is required`);
      if (property.defaultValue !== undefined) out[key] = property.defaultValue;
    }
  }
  return out;
}

export function validateValue(key: string, property: PropertySpec, value: unknown): unknown {
  switch (property.type) {
    case 'string':
    case 'text':
      return validateText(key, value, MAX_LENGTH[property.type], property.type === 'text');
    case 'enum':
      if (typeof value !== 'string' || !property.values?.includes(value)) {
        throw new BadInput(key, `'${key}' must be one of ${property.values?.join(', ')}`);
      }
      return value;
    case 'date':
      if (typeof value !== 'string' || !DATE_PATTERN.test(value) || !isRealDate(value)) {
        throw new BadInput(key, `'${key}' must be a date as YYYY-MM-DD`);
      }
      return value;
    case 'datetime':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
        throw new BadInput(key, `'${key}' must be an ISO-8601 date and time`);
      }
      return value;
    case 'int': {
      // Text from CSV and Kumu files counts as the number it spells.
      const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
      const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = property;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
        throw new BadInput(key, `'${key}' must be a whole number from ${min} to ${max}`);
      }
      return n;
    }
    case 'stringList': {
      if (!Array.isArray(value) || value.length > MAX_LENGTH.stringList) {
        throw new BadInput(key, `'${key}' must be a list of at most ${MAX_LENGTH.stringList} texts`);
      }
      return [...new Set(value.map((v) => validateText(key, v, 100, false)))];
    }
  }
}

function validateText(key: string, value: unknown, max: number, multiline: boolean): string {
  if (typeof value !== 'string') throw new BadInput(key, `'${key}' must be text`);
  const text = value.trim();
  if (text.length === 0) throw new BadInput(key, `'${key}' must not be empty`);
  if (text.length > max) throw new BadInput(key, `'${key}' must be at most ${max} characters`);
  if (CONTROL.test(text) || (!multiline && /[\r\n\t]/.test(text))) {
    throw new BadInput(key, `'${key}' contains control characters`);
  }
  if (key === 'email' && !EMAIL_PATTERN.test(text)) {
    throw new BadInput(key, `'${key}' is not an email address`);
  }
  if (key === 'url' && !/^https?:\/\/\S+$/.test(text)) {
    throw new BadInput(key, `'${key}' must be an http(s) address`);
  }
  return text;
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
