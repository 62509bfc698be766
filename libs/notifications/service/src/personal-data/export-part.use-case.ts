import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { personalDataPart, requireDataSubject, type PersonalDataPartRequest, type PersonalDataSection, type RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import { auditRead } from '../shared/audit.js';
import { NotificationSchema } from '../inbox/notification.entity.js';
import { OutgoingMailSchema } from '../mail/outgoing-mail.entity.js';
import { PersonSchema } from '../person/person.entity.js';
import { SessionSeatSchema, SurveyReminderSchema } from '../reminders/reminder-views.entity.js';

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());

/**
 * The notifications part of a data subject's export: the contact details kept to reach them, their
 * inbox messages, the e-mails addressed to them (subject, status, times), and the reminders kept
 * for them (open surveys by due date, booked training sessions; issue 20). Never a link or an
 * e-mail body: an invitation or reset link is a credential. The data subject only. The export is audit-logged
 * (`notifications.v1.personalData.read`, into identity's audit log).
 */
@Injectable()
export class ExportPersonalDataPartUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(personalDataPart('notifications'))
  async execute(input: PersonalDataPartRequest, ctx: RequestContext): Promise<PersonalDataSection> {
    const { tenantId, staffId } = requireDataSubject(ctx, input.staffId);
    const [person, inbox, mail, surveys, seats] = await Promise.all([
      this.em.findOne(PersonSchema, { tenantId, staffId }),
      this.em.find(NotificationSchema, { tenantId, staffId }, { orderBy: { createdAt: 'asc' } }),
      this.em.find(OutgoingMailSchema, { tenantId, staffId }, { orderBy: { createdAt: 'asc' } }),
      this.em.find(SurveyReminderSchema, { tenantId, staffId }, { orderBy: { dueOn: 'asc' } }),
      this.em.find(SessionSeatSchema, { tenantId, staffId }, { orderBy: { startsAt: 'asc' } }),
    ]);
    // Every export is audit-logged, the data subject's own included (identity's audit log, the person's accessLog).
    await auditRead(this.em, ctx, { action: 'personalData.export', subjects: [staffId], includeOwn: true });
    return {
      contact: person ? { firstName: person.firstName, lastName: person.lastName, email: person.email, locale: person.locale ?? null } : null,
      inbox: inbox.map((n) => ({ kind: n.kind, title: n.title, body: n.body, createdAt: iso(n.createdAt), readAt: iso(n.readAt) })),
      mail: mail.map((m) => ({ kind: m.kind, to: m.recipient, subject: m.subject, status: m.status, createdAt: iso(m.createdAt), sentAt: iso(m.sentAt) })),
      surveyReminders: surveys.map((r) => ({ dueOn: r.dueOn, remindedAt: iso(r.remindedAt), lastDayToldAt: iso(r.lastDayToldAt) })),
      sessionReminders: seats.map((r) => ({ session: r.title, startsAt: iso(r.startsAt), cancelled: r.cancelled, reminded: r.remindedFor != null })),
    };
  }
}
