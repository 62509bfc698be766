/**
 * The evaluation service's own variables. It has none yet: minimum cell sizes are fixed by
 * DOMAIN.md (k ≥ 5, ≥ 10 for free text and reliable-change proportions), not configurable.
 */
export class EvaluationSettings {}
