#!/bin/sh
# docker-entrypoint-initdb.d hook: creates the portal's roles with the passwords from the environment.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -f /docker-entrypoint-initdb.d/roles.sql
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_pw="$APP_DB_PASSWORD" -v worker_pw="$WORKER_DB_PASSWORD" <<'SQL'
ALTER ROLE thidua_app PASSWORD :'app_pw';
ALTER ROLE thidua_worker PASSWORD :'worker_pw';
SQL
