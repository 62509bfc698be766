import './node-check.js';
import 'reflect-metadata';
import { runServiceApp } from '@m4pris/platform-runtime/service';
import { evaluationService } from '@m4pris/evaluation-service';
import { evaluationConfig } from './config.js';

// `node main.js migrate` applies the migrations and exits; `node main.js` serves evaluation.v1.* over
// NATS, with /health and /metrics on OPS_PORT (see runServiceApp).
await runServiceApp(evaluationService, evaluationConfig);
