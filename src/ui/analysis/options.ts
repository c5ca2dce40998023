/** The engine options of the app's settings (the sidebar's and the early first analysis's). */
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from '../../engine/types';
import type { TactSettings } from '../../lib/settings';

export function engineOptions(s: TactSettings): EngineOptions {
  return {
    ...DEFAULT_ENGINE_OPTIONS,
    tagPrefix: s.tagPrefix,
    categories: s.categories,
    typeTagPrefix: s.tagComplaintType ? s.typeTagPrefix : null,
    languages: s.languages,
  };
}
