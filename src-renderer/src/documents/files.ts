import { LIMITS } from '@core/documents/schema';
import { CallFailure } from '../data/callError';

// A chosen file in the window: its bytes as base64 for the contract, an image's thumbnail drawn
// once on a canvas (Chromium decodes the image; the core has no image library), and the bytes
// back as a Blob for the viewer.

/** The file's bytes as base64; a file the window cannot read is refused like a call would be. */
export async function fileToBase64(file: File): Promise<string> {
  if (file.size > LIMITS.fileBytes) {
    throw new CallFailure({ code: 'invalid', message: 'documents.errors.tooLarge', params: { max: LIMITS.fileBytes / 1024 / 1024 } });
  }
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.onerror = () => reject(r.error);
      r.readAsDataURL(file);
    });
    return url.slice(url.indexOf(',') + 1);
  } catch {
    throw new CallFailure({ code: 'invalid', message: 'documents.errors.unreadable' });
  }
}

/** A JPEG at most LIMITS.thumbnailSide on its longer side, as base64; null when the file is no image Chromium can decode. */
export async function thumbnailOf(file: File): Promise<string | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null; // not an image: the core says so from the bytes
  }
  const scale = Math.min(1, LIMITS.thumbnailSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const g = canvas.getContext('2d');
  if (!g) return null;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob) return null;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function blobOf(base64: string, mime: string): Blob {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return new Blob([out], { type: mime });
}
