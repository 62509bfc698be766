import './node-check.js';
import 'reflect-metadata';
import { runServiceApp } from '@m4pris/platform-runtime/service';
import { trainingService } from '@m4pris/training-service';
import { trainingConfig } from './config.js';

// `node main.js migrate` applies the migrations and exits; `node main.js` serves training.v1.* over
// NATS, with /health and /metrics on OPS_PORT (see runServiceApp).
await runServiceApp(trainingService, trainingConfig);
