"""Ship the top-level rule folders inside the wheel.

The design card keeps ``parameters/`` and ``variables/`` at the top of the repository, where legal
advisors find them. A non-editable install has no repository, so the build copies both trees into
``inburgering_rules/_data``; ``inburgering_rules.paths`` looks there first.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RULE_FOLDERS = ("parameters", "variables")


class BuildPyWithRules(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "inburgering_rules" / "_data"
        for folder in RULE_FOLDERS:
            shutil.copytree(
                folder,
                target / folder,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            )


setup(cmdclass={"build_py": BuildPyWithRules})
