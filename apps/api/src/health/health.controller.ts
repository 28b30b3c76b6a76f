import { Controller, Get } from '@nestjs/common';
import { TenantDb } from '@thidua/db';
import { Public } from '../auth/actor';

@Controller('health')
export class HealthController {
  constructor(private readonly db: TenantDb) {}

  @Public()
  @Get()
  async health() {
    await this.db.dataSource.query('SELECT 1');
    return { status: 'ok' };
  }
}
