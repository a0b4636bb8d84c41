import type { TestApp } from './strapi';

export interface GraphqlReply {
  status: number;
  headers: Record<string, string>;
  text: string;
  data: any;
  errors: Array<{ message: string; extensions?: { code?: string } }> | undefined;
}

/** POSTs one GraphQL operation to the app's /graphql, as a front end's client does. */
export async function graphql(
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphqlReply> {
  const res = await app.http().post('/graphql').set(headers).send({ query, variables });
  return {
    status: res.status,
    headers: res.headers as Record<string, string>,
    text: res.text,
    data: res.body?.data,
    errors: res.body?.errors,
  };
}

/** The messages of a reply's errors, for assertions that name the problem. */
export const messages = (reply: GraphqlReply) => (reply.errors ?? []).map((error) => error.message);

interface IntrospectedType {
  name: string;
  fields: Array<{ name: string; type: any }> | null;
}

const namedType = (type: any): any => (type.ofType ? namedType(type.ofType) : type);

/** Every type of the app's schema, by name, as a client would read it (introspection). */
export async function schemaTypes(app: TestApp): Promise<Map<string, IntrospectedType>> {
  const reply = await graphql(
    app,
    `
      {
        __schema {
          types {
            name
            fields {
              name
              type {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    `,
  );
  if (!reply.data) throw new Error(`introspection failed: ${reply.text}`);
  return new Map(reply.data.__schema.types.map((type: IntrospectedType) => [type.name, type]));
}

/**
 * The selection of every field of a type, recursively (the newsroom types
 * have no cycles), so an answer can be compared with the REST answer whole.
 */
export function fullSelection(types: Map<string, IntrospectedType>, typeName: string): string {
  const type = types.get(typeName);
  if (!type?.fields) return '';
  const fields = type.fields.map((field) => {
    const inner = namedType(field.type);
    return inner.kind === 'OBJECT' ? `${field.name} { ${fullSelection(types, inner.name)} }` : field.name;
  });
  return fields.join(' ');
}

/** Drops null members at every depth: GraphQL answers null for a field an object does not have. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, withoutNulls(inner)]),
    );
  }
  return value;
}
