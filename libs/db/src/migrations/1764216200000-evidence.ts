import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../config';

/** Evidence files for self-scores: metadata in evidence, bytes in evidence_content (read only on download). */
export class Evidence1764216200000 implements MigrationInterface {
  name = 'Evidence1764216200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "criterion_id" text NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b864cb5d49854f89917fc0b44b9" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_290a5ec18b069cf8b41ee34f53" ON "evidence"  ("submission_id", "criterion_id") `,
    );
    await q.query(
      `CREATE TABLE "evidence_content" ("evidence_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_ccbdfe163591c5853a9bb6ebf16" PRIMARY KEY ("evidence_id"))`,
    );
    await q.query(
      `ALTER TABLE "evidence" ADD CONSTRAINT "FK_0ad8135ce47a38a493409a3c539" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "evidence" ADD CONSTRAINT "FK_79259b6277f907e05327b6a8eb5" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "evidence_content" ADD CONSTRAINT "FK_ccbdfe163591c5853a9bb6ebf16" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE FUNCTION app_evidence_visible(e uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = public, pg_temp AS
      $$ SELECT EXISTS (SELECT 1 FROM evidence WHERE id = e AND (organization_id = app_org_id() OR app_submission_visible(submission_id))) $$`);
    for (const t of ['evidence', 'evidence_content']) {
      await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY; ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY own_inserts ON ${t} FOR INSERT TO ${APP_ROLE} WITH CHECK (organization_id = app_org_id())`,
      );
      await q.query(
        `CREATE POLICY own_deletes ON ${t} FOR DELETE TO ${APP_ROLE} USING (organization_id = app_org_id())`,
      );
      await q.query(`GRANT SELECT, INSERT, DELETE ON ${t} TO ${APP_ROLE}`);
    }
    await q.query(`CREATE POLICY own_or_addressed ON evidence FOR SELECT TO ${APP_ROLE}
      USING (organization_id = app_org_id() OR app_is_platform() OR app_submission_visible(submission_id))`);
    await q.query(`CREATE POLICY own_or_addressed ON evidence_content FOR SELECT TO ${APP_ROLE}
      USING (organization_id = app_org_id() OR app_is_platform() OR app_evidence_visible(evidence_id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "evidence_content" DROP CONSTRAINT "FK_ccbdfe163591c5853a9bb6ebf16"`);
    await q.query(`ALTER TABLE "evidence" DROP CONSTRAINT "FK_79259b6277f907e05327b6a8eb5"`);
    await q.query(`ALTER TABLE "evidence" DROP CONSTRAINT "FK_0ad8135ce47a38a493409a3c539"`);
    await q.query(`DROP TABLE "evidence_content"`);
    await q.query(`DROP INDEX "public"."IDX_290a5ec18b069cf8b41ee34f53"`);
    await q.query(`DROP TABLE "evidence"`);
    await q.query(`DROP FUNCTION app_evidence_visible(uuid)`);
  }
}
