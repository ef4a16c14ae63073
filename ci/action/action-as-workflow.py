#!/usr/bin/env python3
"""Checks action.yml's shape and prints its steps as a reusable workflow for actionlint.

actionlint lints workflows, not action metadata; a composite action's steps are the steps of a job
whose inputs are the action's, so linting that job checks every expression, `if`, step id and
context the action uses. Exits 1, with the reasons, if the metadata itself is malformed.
Usage: action-as-workflow.py action.yml > workflow.yml
"""
import re
import sys

import yaml


def main(path):
    text = open(path, encoding="utf-8").read()
    action = yaml.safe_load(text)
    problems = []
    for key in ("name", "description", "runs"):
        if not action.get(key):
            problems.append(f"{path}: no '{key}'")
    inputs = action.get("inputs") or {}
    for name, spec in inputs.items():
        if not (spec or {}).get("description"):
            problems.append(f"{path}: input '{name}' has no description")
    for used in sorted(set(re.findall(r"inputs\.([A-Za-z0-9_-]+)", text))):
        if used not in inputs:
            problems.append(f"{path}: inputs.{used} is not declared")
    runs = action.get("runs") or {}
    if runs.get("using") != "composite":
        problems.append(f"{path}: runs.using is not 'composite'")
    steps = runs.get("steps") or []
    for i, step in enumerate(steps):
        if "run" in step and "shell" not in step:
            problems.append(f"{path}: step {i + 1} has run but no shell (composite steps need one)")
        if ("run" in step) == ("uses" in step):
            problems.append(f"{path}: step {i + 1} needs exactly one of run and uses")
    for name, spec in (action.get("outputs") or {}).items():
        if "value" not in (spec or {}):
            problems.append(f"{path}: output '{name}' has no value (composite outputs need one)")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1

    workflow = {
        "name": action["name"],
        "on": {"workflow_call": {"inputs": {
            name: {
                "description": spec["description"],
                "type": "string",
                "required": bool(spec.get("required", False)),
                # A workflow input's default cannot be an expression; the action's may.
                "default": "" if "${{" in str(spec.get("default", "")) else str(spec.get("default", "")),
            }
            for name, spec in inputs.items()
        }}},
        "jobs": {"action": {
            "runs-on": "ubuntu-latest",
            "outputs": {name: spec["value"] for name, spec in (action.get("outputs") or {}).items()},
            "steps": steps,
        }},
    }
    print(yaml.safe_dump(workflow, sort_keys=False, allow_unicode=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
