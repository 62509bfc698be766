import { Migration } from '@mikro-orm/migrations';

/**
 * Policies stored with the platform's English default for the limits of confidentiality now store
 * nothing: an empty text means the platform's wording, which each reader gets in their own language
 * (libs/programmes/service/src/programme/confidentiality.ts). A programme's own text stays as it is.
 * Down writes the English default back (before this, a policy could not store an empty text).
 */
// Dollar-quoted: the text has an apostrophe.
const ENGLISH_DEFAULT =
  "$default$What you discuss stays between the two of you. Exceptions: a risk to someone's safety, a criminal offence, or a serious breach of security must be reported through the proper channel.$default$";

export class Migration20261203041223_confidentiality_platform_wording extends Migration {

  override name = 'Migration20261203041223_confidentiality_platform_wording';

  override up(): void | Promise<void> {
    this.addSql(`update "programmes"."policy_version" set "policy" = jsonb_set("policy", '{confidentialityText}', '""'::jsonb) where "policy"->>'confidentialityText' = ${ENGLISH_DEFAULT};`);
  }

  override down(): void | Promise<void> {
    this.addSql(`update "programmes"."policy_version" set "policy" = jsonb_set("policy", '{confidentialityText}', to_jsonb(${ENGLISH_DEFAULT}::text)) where coalesce(btrim("policy"->>'confidentialityText'), '') = '';`);
  }

}
