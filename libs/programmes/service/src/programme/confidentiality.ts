import { catalogueText, LOCALES } from '@m4pris/platform-i18n';
import type { ProgrammePolicy } from '@m4pris/programmes-contracts';

/**
 * The limits of confidentiality. A policy stores the programme's own text, or nothing: then both
 * sides read the platform's wording (programmes catalogue, `policy.confidentialityText`) in their
 * own language, and a change of that wording reaches every programme that keeps it.
 */
const KEY = 'policy.confidentialityText';

/** The platform's wording in `locale` (English when the platform has no such language). */
export function platformConfidentialityText(locale: string): string {
  return catalogueText(locale, KEY)!;
}

/** The text a reader sees: the programme's own as written, else the platform's in the reader's language. */
export function confidentialityTextFor(policy: Pick<ProgrammePolicy, 'confidentialityText'>, locale: string): string {
  return policy.confidentialityText?.trim() ? policy.confidentialityText : platformConfidentialityText(locale);
}

/** A stored policy as a reader gets it: the text they see, and whether it is the platform's wording. */
export function policyForReader(policy: ProgrammePolicy, locale: string): ProgrammePolicy {
  const own = Boolean(policy.confidentialityText?.trim());
  return { ...policy, confidentialityText: confidentialityTextFor(policy, locale), confidentialityTextIsPlatformWording: !own };
}

/**
 * A policy as it is stored: the platform's wording (asked for with the flag, left empty, or sent back
 * as read, in any language) is stored as empty, so it keeps following the platform; the flag is not
 * stored.
 */
export function policyForStorage(policy: ProgrammePolicy): ProgrammePolicy {
  const { confidentialityTextIsPlatformWording: platform, ...rest } = policy;
  const text = rest.confidentialityText?.trim() ?? '';
  const isPlatform = platform === true || !text || LOCALES.some((l) => platformConfidentialityText(l) === text);
  return { ...rest, confidentialityText: isPlatform ? '' : rest.confidentialityText } as ProgrammePolicy;
}
