// The renderer's Content-Security-Policy: only its own scripts and styles, no eval, no remote
// anything. Mantine injects <style> elements, hence style-src 'unsafe-inline' (styles only).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
