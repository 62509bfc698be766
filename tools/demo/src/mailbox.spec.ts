import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mailbox } from './mailbox.js';

/** A pickup file as the notifications module writes it: named by time, quoted-printable text with soft line breaks. */
function eml(to: string, token: string): string {
  const link = `http://localhost:4000/invitation#token=${token}`;
  const qp = `Hej Ida,\n\nF=C3=B8lg linket.\n\nV=C3=A6lg adgangskode: ${link.slice(0, 50)}=\n${link.slice(50)}\n`;
  return [
    'Content-Type: text/plain; charset=utf-8',
    'From: M4Pris <no-reply@m4pris.local>',
    `To: ${to}`,
    'Subject: M4Pris: din invitation',
    'Message-ID: <x@m4pris>',
    'Content-Transfer-Encoding: quoted-printable',
    'MIME-Version: 1.0',
    '',
    qp,
  ].join('\n');
}

describe('the demo reads invitation links from the mail directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'm4p-demo-mail-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the newest invitation to the address written since the invitation was sent, decoding the mail', async () => {
    const since = new Date('2026-12-02T08:00:00.000Z');
    writeFileSync(join(dir, '2026-12-02T07-59-59-000Z-old.eml'), eml('ida@example.dk', 'OLD_token_before_since_0123456789'));
    writeFileSync(join(dir, '2026-12-02T08-00-01-000Z-a.eml'), eml('ida@example.dk', 'first_token_0123456789abcdefghij'));
    writeFileSync(join(dir, '2026-12-02T08-00-02-000Z-b.eml'), eml('bo@example.dk', 'bos_token_0123456789abcdefghijkl'));
    writeFileSync(join(dir, '2026-12-02T08-00-03-000Z-c.eml'), eml('Ida@Example.dk', 'second_token_0123456789abcdefghi'));
    const box = new Mailbox(dir);
    expect(await box.invitationToken('ida@example.dk', since)).toBe('second_token_0123456789abcdefghi');
    expect(await box.invitationToken('bo@example.dk', since)).toBe('bos_token_0123456789abcdefghijkl');
  });

  it('reads each pickup file once however many invitations it waits for', async () => {
    const since = new Date('2026-12-02T08:00:00.000Z');
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `2026-12-02T08-00-${String(i).padStart(2, '0')}-000Z-m${i}.eml`), eml(`p${i}@example.dk`, `token_${i}_0123456789abcdefghijklmnop`));
    const box = new Mailbox(dir);
    for (let i = 0; i < 30; i++) expect(await box.invitationToken(`p${i}@example.dk`, since)).toBe(`token_${i}_0123456789abcdefghijklmnop`);
    expect(box.filesRead).toBe(30);
  });

  it('reads a file again when it was still being written (empty, headers incomplete) at the first look', async () => {
    const since = new Date('2026-12-02T08:00:00.000Z');
    const file = join(dir, '2026-12-02T08-00-03-000Z-late.eml');
    writeFileSync(file, '');
    writeFileSync(join(dir, '2026-12-02T08-00-02-000Z-other.eml'), eml('bo@example.dk', 'bos_token_0123456789abcdefghijkl'));
    const box = new Mailbox(dir);
    // Waiting for Bo reads every file, Ida's while it is still empty.
    expect(await box.invitationToken('bo@example.dk', since)).toBe('bos_token_0123456789abcdefghijkl');
    writeFileSync(file, eml('ida@example.dk', 'late_token_0123456789abcdefghijk'));
    expect(await box.invitationToken('ida@example.dk', since, 2_000)).toBe('late_token_0123456789abcdefghijk');
  });

  it('says where it looked when no mail arrives', async () => {
    await expect(new Mailbox(dir).invitationToken('nobody@example.dk', new Date(0), 300)).rejects.toThrow(/--mail-dir/);
  });
});
