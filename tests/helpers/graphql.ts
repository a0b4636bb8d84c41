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
