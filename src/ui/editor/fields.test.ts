import { describe, expect, it } from 'vitest';
import { fieldId, fieldIdsOf, translationOf } from './fields.ts';

describe('fieldId', () => {
  it('names a field by its path, node ids kept', () => {
    expect(fieldId(['scenarios', 0, 'nodes', 'd-2', 'options', 1, 'text', 'en'])).toBe('f-scenarios.0.nodes.d-2.options.1.text.en');
  });

  it('lists the field, then each field around it', () => {
    expect(fieldIdsOf(['rubrics', 0, 'name'])).toEqual(['f-rubrics.0.name', 'f-rubrics.0', 'f-rubrics']);
  });
});

describe('translationOf', () => {
  const long = 'What would you do in my place, honestly?';
  it.each([
    [{ vi: 'Chào', en: 'Hello' }, 'done'],
    [{ vi: '', en: '' }, 'empty'],
    [{ vi: '', en: 'Hello' }, 'missing-vi'],
    [{ vi: 'Chào', en: ' ' }, 'missing-en'],
    [{ vi: long, en: long }, 'same'],
    [{ vi: 'OK', en: 'OK' }, 'done'],
  ] as const)('%o is %s', (text, expected) => {
    expect(translationOf(text)).toBe(expected);
  });
});
