// The nonce the host put into index.html for this load of the page (see core/app/csp.ts): every
// <style> element Mantine writes must carry it, or the Content-Security-Policy refuses it.
let nonce: string | undefined;

export function styleNonce(): string {
  nonce ??= document.querySelector<HTMLMetaElement>('meta[name="qaygi-style-nonce"]')?.content ?? '';
  return nonce;
}
