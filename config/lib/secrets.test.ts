import { appKeys, secret } from './secrets';

describe('secrets', () => {
  it('falls back to a development default outside production', () => {
    expect(secret('ADMIN_JWT_SECRET', { NODE_ENV: 'development' })).toMatch(/dev/);
  });
  it('stops a production start without a secret, naming it', () => {
    expect(() => secret('API_TOKEN_SALT', { NODE_ENV: 'production' })).toThrow(
      /Missing required environment variable API_TOKEN_SALT/,
    );
    expect(() => secret('JWT_SECRET', { NODE_ENV: 'production', JWT_SECRET: '  ' })).toThrow(/JWT_SECRET/);
  });
  it('uses the value given', () => {
    expect(secret('JWT_SECRET', { NODE_ENV: 'production', JWT_SECRET: 's3cret' })).toBe('s3cret');
    expect(appKeys({ APP_KEYS: 'a, b,,c' })).toEqual(['a', 'b', 'c']);
  });
});
