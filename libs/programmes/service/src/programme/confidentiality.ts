import { catalogueText, LOCALES } from '@m4pris/platform-i18n';
import type { ProgrammePolicy, SupportContact } from '@m4pris/programmes-contracts';

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

/**
 * The support contact's name and how to reach it: a programme's own as written; left empty (the
 * default), the platform's wording in the reader's language (`policy.supportContact.*`).
 */
const CONTACT_KEYS = { name: 'policy.supportContact.name', howToReach: 'policy.supportContact.howToReach' } as const;

export function supportContactFor(contact: Pick<SupportContact, 'name' | 'howToReach'>, locale: string): { name: string; howToReach: string } {
  const text = (field: keyof typeof CONTACT_KEYS) => (contact[field]?.trim() ? contact[field] : catalogueText(locale, CONTACT_KEYS[field])!);
  return { name: text('name'), howToReach: text('howToReach') };
}

/** The platform's wording of a support-contact field in any language is stored as empty (it follows the platform). */
function contactForStorage(contact: SupportContact): SupportContact {
  const keep = (field: keyof typeof CONTACT_KEYS) => {
    const text = contact[field]?.trim() ?? '';
    return !text || LOCALES.some((l) => catalogueText(l, CONTACT_KEYS[field]) === text) ? '' : contact[field];
  };
  return { ...contact, name: keep('name'), howToReach: keep('howToReach') };
}

/** A stored policy as a reader gets it: the text they see, and whether it is the platform's wording. */
export function policyForReader(policy: ProgrammePolicy, locale: string): ProgrammePolicy {
  const own = Boolean(policy.confidentialityText?.trim());
  const supportContact = { ...policy.supportContact, ...supportContactFor(policy.supportContact, locale) };
  return { ...policy, confidentialityText: confidentialityTextFor(policy, locale), confidentialityTextIsPlatformWording: !own, supportContact };
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
  const supportContact = rest.supportContact ? contactForStorage(rest.supportContact) : rest.supportContact;
  return { ...rest, confidentialityText: isPlatform ? '' : rest.confidentialityText, supportContact } as ProgrammePolicy;
}
