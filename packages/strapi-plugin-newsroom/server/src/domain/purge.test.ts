import { purgeDedupeKey, purgeRequests } from './purge';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `doc:${String(i).padStart(3, '0')}`);

describe('purge requests per cache', () => {
  it('sends nothing when no address is set', () => {
    expect(purgeRequests({ target: 'webhook', url: null }, ['doc:a'], 'x')).toEqual([]);
    expect(purgeRequests({ target: 'varnish', url: null }, ['doc:a'], 'x')).toEqual([]);
    expect(purgeRequests({ target: 'fastly', url: null }, ['doc:a'], 'x')).toEqual([]);
  });

  it('posts the event and the sorted unique keys to a webhook, with its headers', () => {
    const [request] = purgeRequests(
      { target: 'webhook', url: 'https://purge.example/hook', headers: { 'x-secret': 's' } },
      ['doc:b', 'doc:a', 'doc:b'],
      'article.publish',
    );
    expect(request).toEqual({
      url: 'https://purge.example/hook',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-secret': 's' },
      body: JSON.stringify({ event: 'article.publish', keys: ['doc:a', 'doc:b'] }),
    });
  });

  it('sends Varnish xkey purges of at most 100 keys each', () => {
    const requests = purgeRequests({ target: 'varnish', url: 'http://127.0.0.1:6081/' }, keys(250), 'x');
    expect(requests.map((r) => r.headers.xkey.split(' ').length)).toEqual([100, 100, 50]);
    expect(requests.every((r) => r.method === 'PURGE')).toBe(true);
  });

  it('speaks the Fastly and Cloudflare APIs, in their batch sizes', () => {
    const fastly = purgeRequests(
      { target: 'fastly', url: null, fastly: { serviceId: 'svc 1', apiToken: 't' } },
      keys(300),
      'x',
    );
    expect(fastly.map((r) => r.url)).toEqual([
      'https://api.fastly.com/service/svc%201/purge',
      'https://api.fastly.com/service/svc%201/purge',
    ]);
    expect(fastly[0].headers['Surrogate-Key'].split(' ')).toHaveLength(256);
    expect(fastly[0].headers['Fastly-Key']).toBe('t');
    const cloudflare = purgeRequests(
      { target: 'cloudflare', url: null, cloudflare: { zoneId: 'z', apiToken: 't' } },
      keys(31),
      'x',
    );
    expect(cloudflare.map((r) => JSON.parse(r.body!).tags.length)).toEqual([30, 1]);
    expect(cloudflare[0].headers.authorization).toBe('Bearer t');
  });

  it('folds identical purges: the dedupe key ignores order and repeats', () => {
    expect(purgeDedupeKey(['b', 'a', 'b'])).toBe(purgeDedupeKey(['a', 'b']));
    expect(purgeDedupeKey(['a'])).not.toBe(purgeDedupeKey(['a', 'b']));
  });
});
