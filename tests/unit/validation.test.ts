import { DOMAIN } from '../../src/domain/labels.js';
import { validateId, validateProperties } from '../../src/entities/validation.js';
import { BadInput } from '../../src/errors.js';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof BadInput ? error.field : 'not BadInput';
  }
  return undefined;
}

describe('validateProperties', () => {
  it('trims text and fills defaults on create', () => {
    expect(validateProperties(DOMAIN.Professional, { name: '  Fleur  ' }, 'create')).toEqual({
      name: 'Fleur',
      languages: [],
      visibility: 'PUBLIC',
    });
  });

  it('names the field at fault', () => {
    expect(fieldOf(() => validateProperties(DOMAIN.Region, { name: 'Ede' }, 'create'))).toBe('level');
    expect(fieldOf(() => validateProperties(DOMAIN.Event, { name: 'X', date: '2026-02-30' }, 'create'))).toBe(
      'date',
    );
    expect(
      fieldOf(() => validateProperties(DOMAIN.Professional, { name: 'X', email: 'nope' }, 'create')),
    ).toBe('email');
    expect(
      fieldOf(() =>
        validateProperties(DOMAIN.Practice, { title: 'X', kind: 'METHOD', url: 'javascript:x' }, 'create'),
      ),
    ).toBe('url');
    expect(fieldOf(() => validateProperties(DOMAIN.Theme, { name: 'a\nb' }, 'create'))).toBe('name');
  });

  it('lets an update clear an optional field but not a required one', () => {
    expect(validateProperties(DOMAIN.Theme, { description: null }, 'update')).toEqual({ description: null });
    expect(fieldOf(() => validateProperties(DOMAIN.Theme, { name: null }, 'update'))).toBe('name');
  });

  it('refuses to clear a property that always has a value (its default), but lets it change', () => {
    expect(fieldOf(() => validateProperties(DOMAIN.Bottleneck, { status: null }, 'update'))).toBe('status');
    expect(fieldOf(() => validateProperties(DOMAIN.Professional, { visibility: null }, 'update'))).toBe(
      'visibility',
    );
    expect(validateProperties(DOMAIN.Bottleneck, { status: 'ADDRESSED' }, 'update')).toEqual({
      status: 'ADDRESSED',
    });
  });

  it('refuses unknown properties', () => {
    expect(fieldOf(() => validateProperties(DOMAIN.Theme, { name: 'x', colour: 'red' }, 'create'))).toBe(
      'colour',
    );
  });
});

describe('validateId', () => {
  it('accepts slugs and refuses spaces, quotes and overlong ids', () => {
    expect(validateId('prof-anna_1:x.y')).toBe('prof-anna_1:x.y');
    for (const bad of ['a b', "x'}) DETACH DELETE n //", '', 'x'.repeat(129), 42]) {
      expect(fieldOf(() => validateId(bad))).toBe('id');
    }
  });
});
