import { IsUUID } from 'class-validator';
import { defineRequest } from '@m4pris/platform-core';

/** Payload of `matching.v1.example.get`, validated by the bus before the handler runs. */
export class GetExampleRequest {
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;
}

export interface ExampleDto {
  id: string;
  name: string;
  createdAt: string;
}

export const GetExample = defineRequest<GetExampleRequest, ExampleDto>('matching.v1.example.get', GetExampleRequest);
