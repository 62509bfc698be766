// Imported first by main.ts: ESM evaluates imports in order, so this runs before any module that
// needs the right Node (argon2's native binary segfaults on Node 20).
import { requireSupportedNode } from '@m4pris/platform-config';

requireSupportedNode('matching');
