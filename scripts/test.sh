#!/usr/bin/env bash
# Runs every test of OfficeAiGuard: .NET unit and integration tests (SQLite, then the integration suite
# again on PostgreSQL), web unit tests (vitest) and browser tests (headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
# npm install, not npm ci: the registry here resolves only this platform's optional packages, which npm ci rejects.
(cd web && npm install --no-audit --no-fund)
dotnet build OfficeAiGuard.sln
echo "== .NET tests (SQLite)"
dotnet test OfficeAiGuard.sln --no-build
echo "== .NET integration tests (PostgreSQL)"
scripts/with-postgres.sh dotnet test tests/OfficeAiGuard.Api.Tests --no-build
echo "== scenario against the running API (SQLite, then PostgreSQL)"
node scripts/scenario.mjs
scripts/with-postgres.sh node scripts/scenario.mjs
echo "== web unit tests"
(cd web && npm run typecheck && npm test)
echo "== browser tests"
(cd web && npm run e2e)
echo "all tests passed"
