import { Migration } from '@mikro-orm/migrations';

/**
 * Policies stored with the platform's English default for the limits of confidentiality now store
 * nothing: an empty text means the platform's wording, which each reader gets in their own language
 * (libs/programmes/service/src/programme/platform-wording.ts). A programme's own text stays as it is.
 * The same for the support contact's English defaults (name 'Occupational health', how to reach:
 * 'Ask the programme coordinator …'): empty now means the platform's wording in the reader's language.
 * Down writes the English defaults back (before this, a policy could not store an empty text).
 */
// Dollar-quoted: the text has an apostrophe.
const ENGLISH_DEFAULT =
  "$default$What you discuss stays between the two of you. Exceptions: a risk to someone's safety, a criminal offence, or a serious breach of security must be reported through the proper channel.$default$";

const CONTACT_DEFAULTS = {
  name: "$default$Occupational health$default$",
  howToReach: "$default$Ask the programme coordinator for the current contact details.$default$",
};

export class Migration20261203041223_confidentiality_platform_wording extends Migration {

  override name = 'Migration20261203041223_confidentiality_platform_wording';

  override up(): void | Promise<void> {
    this.addSql(`update "programmes"."policy_version" set "policy" = jsonb_set("policy", '{confidentialityText}', '""'::jsonb) where "policy"->>'confidentialityText' = ${ENGLISH_DEFAULT};`);
    for (const [field, english] of Object.entries(CONTACT_DEFAULTS)) {
      this.addSql(`update "programmes"."policy_version" set "policy" = jsonb_set("policy", '{supportContact,${field}}', '""'::jsonb) where "policy"->'supportContact'->>'${field}' = ${english};`);
    }
  }

  override down(): void | Promise<void> {
    for (const [field, english] of Object.entries(CONTACT_DEFAULTS)) {
      this.addSql(`update "programmes"."policy_version" set "policy" = jsonb_set("policy", '{supportContact,${field}}', to_jsonb(${english}::text)) where "policy"->'supportContact' is not null and coalesce(btrim("policy"->'supportContact'->>'${field}'), '') = '';`);
    }
    this.addSql(`update "programmes"."policy_version" set "policy" = jsonb_set("policy", '{confidentialityText}', to_jsonb(${ENGLISH_DEFAULT}::text)) where coalesce(btrim("policy"->>'confidentialityText'), '') = '';`);
  }

}
