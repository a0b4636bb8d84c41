import { RuleError } from '../errors';
import { checkAllocatedPermalinkId, parsePermalinkId, PERMALINK_ID_MAX } from './permalink-id';

const range = { min: 1_000_000 };

function errorOf(fn: () => unknown): RuleError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error('expected a RuleError');
}

describe('parsePermalinkId', () => {
  it('reads the id of h-online.com/-1275463', () => {
    expect(parsePermalinkId('1275463', range)).toBe(1275463);
  });

  it('accepts both ends of the range', () => {
    expect(parsePermalinkId('1000000', range)).toBe(1_000_000);
    expect(parsePermalinkId(String(PERMALINK_ID_MAX), range)).toBe(PERMALINK_ID_MAX);
    expect(parsePermalinkId('42', { min: 1, max: 42 })).toBe(42);
  });

  it.each([
    ['-1275463'],
    ['+1275463'],
    [' 1275463'],
    ['1275463 '],
    ['1275463\n'],
    ['1_275_463'],
    ['1.275463e6'],
    ['0x137687'],
    ['１２７５４６３'], // full-width digits are not ASCII digits
    [''],
    ['1275463.html'],
  ])('rejects %j as not digits only, naming it', (raw) => {
    const error = errorOf(() => parsePermalinkId(raw, range));
    expect(error.kind).toBe('invalid');
    expect(error.path).toEqual(['permalinkId']);
    expect(error.message).toContain(JSON.stringify(raw));
    expect(error.message).toMatch(/digits only/);
  });

  it('rejects a leading zero so each id has one spelling', () => {
    expect(errorOf(() => parsePermalinkId('01275463', range)).message).toMatch(
      /"01275463" must not start with 0/,
    );
  });

  it('rejects ids too long to store, without echoing all of them', () => {
    const error = errorOf(() => parsePermalinkId('9'.repeat(400), range));
    expect(error.message).toMatch(/too long/);
    expect(error.message.length).toBeLessThan(120);
    expect(errorOf(() => parsePermalinkId('12345678901', range)).message).toMatch(/too long/);
  });

  it('rejects ids outside the range, naming them', () => {
    expect(errorOf(() => parsePermalinkId('999999', range)).message).toBe(
      `permalink id 999999 is out of range: ids run from 1000000 to ${PERMALINK_ID_MAX}.`,
    );
    expect(errorOf(() => parsePermalinkId('2147483648', range)).message).toMatch(
      /2147483648 is out of range/,
    );
    expect(errorOf(() => parsePermalinkId('43', { min: 1, max: 42 })).message).toMatch(/43 is out of range/);
  });

  it('refuses a range that could not be stored', () => {
    expect(() => parsePermalinkId('5', { min: 0 })).toThrow(/1 <= min <= max/);
    expect(() => parsePermalinkId('5', { min: 1, max: 2 ** 40 })).toThrow(/1 <= min <= max/);
    expect(() => parsePermalinkId('5', { min: 10, max: 9 })).toThrow(/1 <= min <= max/);
  });
});

describe('checkAllocatedPermalinkId', () => {
  it('passes what the counter handed out up to the largest storable id', () => {
    expect(checkAllocatedPermalinkId(1_275_464)).toBe(1_275_464);
    expect(checkAllocatedPermalinkId(PERMALINK_ID_MAX)).toBe(PERMALINK_ID_MAX);
  });

  it('reports exhaustion as a conflict instead of handing out an unstorable id', () => {
    const error = errorOf(() => checkAllocatedPermalinkId(PERMALINK_ID_MAX + 1));
    expect(error.kind).toBe('conflict');
  });

  it('refuses a corrupt counter', () => {
    expect(() => checkAllocatedPermalinkId(1.5)).toThrow(/not a whole number/);
    expect(() => checkAllocatedPermalinkId(-3)).toThrow(/not a whole number/);
  });
});
