import { evaluationStep } from './evaluation.js';
import type { DemoStep } from './step.js';

/**
 * Module steps, in the order they run for each tenant (after identity). A module adds its step
 * here; a step whose module the gateway does not serve is skipped.
 */
export const STEPS: DemoStep[] = [evaluationStep];
