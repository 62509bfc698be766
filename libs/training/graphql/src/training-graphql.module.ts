import { Module } from '@nestjs/common';
import { CertificateResolver, TrainingReportResolver } from './certificate.resolver.js';
import { CourseResolver } from './course.resolver.js';
import { EnrolmentResolver } from './enrolment.resolver.js';
import { SessionResolver } from './session.resolver.js';

/**
 * The training part of the gateway schema. Needs a global provider of `Bus`; the gateway imports
 * this module when training is enabled.
 */
@Module({ providers: [CourseResolver, SessionResolver, EnrolmentResolver, CertificateResolver, TrainingReportResolver] })
export class TrainingGraphqlModule {}
