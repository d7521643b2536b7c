import { setNonce } from 'get-nonce';

// The nonce the host put into index.html for this load of the page (see core/app/csp.ts): every
// <style> element written at run time must carry it, or the Content-Security-Policy refuses it.
// Mantine asks for it (MantineProvider getStyleNonce); the scroll lock under its modals and
// menus (react-remove-scroll's style singleton) reads it from get-nonce.
let nonce: string | undefined;

export function styleNonce(): string {
  nonce ??= document.querySelector<HTMLMetaElement>('meta[name="qaygi-style-nonce"]')?.content ?? '';
  return nonce;
}

/** Before the first render: hands the nonce to the libraries that write <style> elements. */
export function initStyleNonce(): void {
  setNonce(styleNonce());
}
