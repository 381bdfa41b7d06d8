import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mintToken } from '../auth/tokens.js';
import { connect, waitForDatabase } from '../bootstrap.js';
import type { Config } from '../config.js';
import { migrate } from '../db/migrate.js';
import { createLogger } from '../logger.js';
import { loadDemoData } from '../seed/demo.js';
import { createApp } from '../server/app.js';
import type { Services } from '../services.js';

export interface LocalServer {
  readonly url: string;
  readonly services: Services;
  readonly adminToken: string;
  close(): Promise<void>;
}

/** The real service on an ephemeral port of 127.0.0.1, with the demo data, for load and fault runs. */
export async function startLocalServer(config: Config): Promise<LocalServer> {
  const logger = createLogger('warn');
  const services = connect(config, logger);
  await waitForDatabase(services, logger);
  await migrate(services.db, services.cypher, logger);
  if (await services.importer.isEmpty()) await loadDemoData(services);
  const app = createApp({ config, services, logger, readiness: { migrated: true } });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const adminToken = await mintToken(config.auth, { sub: 'load-admin', role: 'admin' });
  return {
    url,
    services,
    adminToken,
    close: async () => {
      // Let requests in flight finish before the driver goes, so none fails on a closed pool.
      server.closeIdleConnections();
      const forced = setTimeout(() => server.closeAllConnections(), 5_000);
      await new Promise((resolve) => server.close(resolve));
      clearTimeout(forced);
      await services.db.close();
    },
  };
}
