"""The README's in-process example runs and prints what it says (issue #13, item 7)."""

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_in_process_example_runs():
    text = README.read_text(encoding="utf-8")
    block = re.search(r"<!-- in-process example.*?-->\n```python\n(.*?)```", text, re.S).group(1)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, "README.md", "exec"), {})
    lines = out.getvalue().splitlines()
    # Wi2021 art. 11 lid 1-2: PIP 2022-06-01 → last day 2025-06-01
    assert lines[0] == "{'2024-01-05': '2025-06-01'}"
    assert lines[1] == "{'instances': 1, 'answered': 0, 'failed': 1}"
    assert re.fullmatch(r"\d+\.\d+\.\d+\+[0-9a-f]{12}", lines[2])
