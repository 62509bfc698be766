import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { StaffDto } from '@m4pris/identity-contracts';
import { AccountSchema, type Account } from '../account/account.entity.js';
import type { Staff } from './staff.entity.js';
import { toStaffDto } from './staff.mapper.js';

/** Staff rows to DTOs with their account status. */
@Injectable()
export class StaffReader {
  constructor(private readonly em: EntityManager) {}

  async toDtos(rows: Staff[]): Promise<StaffDto[]> {
    if (rows.length === 0) return [];
    const accounts = await this.em.find(AccountSchema, { staffId: { $in: rows.map((r) => r.id) } });
    const byStaff = new Map<string, Account>(accounts.map((a) => [a.staffId!, a]));
    return rows.map((r) => toStaffDto(r, byStaff.get(r.id)));
  }

  async toDto(row: Staff): Promise<StaffDto> {
    return (await this.toDtos([row]))[0]!;
  }
}
