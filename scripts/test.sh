#!/usr/bin/env bash
# Set up, then run every test: the YAML scenarios under OpenFisca's own runner, then all of it
# (YAML scenarios, parameter checks, API and HTTP contract tests) under pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/openfisca test -c inburgering_rules tests/yaml
.venv/bin/python -m pytest "$@"
