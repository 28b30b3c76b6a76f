-- Roles the portal connects as: the API's owns no table and cannot bypass row-level security.
-- Run once per PostgreSQL cluster by an administrator (CI, docker-entrypoint-initdb.d). Passwords are set
-- separately where the server uses password authentication (see init-roles.sh).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'thidua_app') THEN
    CREATE ROLE thidua_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'thidua_worker') THEN
    CREATE ROLE thidua_worker LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
