import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { newParticipantCode } from './participant-keys.js';

const SRC = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.(spec|int-spec)\.ts$/.test(name) ? [path] : [];
  });
}

describe('the staff ↔ participant-code link is restricted', () => {
  it('is read and written only by ParticipantKeys (and registered with the ORM)', () => {
    const users = sources(SRC)
      .filter((f) => /ParticipantLinkSchema|participant_link|InvitationKeySchema|invitation_key/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f))
      .sort();
    expect(users).toEqual(['evaluation.entities.ts', 'participant/participant-keys.ts', 'participant/participant.entity.ts']);
  });

  it('keeps staff and account ids out of the response, invitation and participant tables', () => {
    for (const file of ['response/survey-response.entity.ts', 'invitation/invitation.entity.ts']) {
      expect(readFileSync(join(SRC, file), 'utf8')).not.toMatch(/staffId|accountId|userId|relationshipId/);
    }
    const participant = readFileSync(join(SRC, 'participant/participant.entity.ts'), 'utf8').split('ParticipantLinkSchema')[0]!;
    expect(participant).not.toMatch(/staffId:|accountId:|userId:/);
  });

  it('issues random codes that carry nothing about the person', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newParticipantCode()));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(/^P[A-Z2-9]{10}$/);
  });
});
