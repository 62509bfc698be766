import { Injectable } from '@nestjs/common';

/** The time, injectable so tests move it (a reset link's expiry) without sleeping. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
