import { Injectable } from '@nestjs/common';

/** The time, injectable so tests move it (reminders fall due) without sleeping. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
