// BagIt 1.0 (RFC 8493) as Qayğı writes it: UTF-8 tag files without a BOM, LF line ends, manifest
// lines "<sha256 hex><two spaces><path>" (so `sha256sum -c` reads them too), sorted by path.

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

export interface ManifestEntry {
  path: string;
  sha256: string;
}

const byPath = (a: ManifestEntry, b: ManifestEntry) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path));

export function buildManifest(entries: ManifestEntry[]): string {
  return [...entries]
    .sort(byPath)
    .map((e) => `${e.sha256}  ${e.path}\n`)
    .join('');
}

/** Reads a manifest strictly; null when a line is not "<64 hex>  <path>" or a path repeats. */
export function parseManifest(text: string): ManifestEntry[] | null {
  if (text === '' || !text.endsWith('\n')) return null;
  const out: ManifestEntry[] = [];
  const seen = new Set<string>();
  for (const line of text.slice(0, -1).split('\n')) {
    const m = /^([0-9a-f]{64}) {2}([^\s].*)$/.exec(line);
    if (!m || /[\r%]/.test(m[2]!) || seen.has(m[2]!)) return null;
    seen.add(m[2]!);
    out.push({ sha256: m[1]!, path: m[2]! });
  }
  return out;
}

/** bag-info.txt from ordered label/value pairs; values are single lines. */
export function buildBagInfo(fields: Array<[string, string]>): string {
  return fields
    .map(([k, v]) => {
      if (/[\r\n]/.test(v)) throw new Error(`bag-info value for ${k} spans lines`);
      return `${k}: ${v}\n`;
    })
    .join('');
}

/** Reads bag-info.txt strictly: one "Label: value" per line, no continuation lines, labels unique. */
export function parseBagInfo(text: string): Map<string, string> | null {
  if (text === '' || !text.endsWith('\n')) return null;
  const out = new Map<string, string>();
  for (const line of text.slice(0, -1).split('\n')) {
    const m = /^([A-Za-z][A-Za-z0-9-]*): (\S.*)$/.exec(line);
    if (!m || out.has(m[1]!) || /\r/.test(line)) return null;
    out.set(m[1]!, m[2]!);
  }
  return out;
}

/** Payload-Oxum: "<total octets>.<number of files>" of the payload (data/). */
export function payloadOxum(files: Array<{ bytes: number }>): string {
  return `${files.reduce((n, f) => n + f.bytes, 0)}.${files.length}`;
}
