import { RuleError } from '../errors';
import { classifyFailure } from './failures';

const withCode = (code: string, message = 'boom') => Object.assign(new Error(message), { code });
const named = (name: string, message = 'boom') => Object.assign(new Error(message), { name });

describe('classifyFailure', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['PostgreSQL shutting down', withCode('57P01', 'terminating connection due to administrator command')],
    ['a PostgreSQL connection exception', withCode('08006')],
    ['a deadlock', withCode('40P01')],
    ['a busy SQLite file', withCode('SQLITE_BUSY')],
    ['an exhausted knex pool', named('KnexTimeoutError', 'Knex: Timeout acquiring a connection.')],
    ['a message only', new Error('Connection terminated unexpectedly')],
    ['a wrapped driver error', new Error('publish failed', { cause: withCode('ECONNRESET') })],
  ])('retries %s', (_label, error) => expect(classifyFailure(error)).toBe('transient'));

  it.each([
    ['a broken newsroom rule', new RuleError('Part 3 needs a title.', ['title'])],
    ['a Strapi validation error', named('ValidationError', 'title must be defined')],
    ['a missing document', named('NotFoundError', 'Document not found')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['an unknown error', new Error('something odd')],
    ['a thrown string', 'ECONNREFUSED'],
    ['nothing', undefined],
    ['a code that only looks like class 08', withCode('0800')],
  ])('does not retry %s', (_label, error) => expect(classifyFailure(error)).toBe('permanent'));

  it('survives a cause cycle', () => {
    const error: Error & { cause?: unknown } = new Error('loop');
    error.cause = error;
    expect(classifyFailure(error)).toBe('permanent');
  });
});
