import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../config';

/**
 * Write policies that trusted a column the writer sets itself. Each write now needs the authority the
 * application requires (apps/api/src/access/policy.ts): the report's owner to address it, version it or attach
 * evidence to it; the head of the year (or, under a CROSS_* regulation, another member) to score; a row scoped
 * to a period carries that period's group, year and kind. Heads and boards change only the columns their step
 * owns. The platform admin no longer reads tenants' reports, scores or rankings.
 */
const APP = APP_ROLE;

const FUNCTIONS = `
CREATE FUNCTION app_owns_submission(s uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM submission WHERE id = s AND organization_id = app_org_id()) $$;
CREATE FUNCTION app_owns_evidence(e uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM evidence WHERE id = e AND organization_id = app_org_id()) $$;
CREATE FUNCTION app_period_is(p uuid, g uuid, y int, k text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM period WHERE id = p AND group_id = g AND year = y AND kind = k) $$;
CREATE FUNCTION app_is_cross_scored(p uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM period JOIN regulation r ON r.id = period.regulation_id
                    WHERE period.id = p AND r.document -> 'scoring' ->> 'final' LIKE 'CROSS\\_%') $$;
-- The head of the year scores; under cross-scoring every member scores the others, never itself.
CREATE FUNCTION app_may_score(p uuid, g uuid, y int, k text, member uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT app_period_is(p, g, y, k)
            AND (app_is_head(g, y) OR (app_is_cross_scored(p) AND app_is_member(g, y) AND member <> app_org_id())) $$;

-- Trigger functions run as the caller (current_user is the API's role); the worker and migrations pass.
-- A report's owner edits it while a draft or returned, and submits it; the head of a group it is addressed
-- to changes only its state (return, accept). Nobody moves a report to another organization or period.
CREATE FUNCTION submission_guard() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user <> '${APP}' THEN RETURN NEW; END IF;
  IF (NEW.organization_id, NEW.year, NEW.kind, NEW.created_at) IS DISTINCT FROM (OLD.organization_id, OLD.year, OLD.kind, OLD.created_at) THEN
    RAISE EXCEPTION 'a report keeps its organization and period' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.organization_id = app_org_id() AND OLD.state IN ('DRAFT', 'RETURNED') AND NEW.state IN (OLD.state, 'SUBMITTED') THEN
    RETURN NEW;
  END IF;
  IF app_is_submission_head(OLD.id) AND OLD.state = 'SUBMITTED' AND NEW.state IN ('RETURNED', 'ACCEPTED')
     AND (NEW.version, NEW.submitted_at, NEW.content) IS NOT DISTINCT FROM (OLD.version, OLD.submitted_at, OLD.content) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'this change of a report is not yours to make' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER submission_guard BEFORE UPDATE ON submission FOR EACH ROW EXECUTE FUNCTION submission_guard();

-- The board moves a period's state (review); its deadline and regulation are the head's or the platform's.
CREATE FUNCTION period_guard() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user <> '${APP}' OR app_is_platform() OR app_is_head(OLD.group_id, OLD.year) THEN RETURN NEW; END IF;
  IF (NEW.group_id, NEW.year, NEW.kind, NEW.deadline, NEW.regulation_id) IS DISTINCT FROM (OLD.group_id, OLD.year, OLD.kind, OLD.deadline, OLD.regulation_id) THEN
    RAISE EXCEPTION 'only the state of a period is the board''s to change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER period_guard BEFORE UPDATE ON period FOR EACH ROW EXECUTE FUNCTION period_guard();

-- The head publishes (again after a return, and the review starts over); the board approves or returns a
-- pending ranking. Neither rewrites the computed entries (column privileges) nor the other's step.
CREATE FUNCTION ranking_snapshot_guard() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF current_user <> '${APP}' THEN RETURN NEW; END IF;
  IF app_is_head(OLD.group_id, OLD.year) AND (OLD.published_at IS NULL OR OLD.review_state = 'REJECTED')
     AND NEW.published_at IS NOT NULL AND NEW.review_state = 'PENDING' AND NEW.reviewed_at IS NOT DISTINCT FROM OLD.reviewed_at THEN
    RETURN NEW;
  END IF;
  IF app_is_reviewer(OLD.group_id) AND OLD.review_state = 'PENDING' AND NEW.review_state IN ('APPROVED', 'REJECTED')
     AND NEW.published_at IS NOT DISTINCT FROM OLD.published_at THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'this change of a ranking is not yours to make' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER ranking_snapshot_guard BEFORE UPDATE ON ranking_snapshot FOR EACH ROW EXECUTE FUNCTION ranking_snapshot_guard();
`;

/**
 * The platform admin onboards (organizations, users, groups, memberships, regulations) and reads the
 * directory; it reads no tenant's reports, evidence, scores, votes or rankings (one rule, docs/security.md).
 */
const PLATFORM_READS = `
DROP POLICY own_or_addressed ON submission;
CREATE POLICY own_or_addressed ON submission FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR (state <> 'DRAFT' AND app_submission_visible(id)));
DROP POLICY own_or_addressed ON submission_group;
CREATE POLICY own_or_addressed ON submission_group FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_submission_visible(submission_id));
DROP POLICY own_or_addressed ON submission_version;
CREATE POLICY own_or_addressed ON submission_version FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_submission_visible(submission_id));
DROP POLICY own_or_addressed ON evidence;
CREATE POLICY own_or_addressed ON evidence FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_submission_visible(submission_id));
DROP POLICY own_or_addressed ON evidence_content;
CREATE POLICY own_or_addressed ON evidence_content FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_evidence_visible(evidence_id));
DROP POLICY involved ON score;
CREATE POLICY involved ON score FOR SELECT TO ${APP}
  USING (member_id = app_org_id() OR scorer_id = app_org_id() OR app_is_head(group_id, year) OR app_is_reviewer(group_id));
DROP POLICY involved ON vote;
CREATE POLICY involved ON vote FOR SELECT TO ${APP}
  USING (voter_id = app_org_id() OR app_is_head(group_id, year) OR app_is_reviewer(group_id));
DROP POLICY head_or_published ON ranking_snapshot;
CREATE POLICY head_or_published ON ranking_snapshot FOR SELECT TO ${APP}
  USING (app_is_head(group_id, year)
         OR (published_at IS NOT NULL AND (app_is_member(group_id, year) OR app_is_reviewer(group_id))));
`;

/** The policies as 1764216200000 and 1764216100000 left them, for down(). */
const PLATFORM_READS_BEFORE = `
DROP POLICY own_or_addressed ON submission;
CREATE POLICY own_or_addressed ON submission FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_is_platform() OR (state <> 'DRAFT' AND app_submission_visible(id)));
DROP POLICY own_or_addressed ON submission_group;
CREATE POLICY own_or_addressed ON submission_group FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_is_platform() OR app_submission_visible(submission_id));
DROP POLICY own_or_addressed ON submission_version;
CREATE POLICY own_or_addressed ON submission_version FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_is_platform() OR app_submission_visible(submission_id));
DROP POLICY own_or_addressed ON evidence;
CREATE POLICY own_or_addressed ON evidence FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_is_platform() OR app_submission_visible(submission_id));
DROP POLICY own_or_addressed ON evidence_content;
CREATE POLICY own_or_addressed ON evidence_content FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_is_platform() OR app_evidence_visible(evidence_id));
DROP POLICY involved ON score;
CREATE POLICY involved ON score FOR SELECT TO ${APP}
  USING (member_id = app_org_id() OR scorer_id = app_org_id() OR app_is_head(group_id, year)
         OR app_is_reviewer(group_id) OR app_is_platform());
DROP POLICY involved ON vote;
CREATE POLICY involved ON vote FOR SELECT TO ${APP}
  USING (voter_id = app_org_id() OR app_is_head(group_id, year) OR app_is_reviewer(group_id) OR app_is_platform());
DROP POLICY head_or_published ON ranking_snapshot;
CREATE POLICY head_or_published ON ranking_snapshot FOR SELECT TO ${APP}
  USING (app_is_head(group_id, year) OR app_is_platform()
         OR (published_at IS NOT NULL AND (app_is_member(group_id, year) OR app_is_reviewer(group_id))));
`;

const POLICIES = `
DROP POLICY own_inserts ON submission_group;
CREATE POLICY owner_inserts ON submission_group FOR INSERT TO ${APP}
  WITH CHECK (organization_id = app_org_id() AND app_owns_submission(submission_id) AND app_is_member(group_id, year));

DROP POLICY own_inserts ON submission_version;
CREATE POLICY owner_inserts ON submission_version FOR INSERT TO ${APP}
  WITH CHECK (organization_id = app_org_id() AND app_owns_submission(submission_id));

DROP POLICY own_inserts ON evidence;
CREATE POLICY owner_inserts ON evidence FOR INSERT TO ${APP}
  WITH CHECK (organization_id = app_org_id() AND app_owns_submission(submission_id));
DROP POLICY own_inserts ON evidence_content;
CREATE POLICY owner_inserts ON evidence_content FOR INSERT TO ${APP}
  WITH CHECK (organization_id = app_org_id() AND app_owns_evidence(evidence_id));

DROP POLICY scorer_inserts ON score;
DROP POLICY scorer_updates ON score;
CREATE POLICY scorer_inserts ON score FOR INSERT TO ${APP}
  WITH CHECK (scorer_id = app_org_id() AND app_may_score(period_id, group_id, year, kind, member_id));
CREATE POLICY scorer_updates ON score FOR UPDATE TO ${APP}
  USING (scorer_id = app_org_id() AND app_may_score(period_id, group_id, year, kind, member_id))
  WITH CHECK (scorer_id = app_org_id() AND app_may_score(period_id, group_id, year, kind, member_id));

DROP POLICY voter_inserts ON vote;
CREATE POLICY voter_inserts ON vote FOR INSERT TO ${APP}
  WITH CHECK (voter_id = app_org_id() AND app_is_member(group_id, year) AND app_period_is(period_id, group_id, year, kind));

REVOKE UPDATE ON submission_group FROM ${APP};
GRANT UPDATE (return_reason) ON submission_group TO ${APP};
REVOKE UPDATE ON ranking_snapshot FROM ${APP};
GRANT UPDATE (published_at, review_state, review_reason, decision_number, reviewed_at) ON ranking_snapshot TO ${APP};
`;

export class WritePolicies1764216400000 implements MigrationInterface {
  name = 'WritePolicies1764216400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(FUNCTIONS);
    await q.query(POLICIES);
    await q.query(PLATFORM_READS);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(PLATFORM_READS_BEFORE);
    await q.query(`
      REVOKE UPDATE (published_at, review_state, review_reason, decision_number, reviewed_at) ON ranking_snapshot FROM ${APP};
      GRANT UPDATE ON ranking_snapshot TO ${APP};
      REVOKE UPDATE (return_reason) ON submission_group FROM ${APP};
      GRANT UPDATE ON submission_group TO ${APP};
      DROP POLICY voter_inserts ON vote;
      CREATE POLICY voter_inserts ON vote FOR INSERT TO ${APP} WITH CHECK (voter_id = app_org_id() AND app_is_member(group_id, year));
      DROP POLICY scorer_updates ON score;
      DROP POLICY scorer_inserts ON score;
      CREATE POLICY scorer_inserts ON score FOR INSERT TO ${APP} WITH CHECK (scorer_id = app_org_id() AND app_is_member(group_id, year));
      CREATE POLICY scorer_updates ON score FOR UPDATE TO ${APP} USING (scorer_id = app_org_id() AND app_is_member(group_id, year));
      DROP POLICY owner_inserts ON evidence_content;
      CREATE POLICY own_inserts ON evidence_content FOR INSERT TO ${APP} WITH CHECK (organization_id = app_org_id());
      DROP POLICY owner_inserts ON evidence;
      CREATE POLICY own_inserts ON evidence FOR INSERT TO ${APP} WITH CHECK (organization_id = app_org_id());
      DROP POLICY owner_inserts ON submission_version;
      CREATE POLICY own_inserts ON submission_version FOR INSERT TO ${APP} WITH CHECK (organization_id = app_org_id());
      DROP POLICY owner_inserts ON submission_group;
      CREATE POLICY own_inserts ON submission_group FOR INSERT TO ${APP} WITH CHECK (organization_id = app_org_id());
      DROP TRIGGER ranking_snapshot_guard ON ranking_snapshot;
      DROP TRIGGER period_guard ON period;
      DROP TRIGGER submission_guard ON submission;
      DROP FUNCTION ranking_snapshot_guard(), period_guard(), submission_guard(), app_may_score(uuid, uuid, int, text, uuid),
        app_is_cross_scored(uuid), app_period_is(uuid, uuid, int, text), app_owns_evidence(uuid), app_owns_submission(uuid);
    `);
  }
}
