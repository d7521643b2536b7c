import { call, type CallFragment } from '../contract/define';
import { CommitInput, PreviewInput, UploadInput, type CommitDto, type PreviewDto } from './schema';

// The imports domain's calls. `imports.run` opens the door (director, admin); the service then
// asks the register's own write permission (residents.write, staff.write) for the kind imported.
export const importsCalls = {
  /** One chunk of the file (at most 1 MB), in order; answers the upload's id and the bytes received. */
  'imports.upload': call<{ uploadId: string; received: number; size: number }>()(UploadInput, 'imports.run'),
  /** The file read and every row checked: sheets, header, mapping, each row's errors by cell. Writes nothing. */
  'imports.preview': call<PreviewDto>()(PreviewInput, 'imports.run'),
  /** Every valid row written in one transaction; the mapping remembered for the next file of this shape. */
  'imports.commit': call<CommitDto>()(CommitInput, 'imports.run'),
} satisfies CallFragment;
