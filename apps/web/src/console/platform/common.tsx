import { useT } from '../../i18n/LocaleProvider';
import type { MessageId } from '../../i18n/locales';
import type { MailStatus } from '../../gql/graphql';
import { Tag } from '../common';
import type { HealthRow } from './health';

/** The readable name of each module (and of the components `/health` reports). */
const MODULE_LABEL: Record<string, MessageId> = {
  identity: 'platform.module.identity',
  programmes: 'platform.module.programmes',
  matching: 'platform.module.matching',
  training: 'platform.module.training',
  evaluation: 'platform.module.evaluation',
  notifications: 'platform.module.notifications',
  bus: 'platform.module.bus',
  service: 'platform.module.service',
  nats: 'platform.module.nats',
};

/** A module's (or component's, or a module's database's) readable name; an unknown one by its own name. */
export function useModuleName(): (name: string) => string {
  const t = useT();
  const named = (name: string) => (Object.hasOwn(MODULE_LABEL, name) ? t(MODULE_LABEL[name]) : name);
  // `db:identity` (a module's database, as /health names it).
  return (name: string) => (name.startsWith('db:') ? t('platform.health.database', { module: named(name.slice(3)) }) : named(name));
}

const HEALTH_LABEL: Record<HealthRow['status'], MessageId> = {
  up: 'platform.health.status.up',
  down: 'platform.health.status.down',
  disabled: 'platform.health.status.disabled',
  unknown: 'platform.health.status.unknown',
};

const HEALTH_COLOUR: Record<HealthRow['status'], string> = { up: 'teal.9', down: 'red.9', disabled: 'gray.8', unknown: 'orange.9' };

export function HealthTag({ status }: { status: HealthRow['status'] }) {
  const t = useT();
  return (
    <Tag color={HEALTH_COLOUR[status]} size="sm" data-testid="health-status">
      {t(HEALTH_LABEL[status])}
    </Tag>
  );
}

const MAIL_COLOUR: Record<MailStatus, string> = { QUEUED: 'indigo.8', SENDING: 'indigo.8', SENT: 'teal.9', FAILED: 'red.9' };

export function MailStatusTag({ status }: { status: MailStatus }) {
  const t = useT();
  return (
    <Tag color={MAIL_COLOUR[status]} size="sm">
      {t(`platform.mail.status.${status}`)}
    </Tag>
  );
}
