import neo4j, { type Driver } from 'neo4j-driver';
import { DRIVER_CONFIG } from '../../src/db/database.js';
import type { RecordedStatement } from '../../src/bench/recorder.js';
import { startFloorHttp, type FloorHttpTarget } from '../../src/bench/targets.js';
import { startHarness, type Harness } from '../support/harness.js';

// The benchmark's floor behind a bare HTTP server answers a recorded request with the records of
// its statements (a list per statement), replayed as ours ran them; anything else is a 404.
let h: Harness;
let driver: Driver;
let floor: FloorHttpTarget;

beforeAll(async () => {
  h = await startHarness();
  driver = neo4j.driver(
    process.env.BREIN_TEST_NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_TEST_USER ?? 'neo4j', process.env.NEO4J_TEST_PASSWORD ?? 'neo4j'),
    DRIVER_CONFIG,
  );
  floor = await startFloorHttp(driver, h.services.db.name);
});
afterAll(async () => {
  await floor.close();
  await driver.close();
  await h.close();
});

async function post(body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(floor.url, { method: 'POST', headers: floor.headers, body });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null };
}

it('answers a recorded request with the records of each statement, alone or in a transaction', async () => {
  const statement = h.services.cypher.get('migration/applied');
  const expected = await h.services.db.read(statement);
  expect(expected.length).toBeGreaterThan(0);
  const recorded = (alone: boolean): RecordedStatement => ({ ...statement, params: {}, alone });
  floor.routes.set('{"alone":true}', [recorded(true)]);
  floor.routes.set('{"alone":false}', [recorded(false), recorded(false)]);

  expect(await post('{"alone":true}')).toEqual({ status: 200, json: { data: [expected] } });
  expect(await post('{"alone":false}')).toEqual({ status: 200, json: { data: [expected, expected] } });
  expect((await post('{"not":"recorded"}')).status).toBe(404);
});
