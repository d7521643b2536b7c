import type { CallError } from '@core/contract/errors';
import { api } from '../api';

// Files for the director to keep: a download in the browser (the web harness), the native "save
// as" dialog in the app (the host copies the file; no bytes cross into the window).

function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type = 'application/json') {
  downloadBlob(new Blob([text], { type }), fileName);
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Saves a package file; the path where it went (app), '' for a browser download, or the error. */
export async function savePackage(id: string, saveDialog: boolean): Promise<{ path: string | null } | { error: CallError }> {
  if (saveDialog) {
    const r = await api().call('packages.saveAs', { id });
    return r.ok ? { path: r.value.path } : { error: r.error };
  }
  const r = await api().call('packages.file', { id });
  if (!r.ok) return { error: r.error };
  downloadBlob(new Blob([bytesOf(r.value.base64)], { type: 'application/octet-stream' }), r.value.fileName);
  return { path: '' };
}
