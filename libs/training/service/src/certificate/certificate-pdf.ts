import { createRequire } from 'node:module';
import { certificateText, fill, formatIssuedOn } from './certificate-text.js';

const require = createRequire(import.meta.url);
/**
 * DejaVu Sans covers Latin (incl. Danish æ ø å, Portuguese ã ç, Romanian ș ț ă î â) and Greek,
 * lower and upper case (certificate-pdf.spec.ts checks the glyphs and the embedded text).
 */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface CertificatePrint {
  holderName: string;
  courseTitle: string;
  issuedOn: string;
  code: string;
  valid: boolean;
  /** Where the code can be checked (printed under it); the shipped hint in the reader's language when absent. */
  verifyHint?: string;
  /** The language of the certificate's own words and of the date (English when not one of the five). */
  locale: string;
}

/**
 * Renders the certificate as an A4 landscape PDF (pdfkit). pdfkit (with fontkit and brotli, ~2 MB of
 * code) is loaded on the first certificate, not when the training service starts: an idle service
 * does not carry it.
 */
export async function renderCertificatePdf(c: CertificatePrint): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const t = certificateText(c.locale);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 60, lang: c.locale, info: { Title: fill(t.documentTitle, { code: c.code }), Author: 'M4Pris', Subject: c.courseTitle }, compress: true });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('body', FONT);
    doc.registerFont('bold', FONT_BOLD);
    const w = doc.page.width;
    const h = doc.page.height;
    doc.lineWidth(3).rect(30, 30, w - 60, h - 60).stroke('#1f4e79');
    doc.moveDown(2);
    doc.font('bold').fontSize(30).fillColor('#1f4e79').text(t.heading, { align: 'center' });
    doc.moveDown(1.5);
    doc.font('body').fontSize(14).fillColor('#000000').text(t.certifies, { align: 'center' });
    doc.moveDown(0.5);
    doc.font('bold').fontSize(26).text(c.holderName, { align: 'center' });
    doc.moveDown(0.5);
    doc.font('body').fontSize(14).text(t.completed, { align: 'center' });
    doc.moveDown(0.5);
    doc.font('bold').fontSize(20).text(c.courseTitle, { align: 'center' });
    doc.moveDown(1);
    doc.font('body').fontSize(14).text(fill(t.on, { date: formatIssuedOn(c.issuedOn, c.locale) }), { align: 'center' });
    if (!c.valid) doc.moveDown(0.5).font('bold').fillColor('#b00020').text(t.revoked, { align: 'center' }).fillColor('#000000');
    doc.font('body').fontSize(11).text(fill(t.code, { code: c.code }), 60, h - 110, { align: 'center', width: w - 120 });
    doc.fontSize(9).fillColor('#555555').text(c.verifyHint ?? t.verifyHint, { align: 'center', width: w - 120 });
    doc.end();
  });
}
