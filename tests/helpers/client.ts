import type { AddressInfo } from 'net';
import { createNewsroomClient, type NewsroomClient } from 'strapi-plugin-newsroom/client';
import type { TestApp } from './strapi';

/**
 * The package's typed client (strapi-plugin-newsroom/client, from the built
 * dist) against the app under test over real HTTP: the app listens on a free
 * port of 127.0.0.1 for as long as the test runs.
 */
export async function readClient(app: TestApp): Promise<{ client: NewsroomClient; baseUrl: string }> {
  const server = app.strapi.server.httpServer;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return { client: createNewsroomClient({ baseUrl }), baseUrl };
}
