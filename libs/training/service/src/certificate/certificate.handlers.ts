import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  GetCertificate,
  GetCertificatePdf,
  IssueCertificate,
  MyCertificates,
  VerifyCertificate,
  type CertificateIdRequest,
  type EmptyRequest,
  type IssueCertificateRequest,
  type VerifyCertificateRequest,
} from '@m4pris/training-contracts';
import {
  GetCertificatePdfUseCase,
  GetCertificateUseCase,
  IssueCertificateUseCase,
  MyCertificatesUseCase,
  VerifyCertificateUseCase,
} from './certificate.use-cases.js';

@Injectable()
export class CertificateHandlers {
  constructor(
    private readonly issue: IssueCertificateUseCase,
    private readonly mine: MyCertificatesUseCase,
    private readonly getCertificate: GetCertificateUseCase,
    private readonly pdf: GetCertificatePdfUseCase,
    private readonly verifyCertificate: VerifyCertificateUseCase,
  ) {}

  @Handles(IssueCertificate) create(p: IssueCertificateRequest, ctx: RequestContext) { return this.issue.execute(p, ctx); }
  @Handles(MyCertificates) own(p: EmptyRequest, ctx: RequestContext) { return this.mine.execute(p, ctx); }
  @Handles(GetCertificate) get(p: CertificateIdRequest, ctx: RequestContext) { return this.getCertificate.execute(p, ctx); }
  @Handles(GetCertificatePdf) file(p: CertificateIdRequest, ctx: RequestContext) { return this.pdf.execute(p, ctx); }
  @Handles(VerifyCertificate) verify(p: VerifyCertificateRequest) { return this.verifyCertificate.execute(p); }
}
