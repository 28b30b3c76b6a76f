import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';

@Module({ imports: [SubmissionsModule], providers: [EvidenceRepository, EvidenceService, EvidenceResolver] })
export class EvidenceModule {}
