import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import { createDataSource, TenantDb } from '@thidua/db';
import { APP_CONFIG } from '../config.module';
import { AuditService } from './audit.service';

/** The API's only database access: the unprivileged role, always inside a tenant transaction. */
@Global()
@Module({
  providers: [
    {
      provide: TenantDb,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const ds = createDataSource(config.db.appUrl);
        await ds.initialize();
        return new TenantDb(ds);
      },
    },
    AuditService,
  ],
  exports: [TenantDb, AuditService],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(TenantDb) private readonly db: TenantDb) {}

  async onApplicationShutdown() {
    if (this.db.dataSource.isInitialized) await this.db.dataSource.destroy();
  }
}
