import { IsString, MaxLength, MinLength } from 'class-validator';
import { Env } from '@m4pris/platform-config';

/** The shipped hint; printed in the reader's language (certificate-text.ts) unless the operator sets their own. */
export const DEFAULT_VERIFY_HINT = 'Check this certificate with its code: GraphQL query verifyCertificate(code).';

/** The training service's own variables (validated at start, documented in .env.example). */
export class TrainingSettings {
  @Env('Line printed under the verification code of certificate PDFs: where the public checks a code (e.g. your verification page URL).')
  @IsString() @MinLength(1) @MaxLength(200)
  TRAINING_CERTIFICATE_VERIFY_HINT: string = DEFAULT_VERIFY_HINT;
}
