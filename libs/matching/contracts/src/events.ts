import { ArrayUnique, IsArray, IsString, IsUUID } from 'class-validator';
import { defineEvent } from '@m4pris/platform-core';

/** A coordinator approved a proposed pair; the programmes module turns it into a relationship. */
export class MatchApprovedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() programmeId: string;
  @IsUUID() cohortId: string;
  @IsUUID() matchRunId: string;
  @IsUUID() proposalId: string;
  @IsUUID() mentorStaffId: string;
  @IsUUID() menteeStaffId: string;
  @IsUUID() mentorApplicationId: string;
  @IsUUID() menteeApplicationId: string;
  /** Rules that applied and were allowed but flagged, e.g. 'line_manager_chain'. */
  @IsArray() @ArrayUnique() @IsString({ each: true }) flags: string[];
}

export const MatchApproved = defineEvent('matching.v1.match.approved', MatchApprovedEvent);
