import './node-check.js';
import 'reflect-metadata';
import { runServiceApp } from '@m4pris/platform-runtime/service';
import { programmesService } from '@m4pris/programmes-service';
import { programmesConfig } from './config.js';

// `node main.js migrate` applies the migrations and exits; `node main.js` serves programmes.v1.* over
// NATS, with /health and /metrics on OPS_PORT (see runServiceApp).
await runServiceApp(programmesService, programmesConfig);
