import { toOneChange } from './relations';

describe('toOneChange', () => {
  it.each([
    [undefined, { kind: 'unchanged' }],
    [null, { kind: 'set', ref: null }],
    ['abc', { kind: 'set', ref: { documentId: 'abc' } }],
    [7, { kind: 'set', ref: { id: 7 } }],
    [
      { documentId: 'abc', locale: 'en' },
      { kind: 'set', ref: { documentId: 'abc' } },
    ],
    [
      { connect: [{ id: 3, documentId: 'x' }], disconnect: [] },
      { kind: 'set', ref: { documentId: 'x' } },
    ],
    [
      { connect: [], disconnect: [{ id: 3 }] },
      { kind: 'set', ref: null },
    ],
    [{ connect: [], disconnect: [] }, { kind: 'unchanged' }],
    [{ set: [] }, { kind: 'set', ref: null }],
    [['a', 'b'], { kind: 'set', ref: { documentId: 'b' } }],
  ])('%j', (input, expected) => expect(toOneChange(input)).toEqual(expected));
});
