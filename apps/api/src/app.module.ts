import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '@thidua/config';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AuthService } from './auth/auth.service';
import { edgePlugin } from './common/edge.plugin';
import { formatError } from './common/format-error';
import { GraphqlErrorFilter } from './common/graphql-error.filter';
import { inputLimits } from './common/input-limits';
import { DecimalScalar, JsonScalar } from './common/scalars';
import { APP_CONFIG, ConfigModule } from './config.module';
import { DatabaseModule } from './database/database.module';
import { EvidenceModule } from './evidence/evidence.module';
import { CovenantsModule } from './covenants/covenants.module';
import { NotificationsModule } from './notifications/notifications.module';
import { LiveModule } from './live/live.module';
import { websocketOptions } from './live/websocket';
import { SuccessionModule } from './succession/succession.module';
import { ExplanationsModule } from './explanations/explanations.module';
import { DecisionsModule } from './decisions/decisions.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { FactsModule } from './facts/facts.module';
import { GroupsModule } from './groups/groups.module';
import { MembershipsModule } from './memberships/memberships.module';
import { OperationsModule } from './operations/operations.module';
import { operationsPlugin } from './operations/operations.plugin';
import { GRAPHQL_METRICS } from './operations/operations.tokens';
import { OrganizationsModule } from './organizations/organizations.module';
import type { GraphqlMetrics } from '@thidua/ops';
import { RankingsModule } from './rankings/rankings.module';
import { RegulationsModule } from './regulations/regulations.module';
import { ReportsModule } from './reports/reports.module';
import { ScoresModule } from './scores/scores.module';
import { SubmissionsModule } from './submissions/submissions.module';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    OperationsModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule],
      inject: [APP_CONFIG, AuthService, GRAPHQL_METRICS],
      useFactory: (config: AppConfig, auth: AuthService, metrics: GraphqlMetrics) => {
        // Caps aliases, depth, directives and cost: 1,000 aliased logins in one request are refused. Tokens are
        // capped by GraphQL's own parser (armor's token plugin re-parses in a hook, which turns every syntax
        // error into an HTTP 500); all these refusals answer HTTP 400.
        const armor = new ApolloArmor({
          maxAliases: { n: 15 },
          maxDepth: { n: 12 },
          costLimit: { maxCost: 20000 },
          maxTokens: { enabled: false },
        }).protect();
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          buildSchemaOptions: { dateScalarMode: 'isoDate' },
          introspection: config.nodeEnv !== 'production',
          hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
          formatError,
          // No GraphQL IDE: Apollo's and Playground's pages load their scripts from a CDN, absent on closed networks.
          playground: false,
          subscriptions: { 'graphql-ws': websocketOptions(auth) },
          ...armor,
          parseOptions: { maxTokens: 1000 },
          // Nest would reset every answer that has `data` to HTTP 200, the edge plugin's 503 included.
          preserveHttpStatusForExecutionErrors: false,
          // No HTTP caching of GraphQL answers: Apollo's default cache-control plugin wraps every resolved field.
          plugins: [
            ...armor.plugins,
            edgePlugin(inputLimits(config.uploadMaxBytes)),
            ApolloServerPluginCacheControlDisabled(),
            operationsPlugin(metrics),
          ],
        };
      },
    }),
    AuthModule,
    AccessModule,
    OrganizationsModule,
    GroupsModule,
    MembershipsModule,
    RegulationsModule,
    SubmissionsModule,
    ScoresModule,
    FactsModule,
    CovenantsModule,
    NotificationsModule,
    LiveModule,
    SuccessionModule,
    ExplanationsModule,
    DossiersModule,
    DecisionsModule,
    RankingsModule,
    ReportsModule,
    EvidenceModule,
    AuditModule,
  ],
  providers: [DecimalScalar, JsonScalar, { provide: APP_FILTER, useClass: GraphqlErrorFilter }],
})
export class AppModule {}
