import { Module } from '@nestjs/common';
import { ApplicationResolver } from './application.resolver.js';
import { ProgrammeResolver } from './programme.resolver.js';
import { RelationshipResolver } from './relationship.resolver.js';

/** The programmes part of the gateway schema (needs a global `Bus` provider). */
@Module({ providers: [ProgrammeResolver, ApplicationResolver, RelationshipResolver] })
export class ProgrammesGraphqlModule {}
