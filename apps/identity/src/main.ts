import './node-check.js';
import 'reflect-metadata';
import { runServiceApp } from '@m4pris/platform-runtime/service';
import { identityService } from '@m4pris/identity-service';
import { bootstrapPlatformAdmin } from '@m4pris/identity-service/admin-bootstrap';
import { identityConfig } from './config.js';

// `node main.js migrate` applies the migrations and exits; `node main.js` serves identity.v1.* over
// NATS, with /health and /metrics on OPS_PORT (see runServiceApp).
await runServiceApp(identityService, identityConfig, {
  afterStart: ({ bus, cfg }) =>
    bootstrapPlatformAdmin(bus, cfg.admin.PLATFORM_ADMIN_EMAIL, cfg.admin.PLATFORM_ADMIN_PASSWORD, (l) => process.stdout.write(l + '\n')),
});
