import type { PlatformError } from '@m4pris/platform-core';
import { ProgrammesErrors, type ParticipantRole, type RelationshipState } from '@m4pris/programmes-contracts';

/** Who is acting on a duo: one of its two sides, or its coordinator (role null). */
export interface DuoActor {
  role: ParticipantRole | null;
  /** The actor (a side of the duo) has already left their closing reflection. */
  reflected: boolean;
}

/** The duo's state machine: the states each action leads to, from each state. */
const NEXT: Readonly<Record<RelationshipState, readonly RelationshipState[]>> = {
  active: ['paused', 'ended_early', 'closed'],
  paused: ['active', 'ended_early', 'closed'],
  ended_early: [],
  closed: [],
};

/**
 * Why this actor may not move the duo to `to` now, or null when they may. The one rule behind both
 * `Relationship.allowedTransitions` and the mutations' own checks (pause, resume, end early, close),
 * so what a client is offered is exactly what will be accepted. Whether the actor may act on the
 * duo at all (its sides and its coordinator) is decided before, by `Lookups.relationship`.
 */
export function duoTransitionRefusal(state: RelationshipState, actor: DuoActor, to: RelationshipState): PlatformError | null {
  if (!NEXT[state].includes(to)) {
    const expected = (Object.keys(NEXT) as RelationshipState[]).filter((from) => NEXT[from].includes(to));
    return ProgrammesErrors.RELATIONSHIP_NOT_ACTIVE({ field: 'relationshipId', params: { state, expected: expected.join(' or ') } });
  }
  // A side of the duo closes by leaving their reflection, once.
  if (to === 'closed' && actor.role !== null && actor.reflected) return ProgrammesErrors.ALREADY_ANSWERED({ field: 'reflection' });
  return null;
}

export function allowedDuoTransitions(state: RelationshipState, actor: DuoActor): RelationshipState[] {
  return NEXT[state].filter((to) => duoTransitionRefusal(state, actor, to) === null);
}

export function requireDuoTransition(state: RelationshipState, actor: DuoActor, to: RelationshipState): void {
  const refusal = duoTransitionRefusal(state, actor, to);
  if (refusal) throw refusal;
}
