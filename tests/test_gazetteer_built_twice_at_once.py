"""Two processes that build the gazetteer at once on a fresh checkout (an evaluation and a
test run) both finish: each writes its own temporary file, and the last rename wins."""

import subprocess
import sys

BUILD = "import sys; from pathlib import Path; from kroniek.geo.build import build; build(Path(sys.argv[1]))"


def test_two_builds_at_once_both_finish(tmp_path):
    target = tmp_path / "gazetteer.sqlite"
    runs = [
        subprocess.Popen([sys.executable, "-c", BUILD, str(target)], stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    errors = [run.communicate(timeout=600)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    from kroniek.geo.gazetteer import Gazetteer

    assert any(p.kind == "city" for p in Gazetteer(target).lookup("Kabul"))
    assert not list(tmp_path.glob("*.tmp"))
