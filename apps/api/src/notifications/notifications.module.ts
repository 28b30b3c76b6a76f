import { Module } from '@nestjs/common';
import { MembershipsModule } from '../memberships/memberships.module';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [MembershipsModule],
  providers: [NotificationsRepository, NotificationsService, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
