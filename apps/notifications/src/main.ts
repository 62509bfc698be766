import 'reflect-metadata';
import { runServiceApp } from '@m4pris/platform-runtime/service';
import { notificationsService } from '@m4pris/notifications-service';
import { notificationsConfig } from './config.js';

// `node main.js migrate` applies the migrations and exits; `node main.js` serves notifications.v1.* over
// NATS, with /health and /metrics on OPS_PORT (see runServiceApp).
await runServiceApp(notificationsService, notificationsConfig);
