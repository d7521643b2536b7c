import type { Ctx } from '../../context';
import type { DeliveryReportDto } from './schema';
import { deliverPending } from './queue';
import { deliveryEndpoint, type DeliveryEndpoint } from './settings';
import { httpsTransport, type Transport } from './transport';
import { supportLog } from '../../log/log';

// The hosts' background upload: while the app is open, every interval (and once right after an
// export) the packages that are due go to the ministry's address. Runs one at a time; a network
// or any other error is logged and the next run tries again: it never brings the host down.

export const DELIVERY_INTERVAL_MS = 60_000;

export interface DeliveryLoopOptions {
  /** The context each run works in (the host's database and clock, a system actor). */
  ctx: () => Ctx;
  /** How often the queue is looked at; default one minute. */
  intervalMs?: number;
  /** The transport for the configured address; default the pinned-certificate HTTPS one. */
  transportFor?: (endpoint: DeliveryEndpoint) => Transport;
  /** Where a failed run is reported; default the console. */
  onError?: (e: unknown) => void;
}

export interface DeliveryLoop {
  /** Runs now (after a run in progress); null when no address is configured or the loop stopped. */
  kick(): Promise<DeliveryReportDto | null>;
  stop(): void;
}

/** The actor background uploads are audited as. */
export function deliveryActor(via: 'app' | 'web'): Ctx['actor'] {
  return { userId: null, username: `system-delivery-${via}`, role: 'director', via };
}

export function startDeliveryLoop(opts: DeliveryLoopOptions): DeliveryLoop {
  const transportFor = opts.transportFor ?? ((e: DeliveryEndpoint) => httpsTransport(e));
  const onError = opts.onError ?? ((e: unknown) => supportLog.error('packages.delivery', e));
  let stopped = false;
  let current: Promise<DeliveryReportDto | null> | null = null;
  let next: Promise<DeliveryReportDto | null> | null = null;

  const runOnce = async (): Promise<DeliveryReportDto | null> => {
    if (stopped) return null;
    try {
      const ctx = opts.ctx();
      const endpoint = await deliveryEndpoint(ctx.db);
      if (!endpoint) return null;
      return await deliverPending(ctx, transportFor(endpoint));
    } catch (e) {
      onError(e);
      return null;
    }
  };

  const start = (): Promise<DeliveryReportDto | null> => {
    current = runOnce().finally(() => {
      current = null;
    });
    return current;
  };

  // A kick during a run waits for it and runs once more (an export may have queued a package the
  // run already passed); kicks that come meanwhile share that one extra run.
  const kick = (): Promise<DeliveryReportDto | null> => {
    if (!current) return start();
    next ??= current.then(() => {
      next = null;
      return start();
    });
    return next;
  };

  const timer = setInterval(() => void kick(), opts.intervalMs ?? DELIVERY_INTERVAL_MS);
  timer.unref?.();
  return {
    kick,
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
