import { IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { EmptyRequest } from './common.js';
import { defineRequest } from '@m4pris/platform-core';

export interface CertificateDto {
  id: string;
  enrolmentId: string;
  staffId: string | null;
  courseId: string;
  code: string;
  holderName: string | null;
  /** In the certificate's language (`locale`). */
  courseTitle: string;
  courseVersion: number;
  issuedOn: string;
  /** The language the certificate is written in: its holder's when it was issued. */
  locale: string;
  valid: boolean;
}

/** What the public verification reveals: name, course, date and validity — nothing else. */
export interface CertificateVerificationDto {
  valid: boolean;
  holderName: string | null;
  /** In the certificate's language, as printed on it. */
  courseTitle: string;
  issuedOn: string;
}

export interface CertificatePdfDto {
  filename: string;
  contentType: 'application/pdf';
  base64: string;
}

export const CERTIFICATE_CODE = /^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/;

export class CertificateIdRequest {
  @IsUUID() certificateId: string;
}

export class IssueCertificateRequest {
  @IsUUID() enrolmentId: string;
}

export class VerifyCertificateRequest {
  @IsString() @MaxLength(20) @Matches(CERTIFICATE_CODE, { message: 'code must look like ABCD-EFGH-JKLM' }) code: string;
}

/** Issues the certificate of a completed enrolment (idempotent; normally done at completion). */
export const IssueCertificate = defineRequest<IssueCertificateRequest, CertificateDto>('training.v1.certificate.issue', IssueCertificateRequest);
export const MyCertificates = defineRequest<EmptyRequest, CertificateDto[]>('training.v1.certificate.mine', EmptyRequest);
export const GetCertificate = defineRequest<CertificateIdRequest, CertificateDto>('training.v1.certificate.get', CertificateIdRequest);
export const GetCertificatePdf = defineRequest<CertificateIdRequest, CertificatePdfDto>('training.v1.certificate.pdf', CertificateIdRequest);
/** Public (anonymous): verifies a code printed on a certificate. */
export const VerifyCertificate = defineRequest<VerifyCertificateRequest, CertificateVerificationDto>('training.v1.certificate.verify', VerifyCertificateRequest);
