// What the read log shows (core/reads/reads.ts). Isomorphic.
export interface RecordReadView {
  at: string;
  username: string;
  role: string;
  via: string;
}
