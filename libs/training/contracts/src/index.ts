export * from './common.js';
export * from './errors.js';
export * from './events.js';
export * from './course.js';
export * from './session.js';
export * from './enrolment.js';
export * from './certificate.js';
export * from './report.js';
