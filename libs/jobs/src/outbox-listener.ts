import { ChannelListener } from '@thidua/db';

/** The channel the outbox trigger notifies on commit (migration 1764216800000-outbox-notify). */
export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * Calls `wake` for each committed outbox row's notification, and on (re)connecting: rows committed while the
 * listener was away are the relay's next pass. Meanwhile the relay's polling carries on, so nothing waits on it.
 */
export class OutboxListener extends ChannelListener {
  constructor(connectionString: string, wake: () => void, onError: (error: Error) => void, retryMs = 1000) {
    super(connectionString, OUTBOX_CHANNEL, { notified: wake, listening: wake, error: onError }, retryMs);
  }
}
