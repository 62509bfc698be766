import './node-check.js';
import 'reflect-metadata';
import { runServiceApp } from '@m4pris/platform-runtime/service';
import { matchingService } from '@m4pris/matching-service';
import { matchingConfig } from './config.js';

// `node main.js migrate` applies the migrations and exits; `node main.js` serves matching.v1.* over
// NATS, with /health and /metrics on OPS_PORT (see runServiceApp).
await runServiceApp(matchingService, matchingConfig);
