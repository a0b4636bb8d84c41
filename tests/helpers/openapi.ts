import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export type Document = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, any> }>>;
} & Record<string, unknown>;

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** "/api/newsroom/feeds/site.:format" as Koa registers it, as the document writes it. */
export const templateOf = (koaPath: string) =>
  koaPath.replace(/\(\.\*\)$/, ':rest').replace(/:([A-Za-z]+)/g, '{$1}');

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * The document with every object schema closed (additionalProperties: false)
 * unless it says what else it allows: an answer with a field the document
 * does not name (a leak, or a change nobody described) fails, though the
 * served document stays open for clients that tolerate new fields.
 */
function closed<T>(node: T): T {
  if (Array.isArray(node)) node.forEach(closed);
  else if (node && typeof node === 'object') {
    const schema = node as Record<string, unknown>;
    if (schema.properties && typeof schema.properties === 'object' && !('additionalProperties' in schema))
      schema.additionalProperties = false;
    Object.values(schema).forEach(closed);
  }
  return node;
}

/**
 * Checks real answers against the document: the status must be documented
 * for the operation, the media type among its content types, and the body
 * valid against that media type's schema (JSON Schema 2020-12, as OpenAPI 3.1
 * uses it). Returns the problems, none when the answer fits.
 */
export function answerChecker(document: Document) {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv);
  ajv.addSchema(closed(structuredClone(document)), 'openapi.json');
  return (method: string, template: string, answer: Answer): string[] => {
    const operation = document.paths[template]?.[method];
    if (!operation) return [`${method.toUpperCase()} ${template} is not in the document`];
    const response = operation.responses[String(answer.status)];
    if (!response) return [`${method.toUpperCase()} ${template}: status ${answer.status} is not documented`];
    const type = String(answer.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    if (!response.content) {
      return answer.text === '' ? [] : [`${answer.status} has a body the document does not describe`];
    }
    if (!(type in response.content)) {
      return [
        `${method.toUpperCase()} ${template} ${answer.status}: content type "${type}" is not documented`,
      ];
    }
    const ref = `openapi.json#/${pointer('paths', template, method, 'responses', String(answer.status), 'content', type, 'schema')}`;
    const validate = ajv.getSchema(ref);
    if (!validate) return [`no schema at ${ref}`];
    let body: unknown = answer.text;
    if (/json$/.test(type)) body = JSON.parse(answer.text);
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${method.toUpperCase()} ${template} ${answer.status}: ${e.instancePath || 'body'} ${e.message}`,
    );
  };
}
