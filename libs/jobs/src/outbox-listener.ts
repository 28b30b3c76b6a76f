import { Client } from 'pg';

/** The channel the outbox trigger notifies on commit (migration 1764216800000-outbox-notify). */
export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * Listens for committed outbox rows on a connection of its own (LISTEN holds a connection, so not one of the
 * pool's) and calls `wake` for each notification. A lost connection is reopened after `retryMs`; meanwhile
 * the relay's polling carries on, so nothing waits on the listener.
 */
export class OutboxListener {
  private client?: Client;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly wake: () => void,
    private readonly onError: (error: Error) => void,
    private readonly retryMs = 1000,
  ) {}

  async start(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.connectionString });
    this.client = client;
    client.on('notification', () => this.wake());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      // Rows committed while the listener was away are the relay's next pass.
      this.wake();
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: Client, error: Error): void {
    if (this.client !== client || this.stopped) return;
    this.client = undefined;
    this.onError(error);
    void client.end().catch(() => undefined);
    this.retry = setTimeout(() => void this.start(), this.retryMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
