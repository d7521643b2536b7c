import type { Locale } from '../i18n/locales';

// The life-story book's route, shared by the renderer and the CLI (`qaygi print life-story`). Isomorphic.
export const lifeStoryPrintPath = (residentId: string, lang: Locale) => `/print/life-story/${encodeURIComponent(residentId)}/${lang}`;
