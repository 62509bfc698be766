// The platform admin's first-start creation, as a client of identity's BootstrapAdmin request. Its
// own entry point (`@m4pris/identity-service/admin-bootstrap`): the identity app and the module
// registry (standalone) call it without loading the service's code, and the identity image needs no
// registry (which would bring every module's packages into it).
import { BootstrapAdmin } from '@m4pris/identity-contracts';
import { newTraceId, systemContext } from '@m4pris/platform-core';
import type { Bus } from '@m4pris/platform-messaging';

/**
 * Creates the platform admin on first start (idempotent). Prints a generated password once, to
 * stdout, when none was configured.
 */
export async function bootstrapPlatformAdmin(bus: Bus, email: string, password: string | undefined, print: (line: string) => void): Promise<void> {
  const r = await bus.request(BootstrapAdmin, { email, ...(password ? { password } : {}) }, systemContext(newTraceId()));
  if (r.created && r.generatedPassword) {
    print('');
    print('  Platform admin created. This password is shown ONCE — store it now:');
    print(`    email:    ${email}`);
    print(`    password: ${r.generatedPassword}`);
    print('');
  } else if (r.created) {
    print(`  Platform admin ${email} created with the configured password.`);
  }
}
