#!/usr/bin/env bash
# Bootstrapper: restores the local tools (Cake, dotnet-ef), then runs build.cake with the given arguments.
#   ./build.sh                    # Test (default): restore, build, run every test, print "N passed, N failed, N skipped"
#   ./build.sh --target=Build
#   ./build.sh --target=Run       # the product on its embedded defaults, wired to the local Calendly sandbox
#   ./build.sh --target=Bench
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet tool restore >/dev/null || { echo "dotnet tool restore failed" >&2; exit 1; }
rm -f TestResults/summary.txt
dotnet cake build.cake "$@"
status=$?
# Cake prints its task report last; the test summary must be the final line, so it is printed here.
if [ -f TestResults/summary.txt ]; then
  cat TestResults/summary.txt
fi
exit $status
