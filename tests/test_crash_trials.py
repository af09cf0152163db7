"""Crash trials, a few of each kind (bench/crash_trials.py runs fifty of each and its figures
are in docs/RELIABILITY.md): kill -9 during saves, imports, backups and restores loses no
committed record, leaves no partial import and no damaged file; backups taken while another
process writes hold exactly the first k of its transactions."""

from __future__ import annotations

import pytest

from bench.crash_trials import KINDS, run

TRIALS = 4


@pytest.mark.parametrize("kind", KINDS)
def test_kill_minus_nine(kind, tmp_path):
    [tally] = run([kind], TRIALS, seed=sum(map(ord, kind)), work_root=tmp_path)
    assert tally.failures == []
    assert tally.trials == TRIALS
    if kind == "save":
        assert tally.notes.get("killed") == TRIALS and tally.notes["records saved"] > 0
    if kind == "concurrent":
        assert tally.notes["instruments in the backups"] > 0
