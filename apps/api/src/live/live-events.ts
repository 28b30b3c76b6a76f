import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import { ChannelListener } from '@thidua/db';
import { EventEmitter } from 'node:events';
import { APP_CONFIG } from '../config.module';
import { EventStream } from './event-stream';

/** The channel of migration 1764217600000-live-events. */
const LIVE_CHANNEL = 'live_event';

/** A committed change, as the trigger notified it; `resync` follows a lost and regained connection. */
export type LiveEvent =
  | { type: 'ranking'; groupId: string; periodId: string; version: number; published: boolean }
  | { type: 'notification'; organizationId: string; id: string }
  | { type: 'submission'; organizationId: string; id: string; state: string }
  | { type: 'resync' };

/** What a subscription's stream carries: a value, or the error that ends it. */
export type Outcome<T> = { value: T } | { error: unknown };

/** A subscription's `resolve`: the value, or its error thrown so GraphQL reports it as over HTTP. */
export function settle<T>(outcome: Outcome<T>): T {
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

/**
 * This process's one LISTEN connection for live updates, fanned out to its subscriptions. Every API process
 * has its own, so an event written by any process (the worker's rankings too) reaches every subscriber.
 */
@Injectable()
export class LiveEvents implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('live');
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly listener: ChannelListener;
  private connected = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.listener = new ChannelListener(config.db.appUrl, LIVE_CHANNEL, {
      notified: (payload) => this.emit(payload),
      listening: () => {
        if (this.connected) this.emitter.emit('event', { type: 'resync' } satisfies LiveEvent);
        this.connected = true;
      },
      error: (e) => this.logger.warn(`live events: ${e.message}; listening again shortly`),
    });
  }

  onModuleInit() {
    return this.listener.start();
  }

  onModuleDestroy() {
    return this.listener.stop();
  }

  /**
   * The events `pick` turns into values (undefined skips one), until the subscriber leaves; a `pick` that
   * throws ends the stream with its error as the last outcome (see `settle`).
   */
  stream<T>(pick: (event: LiveEvent) => Promise<T | undefined> | T | undefined): EventStream<Outcome<T>> {
    const listener = (event: LiveEvent) =>
      void Promise.resolve()
        .then(() => pick(event))
        .then((value) => value !== undefined && stream.push({ value }))
        .catch((error: unknown) => stream.finish({ error }));
    const stream = new EventStream<Outcome<T>>(() => this.emitter.off('event', listener));
    this.emitter.on('event', listener);
    return stream;
  }

  private emit(payload: string) {
    try {
      this.emitter.emit('event', JSON.parse(payload) as LiveEvent);
    } catch {
      this.logger.warn('live events: a payload that is not JSON was ignored');
    }
  }
}
