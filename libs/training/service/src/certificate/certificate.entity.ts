import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A certificate of completion. Holds only what the certificate shows: the holder's name as it was
 * when issued (read from identity), the course title, the version and the date.
 */
export const CertificateSchema = defineEntity({
  name: 'Certificate',
  tableName: 'certificate',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    enrolmentId: p.uuid().unique(),
    /** Null once the holder is erased. */
    staffId: p.uuid().nullable().index(),
    courseId: p.uuid(),
    courseVersion: p.integer(),
    code: p.string().length(14).unique(),
    holderName: p.string().length(210).nullable(),
    courseTitle: p.string().length(200),
    issuedOn: p.date(),
    revokedAt: p.datetime().nullable(),
  },
});
export type Certificate = InferEntity<typeof CertificateSchema>;
