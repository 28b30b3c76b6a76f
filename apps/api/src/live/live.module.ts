import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RankingsModule } from '../rankings/rankings.module';
import { LiveEvents } from './live-events';
import { LiveResolver } from './live.resolver';

@Module({
  imports: [AuthModule, RankingsModule, NotificationsModule],
  providers: [LiveEvents, LiveResolver],
})
export class LiveModule {}
