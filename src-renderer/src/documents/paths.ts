import { lifeStoryPrintPath } from '@core/documents/print';

// The documents screens' addresses.
export const documentsPaths = {
  /** The life-story book of a child (A4), in the chosen language. */
  lifeStory: lifeStoryPrintPath,
};
