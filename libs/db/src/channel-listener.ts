import { Client } from 'pg';

export interface ChannelHandlers {
  /** A notification on the channel, with its payload. */
  notified: (payload: string) => void;
  /** Listening (again): what was notified while the connection was away is lost, so catch up now. */
  listening: () => void;
  error: (error: Error) => void;
}

/**
 * LISTENs on one PostgreSQL channel on a connection of its own (LISTEN holds a connection, so not one of the
 * pool's). A lost connection is reopened after `retryMs`.
 */
export class ChannelListener {
  private client?: Client;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly on: ChannelHandlers,
    private readonly retryMs = 1000,
  ) {}

  async start(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.connectionString });
    this.client = client;
    client.on('notification', (n) => this.on.notified(n.payload ?? ''));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      this.on.listening();
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private lost(client: Client, error: Error): void {
    if (this.client !== client || this.stopped) return;
    this.client = undefined;
    this.on.error(error);
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
