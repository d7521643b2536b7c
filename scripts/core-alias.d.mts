/** `@core/…` → src-main/core/… (see core-alias.mjs). */
export const coreAlias: Array<{ find: RegExp; replacement: string }>;
