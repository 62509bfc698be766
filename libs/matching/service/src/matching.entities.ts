import type { ServiceDefinition } from '@m4pris/platform-messaging';
import { ExampleSchema } from './example/example.entity.js';

export const matchingEntities: ServiceDefinition['entities'] = [ExampleSchema] as never[];
