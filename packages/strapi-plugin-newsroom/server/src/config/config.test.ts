import config from './index';

/** What Strapi does with an app's options: the defaults filled in underneath, then the validator. */
const withOptions = (options: Record<string, any>) => {
  const merged: any = structuredClone(config.default);
  for (const [key, value] of Object.entries(options)) {
    merged[key] =
      value && typeof value === 'object' && !Array.isArray(value) ? { ...merged[key], ...value } : value;
  }
  return () => config.validator(merged);
};

describe('plugin options', () => {
  it('accepts the defaults', () => {
    expect(withOptions({})).not.toThrow();
  });

  it('names a misspelt option and the one it resembles', () => {
    expect(withOptions({ timzone: 'Europe/Berlin' })).toThrow(
      '"timzone" is not an option of the newsroom plugin. Did you mean "timezone"?',
    );
    expect(withOptions({ scheduler: { polMs: 100 } })).toThrow(
      '"scheduler.polMs" is not an option of the newsroom plugin. Did you mean "scheduler.pollMs"?',
    );
  });

  it('lists the known options when nothing is close', () => {
    expect(withOptions({ cache: { colour: 'red' } })).toThrow(
      '"cache.colour" is not an option of the newsroom plugin. Known options here: maxAge, sMaxAge, staleWhileRevalidate, notFoundMaxAge, entries, maxBytes.',
    );
  });

  it('names a wrongly typed option and what it expects', () => {
    expect(withOptions({ scheduler: { pollMs: 'fast' } })).toThrow(
      '"scheduler.pollMs" must be a whole number of at least 50, not "fast".',
    );
    expect(withOptions({ demo: 'yes' })).toThrow('"demo" must be true or false, not "yes".');
    expect(withOptions({ scheduler: { lateAfterMs: 10 } })).toThrow(
      '"scheduler.lateAfterMs" must be a whole number of at least 1000, not 10.',
    );
    expect(withOptions({ scheduler: { lateAfterMs: '1m' } })).toThrow(
      '"scheduler.lateAfterMs" must be a whole number of at least 1000, not "1m".',
    );
    expect(withOptions({ scheduler: { prepareMs: 600_000 } })).toThrow(
      '"scheduler.prepareMs" must be a whole number from 0 to 300000, not 600000.',
    );
    expect(withOptions({ scheduler: { prepareMs: 1.5 } })).toThrow(
      '"scheduler.prepareMs" must be a whole number, not 1.5.',
    );
    expect(withOptions({ purge: { url: 'ftp://cdn' } })).toThrow(
      '"purge.url" must be an http(s) URL or null, not "ftp://cdn".',
    );
  });

  it('refuses a zone that is not an IANA name, a fixed offset included', () => {
    expect(withOptions({ timezone: 'Europe/Berln' })).toThrow(
      '"timezone": "Europe/Berln" is not a time zone',
    );
    expect(withOptions({ timezone: '+02:00' })).toThrow('"timezone": "+02:00" is a fixed offset');
  });

  it('checks what one option means for another', () => {
    expect(withOptions({ scheduler: { retryBaseMs: 5000, retryMaxMs: 1000 } })).toThrow(
      '"scheduler.retryMaxMs" (1000) must be at least "scheduler.retryBaseMs" (5000).',
    );
  });
});
