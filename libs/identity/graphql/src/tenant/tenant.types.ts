import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@m4pris/platform-graphql';

@ObjectType()
export class Tenant {
  @Field(() => ID) id: string;
  @Field({ description: 'Short unique code (lowercase letters, digits, dashes).' }) code: string;
  @Field() name: string;
  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. DK.' }) country: string;
  @Field({ description: 'Default locale of the tenant (en, da, pt, ro, el).' }) defaultLocale: string;
  @Field(() => [String], { description: 'Modules switched on: identity and notifications always, and any of programmes, matching, training, evaluation.' }) enabledModules: string[];
  @Field(() => String, { nullable: true, description: 'Data-protection contact: told of every role granted in the tenant.' }) dataProtectionContactEmail: string | null;
  @Field({ description: 'ISO 8601 timestamp.' }) createdAt: string;
}

export const TenantPage = Paginated(Tenant, 'TenantPage');

@InputType({ description: "The tenant's first administrator: invited (the link goes to their mailbox, in the tenant's default language) and made tenant administrator." })
export class FirstAdministratorInput {
  @Field() email: string;
}

@InputType()
export class CreateTenantInput {
  @Field({ description: '2-40 lowercase letters, digits or dashes.' }) code: string;
  @Field() name: string;
  @Field({ description: 'ISO 3166-1 alpha-2 code such as DK.' }) country: string;
  @Field({ description: 'One of en, da, pt, ro, el.' }) defaultLocale: string;
  @Field(() => [String], { description: 'Modules the tenant runs (programmes, matching, training, evaluation; identity and notifications are always on). A call into another module answers MODULE_DISABLED.' }) enabledModules: string[];
  @Field(() => String, { nullable: true, description: 'Data-protection contact told of every role grant.' }) dataProtectionContactEmail?: string | null;
  @Field(() => FirstAdministratorInput, { nullable: true, description: 'Given: the tenant, the invitation and the tenant administrator role are written together or not at all.' })
  firstAdministrator?: FirstAdministratorInput | null;
}

@InputType({ description: 'Fields left out are not changed.' })
export class UpdateTenantInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) defaultLocale?: string;
  @Field(() => [String], { nullable: true, description: 'The platform admin only (identity.MODULES_PLATFORM_ADMIN_ONLY for anyone else).' }) enabledModules?: string[];
  @Field(() => String, { nullable: true, description: 'Data-protection contact told of every role grant; null clears it.' }) dataProtectionContactEmail?: string | null;
}
