import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A certificate of completion. Holds only what the certificate shows: the holder's name as it was
 * when issued (read from identity), the course title, the version and the date, and the language it
 * is written in: the holder's when it was issued (a document issued on a date keeps its words, as the
 * name it states does, when the holder later chooses another language).
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
    /** The holder's language at issue (en, da, pt, ro, el): the PDF, the course title and the verification are in it. */
    locale: p.string().length(5),
    issuedOn: p.date(),
    revokedAt: p.datetime().nullable(),
  },
});
export type Certificate = InferEntity<typeof CertificateSchema>;
