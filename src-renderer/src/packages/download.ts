import { request } from '../data/call';

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

/** Saves a package file: the path where it went (app), '' for a browser download; a refusal throws. */
export async function savePackage(id: string, saveDialog: boolean): Promise<string> {
  if (saveDialog) return (await request('packages.saveAs', { id })).path ?? '';
  const file = await request('packages.file', { id });
  downloadBlob(new Blob([bytesOf(file.base64)], { type: 'application/octet-stream' }), file.fileName);
  return '';
}

/** Downloads the trust file the ministry checks the institution's signatures with. */
export async function saveTrustFile(): Promise<void> {
  const file = await request('packages.trustFile', {});
  downloadText(file.text, file.fileName);
}

/** Saves a file a core call wrote (an XLSX export): a download in the browser and in the app's window. */
export function downloadFile(file: { fileName: string; mime: string; base64: string }): void {
  downloadBlob(new Blob([bytesOf(file.base64)], { type: file.mime }), file.fileName);
}
