import { request } from 'node:https';
import { INTAKE_PATH } from '../format/names';

// How a package reaches the ministry: one POST of the encrypted file, answered by a signed receipt.
// The HTTPS transport trusts only the certificate pinned in the settings (node's `ca` option
// replaces the system's roots), checks the host name against it, and bounds the answer's size.

export interface DeliveryRequest {
  fileName: string;
  bytes: Buffer;
  sha256: string;
  institution: string;
  sequence: number;
}

export interface DeliveryResponse {
  status: number;
  body: Buffer;
}

export interface Transport {
  send(req: DeliveryRequest): Promise<DeliveryResponse>;
}

/** A receipt is a few hundred bytes; anything much larger is not one. */
export const MAX_ANSWER_BYTES = 64 * 1024;

/** The headers an upload carries (the intake reads the claimed file name from them). */
export function uploadHeaders(req: DeliveryRequest): Record<string, string> {
  return {
    'content-type': 'application/octet-stream',
    'content-length': String(req.bytes.length),
    'x-qaygi-file-name': req.fileName,
    'x-qaygi-sha256': req.sha256,
  };
}

export function intakeUrl(base: string): URL {
  return new URL(INTAKE_PATH, base.endsWith('/') ? base : `${base}/`);
}

export function httpsTransport(endpoint: { url: string; caPem: string }, timeoutMs = 60_000): Transport {
  return {
    send: (req) =>
      new Promise<DeliveryResponse>((resolve, reject) => {
        const url = intakeUrl(endpoint.url);
        if (url.protocol !== 'https:') {
          reject(new Error('the ministry address must be https'));
          return;
        }
        const r = request(url, { method: 'POST', headers: uploadHeaders(req), ca: endpoint.caPem, rejectUnauthorized: true, timeout: timeoutMs }, (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_ANSWER_BYTES) {
              res.destroy(new Error('the answer is too large'));
              return;
            }
            chunks.push(c);
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        });
        r.on('timeout', () => r.destroy(new Error('timed out')));
        r.on('error', reject);
        r.end(req.bytes);
      }),
  };
}
