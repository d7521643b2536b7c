import type { DeliverySettingsDto, QueueItemDto } from '@core/packages/delivery/schema';
import type { ExportJobDto } from '@core/packages/host-schema';

// When the packages screens look again on their own. Pure.

/** The export runs in the host's worker: its state is asked for this often until it ends. */
export const EXPORT_POLL_MS = 300;
/** While a package waits for its upload, the screen looks again this often (the host sends it). */
export const QUEUE_POLL_MS = 5_000;

/** react-query's refetchInterval for an export job: on while it runs, off once done or failed (or unreadable). */
export function exportPollInterval(job: ExportJobDto | undefined, failedToRead: boolean): number | false {
  if (failedToRead) return false;
  if (job && (job.phase === 'done' || job.phase === 'failed')) return false;
  return EXPORT_POLL_MS;
}

/** Something waits for an upload the host will try: the queue and the packages' states change by themselves. */
export function uploadWaiting(delivery: DeliverySettingsDto | undefined, queue: QueueItemDto[] | undefined): boolean {
  return !!delivery?.url && !!queue?.some((q) => q.state === 'pending');
}
