import pg from 'pg';
import { DefinitionError } from '../definition/errors';
import { DEFAULT_EVALUATION_TIME_LIMIT_MS } from '../definition/limits';
import { InputProblem } from '../input-problem';
import { redactedUrl } from './redacted-url';

export { redactedUrl };

/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014';

/**
 * Runs `work` on a live PostgreSQL inside a read-only transaction whose statements stop after
 * the time limit; the transaction is rolled back and the connection closed afterwards. A
 * connection that fails is an input problem naming the URL (without its password).
 */
export async function withReadOnlyPostgres<T>(
  url: string,
  timeLimitMs: number | undefined,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const where = redactedUrl(url);
  const limit = timeLimitMs ?? DEFAULT_EVALUATION_TIME_LIMIT_MS;
  const hide = (message: string) => message.split(url).join(where);
  let client: pg.Client;
  try {
    client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: 15_000,
      application_name: 'crossover reconcile',
    });
    await client.connect();
  } catch (error) {
    throw new InputProblem(
      `cannot connect to PostgreSQL at ${where}: ${hide((error as Error).message || String(error))}`,
    );
  }
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query(`SELECT set_config('statement_timeout', $1, true)`, [String(limit)]);
    // times are read in UTC whatever the server's zone (a timestamptz's month, its date)
    await client.query(`SELECT set_config('TimeZone', 'UTC', true)`);
    return await work(client);
  } catch (error) {
    if (error instanceof InputProblem || error instanceof DefinitionError) throw error;
    if ((error as { code?: string }).code === QUERY_CANCELED)
      throw new DefinitionError(
        'time-limit',
        `counting in PostgreSQL at ${where} took longer than ${limit} ms and was stopped`,
      );
    throw new InputProblem(`PostgreSQL at ${where}: ${hide((error as Error).message)}`);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
