import type { HandlersOf } from '../contract/handler';
import type { importsCalls } from './calls';
import { commitImport, previewImport, uploadChunk } from './service';

export const importsHandlers: HandlersOf<typeof importsCalls> = {
  'imports.upload': async (ctx, i) => uploadChunk(ctx, i),
  'imports.preview': (ctx, i) => previewImport(ctx, i),
  'imports.commit': (ctx, i) => commitImport(ctx, i),
};
