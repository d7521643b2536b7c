import { resolve } from 'node:path';

// The renderer reaches the core through one alias, `@core/…` → src-main/core/… (tsconfig.web.json's
// `paths` say the same to the type checker). Used by the renderer build and by vitest (tests of
// renderer modules); main and preload keep relative imports. Paths from the checkout's root.
// Plain JavaScript, so that vitest's config can import it by its full name.
export const coreAlias = [{ find: /^@core\//, replacement: `${resolve('src-main/core')}/` }];
