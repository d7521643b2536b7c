// The names and limits of the package format (docs/package-format.md). Isomorphic.

export const PACKAGE_FORMAT = 'qaygi-package/1';
export const TRUST_FORMAT = 'qaygi-trust/1';
export const ROTATION_FORMAT = 'qaygi-key-rotation/1';
export const STATE_FORMAT = 'qaygi-verifier-state/1';
export const RECEIPT_FORMAT = 'qaygi-receipt/1';
export const RECEIPT_KEY_FORMAT = 'qaygi-receipt-key/1';
export const PACKAGE_EXTENSION = '.qaygi';
/** The intake's path below the ministry's address: where a package is uploaded (§17). */
export const INTAKE_PATH = 'packages';

/** Institution codes as they appear in file and folder names: Latin letters, digits and hyphens. */
export const INSTITUTION_CODE = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
export const INSTITUTION_CODE_MAX = 32;

export function isInstitutionCode(s: string): boolean {
  return s.length <= INSTITUTION_CODE_MAX && INSTITUTION_CODE.test(s);
}

export const padSequence = (n: number) => String(n).padStart(4, '0');

/** The bag's folder inside the ZIP: `<institution>-<period>-<sequence>`. */
export const bagName = (institution: string, period: string, sequence: number) =>
  `${institution}-${period}-${padSequence(sequence)}`;

/** The package's file name: `<institution>_<period>_<sequence>.qaygi`. */
export const packageFileName = (institution: string, period: string, sequence: number) =>
  `${institution}_${period}_${padSequence(sequence)}${PACKAGE_EXTENSION}`;

const BAG_NAME = /^(.+)-(\d{4}-(?:Q[1-4]|0[1-9]|1[0-2]))-(\d{4,9})$/;

export function parseBagName(name: string): { institution: string; period: string; sequence: number } | null {
  const m = BAG_NAME.exec(name);
  if (!m || !isInstitutionCode(m[1]!)) return null;
  const sequence = Number(m[3]);
  if (sequence < 1 || padSequence(sequence) !== m[3]) return null;
  return { institution: m[1]!, period: m[2]!, sequence };
}

export const BAGIT_FILE = 'bagit.txt';
export const BAG_INFO_FILE = 'bag-info.txt';
export const MANIFEST_FILE = 'manifest-sha256.txt';
export const TAGMANIFEST_FILE = 'tagmanifest-sha256.txt';
export const DATAPACKAGE_FILE = 'datapackage.json';
export const SIGNATURE_FILE = 'signature.dsse.json';

/** The files the tag manifest lists, in its order. */
export const TAG_FILES = [BAGIT_FILE, BAG_INFO_FILE, MANIFEST_FILE, DATAPACKAGE_FILE] as const;
export const TOP_FILES: readonly string[] = [...TAG_FILES, TAGMANIFEST_FILE, SIGNATURE_FILE];
export const DATA_FILE = /^data\/[a-z][a-z0-9_]{0,62}\.csv$/;

/** Every name a bag may hold, relative to its folder. */
export function isAllowedBagPath(p: string): boolean {
  return TOP_FILES.includes(p) || DATA_FILE.test(p);
}

export interface VerifyCaps {
  /** The encrypted file. */
  maxPackageBytes: number;
  maxEntries: number;
  /** One data file, uncompressed. */
  maxDataFileBytes: number;
  /** One tag file (everything outside data/), uncompressed. */
  maxTagFileBytes: number;
  /** All files together, uncompressed. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed, for files of at least `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_CAPS: VerifyCaps = {
  maxPackageBytes: 64 * 1024 * 1024,
  maxEntries: 64,
  maxDataFileBytes: 64 * 1024 * 1024,
  maxTagFileBytes: 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 64 * 1024,
};
