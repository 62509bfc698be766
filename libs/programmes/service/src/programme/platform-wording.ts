import { catalogueText, LOCALES } from '@m4pris/platform-i18n';
import type { ProgrammePolicy, SupportContact } from '@m4pris/programmes-contracts';

/**
 * The policy's texts a participant reads (the limits of confidentiality, the support contact's name
 * and how to reach it). A policy stores the programme's own text, or nothing: then every reader gets
 * the platform's wording (programmes catalogue) in their own language, and a change of that wording
 * reaches every programme that keeps it. One rule for each of them, read and stored.
 */
const WORDING = {
  confidentialityText: 'policy.confidentialityText',
  name: 'policy.supportContact.name',
  howToReach: 'policy.supportContact.howToReach',
} as const;
type Worded = keyof typeof WORDING;

/** What a reader sees: the programme's own text as written, else the platform's wording in the reader's language. */
function forReader(text: string | undefined, key: Worded, locale: string): string {
  return text?.trim() ? text : catalogueText(locale, WORDING[key])!;
}

/** What is stored: empty for the platform's wording (left empty, or sent back as read, in any language). */
function forStorage(text: string | undefined, key: Worded): string {
  const t = text?.trim() ?? '';
  return !t || LOCALES.some((l) => catalogueText(l, WORDING[key]) === t) ? '' : text!;
}

/** The confidentiality text a reader of the duo sees. */
export function confidentialityTextFor(policy: Pick<ProgrammePolicy, 'confidentialityText'>, locale: string): string {
  return forReader(policy.confidentialityText, 'confidentialityText', locale);
}

/** The support contact a reader sees (name, how to reach). */
export function supportContactFor(contact: Pick<SupportContact, 'name' | 'howToReach'>, locale: string): { name: string; howToReach: string } {
  return { name: forReader(contact.name, 'name', locale), howToReach: forReader(contact.howToReach, 'howToReach', locale) };
}

/** A stored policy as a reader gets it: the texts they see, and whether the confidentiality text is the platform's wording. */
export function policyForReader(policy: ProgrammePolicy, locale: string): ProgrammePolicy {
  return {
    ...policy,
    confidentialityText: confidentialityTextFor(policy, locale),
    confidentialityTextIsPlatformWording: !policy.confidentialityText?.trim(),
    supportContact: { ...policy.supportContact, ...supportContactFor(policy.supportContact, locale) },
  };
}

/**
 * A policy as it is stored: each platform wording (left empty, sent back as read in any language, or
 * for the confidentiality text asked for with the flag) is stored as empty, so it keeps following the
 * platform; the flag is not stored.
 */
export function policyForStorage(policy: ProgrammePolicy): ProgrammePolicy {
  const { confidentialityTextIsPlatformWording: platform, ...rest } = policy;
  const contact = rest.supportContact;
  return {
    ...rest,
    confidentialityText: platform === true ? '' : forStorage(rest.confidentialityText, 'confidentialityText'),
    supportContact: contact && { ...contact, name: forStorage(contact.name, 'name'), howToReach: forStorage(contact.howToReach, 'howToReach') },
  } as ProgrammePolicy;
}
