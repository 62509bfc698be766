import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@m4pris/platform-graphql';
import type { InstitutionKind } from '@m4pris/identity-contracts';
import { InstitutionKindEnum } from '../identity.enums.js';

@ObjectType({ description: 'A prison or other institution of a tenant.' })
export class Institution {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field() name: string;
  @Field(() => InstitutionKindEnum) kind: InstitutionKind;
  @Field() region: string;
  @Field({ description: 'ISO 8601 timestamp.' }) createdAt: string;
}

export const InstitutionPage = Paginated(Institution, 'InstitutionPage');

@ObjectType({ description: 'A unit (wing, section) of an institution.' })
export class Unit {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field(() => ID) institutionId: string;
  @Field() name: string;
}

@ObjectType({ description: 'One shift of a rota cycle.' })
export class Shift {
  @Field(() => Int, { description: 'Day within the cycle, 0-based.' }) day: number;
  @Field({ description: 'Local start time, HH:MM (24-hour).' }) start: string;
  @Field(() => Float) hours: number;
}

@ObjectType()
export class ShiftPattern {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field() name: string;
  @Field(() => Int, { description: 'Length of the rota cycle in days (7 for a weekly rota, 8 for 4-on-4-off).' }) cycleDays: number;
  @Field(() => [Shift]) shifts: Shift[];
}

@InputType()
export class InstitutionFilter {
  @Field(() => ID, { nullable: true, description: 'Platform admin only; others see their own tenant.' }) tenantId?: string;
  @Field(() => InstitutionKindEnum, { nullable: true }) kind?: InstitutionKind;
  @Field({ nullable: true }) region?: string;
  @Field({ nullable: true, description: 'Matches the name.' }) search?: string;
}

@InputType()
export class CreateInstitutionInput {
  @Field(() => ID, { nullable: true, description: "Required for the platform admin; defaults to the caller's tenant otherwise." }) tenantId?: string;
  @Field() name: string;
  @Field(() => InstitutionKindEnum) kind: InstitutionKind;
  @Field() region: string;
}

@InputType({ description: 'Fields left out are not changed.' })
export class UpdateInstitutionInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) name?: string;
  @Field(() => InstitutionKindEnum, { nullable: true }) kind?: InstitutionKind;
  @Field({ nullable: true }) region?: string;
}

@InputType()
export class CreateUnitInput {
  @Field(() => ID) institutionId: string;
  @Field() name: string;
}

@InputType({ description: 'One shift of a rota cycle: on day `day` (0-based) from `start` (local HH:MM) for `hours`.' })
export class ShiftInput {
  @Field(() => Int) day: number;
  @Field() start: string;
  @Field(() => Float) hours: number;
}

@InputType()
export class CreateShiftPatternInput {
  @Field(() => ID, { nullable: true, description: "Required for the platform admin; defaults to the caller's tenant otherwise." }) tenantId?: string;
  @Field() name: string;
  @Field(() => Int, { description: 'Length of the rota cycle in days (1-56).' }) cycleDays: number;
  @Field(() => [ShiftInput]) shifts: ShiftInput[];
}

@InputType({ description: 'A new name for a unit.' })
export class UpdateUnitInput {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@InputType({ description: 'A new name and rota for a shift pattern, validated as on create. Staff on the pattern keep it.' })
export class UpdateShiftPatternInput {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int, { description: 'Length of the rota cycle in days (1-56).' }) cycleDays: number;
  @Field(() => [ShiftInput]) shifts: ShiftInput[];
}
