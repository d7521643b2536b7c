import { describe, expect, it } from 'vitest';
import type { ExportJobDto } from '@core/packages/host-schema';
import type { DeliverySettingsDto, QueueItemDto } from '@core/packages/delivery/schema';
import { EXPORT_POLL_MS, exportPollInterval, uploadWaiting } from '../../src-renderer/src/packages/polling';
import { packageKeys } from '../../src-renderer/src/packages/queryKeys';

// When the packages screens look again by themselves, and their cache keys.

const job = (phase: ExportJobDto['phase']) => ({ jobId: 'j', period: '2026-Q3', phase, fraction: 0.5, startedAt: '', result: null, error: null }) as ExportJobDto;

describe('exportPollInterval', () => {
  it('polls while the job is on its way and stops once it is done or failed', () => {
    expect(exportPollInterval(undefined, false)).toBe(EXPORT_POLL_MS);
    expect(exportPollInterval(job('queued'), false)).toBe(EXPORT_POLL_MS);
    expect(exportPollInterval(job('done'), false)).toBe(false);
    expect(exportPollInterval(job('failed'), false)).toBe(false);
  });

  it('stops when the state could not be read', () => {
    expect(exportPollInterval(job('queued'), true)).toBe(false);
  });
});

describe('uploadWaiting', () => {
  const configured = { url: 'https://intake.example' } as DeliverySettingsDto;
  const item = (state: QueueItemDto['state']) => ({ sequence: 1, state }) as QueueItemDto;
  it('is on only while an address is set and a package waits', () => {
    expect(uploadWaiting(configured, [item('pending')])).toBe(true);
    expect(uploadWaiting(configured, [item('sent'), item('failed')])).toBe(false);
    expect(uploadWaiting({ url: null } as unknown as DeliverySettingsDto, [item('pending')])).toBe(false);
    expect(uploadWaiting(undefined, undefined)).toBe(false);
  });
});

describe('packageKeys', () => {
  it('keeps every key of the domain under its prefix', () => {
    expect(packageKeys.queue()).toEqual(['packages', 'queue', {}]);
    expect(packageKeys.exportStatus('j')).toEqual(['packages', 'exportStatus', { jobId: 'j' }]);
    for (const k of [packageKeys.list(), packageKeys.keysStatus(), packageKeys.hostInfo(), packageKeys.deliverySettings(), packageKeys.closedPeriods()]) {
      expect(k[0]).toBe(packageKeys.all[0]);
    }
  });
});
