import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Paginated, Person } from '@m4pris/platform-graphql';

@ObjectType({ description: 'A published, versioned consent text in one locale.' })
export class ConsentText {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field({ description: 'What the consent is for, e.g. programme.participation.' }) purpose: string;
  @Field(() => Int) version: number;
  @Field() locale: string;
  @Field() text: string;
  @Field({ description: 'ISO 8601 timestamp.' }) publishedAt: string;
}

@ObjectType({ description: "The caller's answer to one consent text." })
export class ConsentRecord {
  @Field(() => ID) id: string;
  @Field(() => ID) consentTextId: string;
  @Field() purpose: string;
  @Field(() => Int) version: number;
  @Field() granted: boolean;
  @Field({ description: 'ISO 8601 timestamp.' }) recordedAt: string;
}

@InputType()
export class PublishConsentTextInput {
  @Field(() => ID, { nullable: true, description: "Required for the platform admin; defaults to the caller's tenant otherwise." }) tenantId?: string;
  @Field({ description: 'Lowercase letters, digits, dots or dashes, e.g. programme.participation.' }) purpose: string;
  @Field({ description: 'One of en, da, pt, ro, el.' }) locale: string;
  @Field({ nullable: true, description: "Left out: the platform's own template for the purpose in this locale (shipped for programme.participation in every language)." }) text?: string;
}

@InputType()
export class RecordConsentInput {
  @Field(() => ID) consentTextId: string;
  @Field() granted: boolean;
}

@ObjectType()
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) tenantId: string | null;
  @Field(() => ID, { nullable: true, description: 'Account that acted; null for the system.' }) actorId: string | null;
  @Field() action: string;
  @Field() entityType: string;
  @Field(() => ID, { nullable: true }) entityId: string | null;
  @Field({ description: "Where it happened: identity, or the module whose personal data was read (action `<module>.<what>`, entityType `personalData`)." }) module: string;
  @Field(() => [Person], { description: 'The people whose personal data was read, by name; empty for other entries and for pseudonymous reads (the research export).' }) subjects: Person[];
  @Field(() => Int, { nullable: true, description: 'How many people (or pseudonymous records) a read covered; null for other entries.' }) subjectCount: number | null;
  @Field() traceId: string;
  @Field({ description: 'ISO 8601 timestamp.' }) at: string;
}

export const AuditEntryPage = Paginated(AuditEntry, 'AuditEntryPage');

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true }) tenantId?: string;
  @Field({ nullable: true }) entityType?: string;
  @Field(() => ID, { nullable: true }) entityId?: string;
  @Field(() => ID, { nullable: true }) actorId?: string;
  @Field({ nullable: true, description: 'Only the entries of this module (identity, programmes, matching, training, evaluation, notifications).' }) module?: string;
}
