/**
 * The catalogues, one file per language per module (`<module>/<locale>.ts`): small enough to review
 * one at a time (docs/translations.md). English is the reference; every other file must have every
 * English key (catalogues.spec.ts).
 */
import { messages as common_en } from './common/en.js';
import { messages as common_da } from './common/da.js';
import { messages as common_pt } from './common/pt.js';
import { messages as common_ro } from './common/ro.js';
import { messages as common_el } from './common/el.js';
import { messages as identity_en } from './identity/en.js';
import { messages as identity_da } from './identity/da.js';
import { messages as identity_pt } from './identity/pt.js';
import { messages as identity_ro } from './identity/ro.js';
import { messages as identity_el } from './identity/el.js';
import { messages as programmes_en } from './programmes/en.js';
import { messages as programmes_da } from './programmes/da.js';
import { messages as programmes_pt } from './programmes/pt.js';
import { messages as programmes_ro } from './programmes/ro.js';
import { messages as programmes_el } from './programmes/el.js';
import { messages as matching_en } from './matching/en.js';
import { messages as matching_da } from './matching/da.js';
import { messages as matching_pt } from './matching/pt.js';
import { messages as matching_ro } from './matching/ro.js';
import { messages as matching_el } from './matching/el.js';
import { messages as training_en } from './training/en.js';
import { messages as training_da } from './training/da.js';
import { messages as training_pt } from './training/pt.js';
import { messages as training_ro } from './training/ro.js';
import { messages as training_el } from './training/el.js';
import { messages as evaluation_en } from './evaluation/en.js';
import { messages as evaluation_da } from './evaluation/da.js';
import { messages as evaluation_pt } from './evaluation/pt.js';
import { messages as evaluation_ro } from './evaluation/ro.js';
import { messages as evaluation_el } from './evaluation/el.js';
import { messages as notifications_en } from './notifications/en.js';
import { messages as notifications_da } from './notifications/da.js';
import { messages as notifications_pt } from './notifications/pt.js';
import { messages as notifications_ro } from './notifications/ro.js';
import { messages as notifications_el } from './notifications/el.js';

export type Catalogue = Record<string, string>;
export const LOCALES = ['en', 'da', 'pt', 'ro', 'el'] as const;
export type Locale = (typeof LOCALES)[number];
/** `common` holds the platform's own messages (errors.common.*, validator reasons); each module its own. */
export const CATALOGUE_MODULES = ['common', 'identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications'] as const;
export type CatalogueModule = (typeof CATALOGUE_MODULES)[number];

export const CATALOGUES_BY_MODULE: Record<CatalogueModule, Record<Locale, Catalogue>> = {
  common: { en: common_en, da: common_da, pt: common_pt, ro: common_ro, el: common_el },
  identity: { en: identity_en, da: identity_da, pt: identity_pt, ro: identity_ro, el: identity_el },
  programmes: { en: programmes_en, da: programmes_da, pt: programmes_pt, ro: programmes_ro, el: programmes_el },
  matching: { en: matching_en, da: matching_da, pt: matching_pt, ro: matching_ro, el: matching_el },
  training: { en: training_en, da: training_da, pt: training_pt, ro: training_ro, el: training_el },
  evaluation: { en: evaluation_en, da: evaluation_da, pt: evaluation_pt, ro: evaluation_ro, el: evaluation_el },
  notifications: { en: notifications_en, da: notifications_da, pt: notifications_pt, ro: notifications_ro, el: notifications_el },
};
