import { buildDocument } from './document';

const document = buildDocument({ api: '/api', permalinkPrefix: '/-', version: '0.0.0' }) as any;
const operations = Object.entries(document.paths).flatMap(([path, ops]) =>
  Object.entries(ops as Record<string, any>).map(([method, op]) => ({ route: `${method} ${path}`, op })),
);

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the paths of the read API, the views, the permalinks and the admin API', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(operations.map((o) => o.route)).toEqual(
      expect.arrayContaining([
        'get /api/newsroom/series/{slug}',
        'get /api/newsroom/feeds/channels/{slug}.{format}',
        'get /-{id}',
        'put /newsroom/articles/{documentId}/draft',
      ]),
    );
    // 18 read and view routes, the permalink redirect and its sub-path, 34 admin routes.
    expect(operations.map((o) => o.route)).toHaveLength(54);
  });

  it('follows the configured prefixes', () => {
    const other = buildDocument({ api: '/rest', permalinkPrefix: '/p/', version: '0.0.0' }) as any;
    expect(Object.keys(other.paths)).toEqual(expect.arrayContaining(['/rest/newsroom/series', '/p/{id}']));
  });

  it('gives every JSON answer a schema that says something, and every route its errors', () => {
    for (const { route, op } of operations) {
      for (const [status, response] of Object.entries(op.responses as Record<string, any>)) {
        for (const [type, media] of Object.entries((response.content ?? {}) as Record<string, any>)) {
          // A schema of {} would accept anything: every answer is described.
          expect({ route, status, type, empty: Object.keys(media.schema ?? {}).length === 0 }).toEqual({
            route,
            status,
            type,
            empty: false,
          });
        }
      }
      const statuses = Object.keys(op.responses).map(Number);
      if (route !== 'get /api/newsroom/openapi.json')
        expect({ route, error: statuses.some((s) => s >= 400) }).toEqual({ route, error: true });
    }
  });

  it('describes request bodies with the controllers’ zod schemas', () => {
    const schedule =
      document.paths['/newsroom/schedule/actions'].post.requestBody.content['application/json'].schema;
    expect(schedule.required).toEqual(expect.arrayContaining(['targetType', 'documentId']));
    expect(schedule.properties.action.enum).toEqual(['publish', 'unpublish']);
  });
});

describe('nullable enums', () => {
  it('allow null (the generator leaves it out of the enum)', () => {
    const time = (
      document.paths['/newsroom/schedule/actions'].post.responses['201'].content['application/json']
        .schema as any
    ).properties.meta.properties.time.properties.chosen;
    expect(time.enum).toEqual(['earlier', 'later', null]);
  });
});
