"""bench/sweep_params.py: the grid names real parameters, with their own types."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from sweep_params import parse_grid  # noqa: E402


def test_a_grid_reads_each_parameter_with_its_type():
    grid = parse_grid(["lead_margin=0.2,0.3", "window=1,2"])
    assert grid == {"lead_margin": [0.2, 0.3], "window": [1, 2]}
    assert all(isinstance(v, int) for v in grid["window"])  # an index width, never 1.0


@pytest.mark.parametrize("item", ["no_such_weight=1", "lead_margin=", "name_scope=window"])
def test_a_grid_of_no_numeric_parameter_says_which_exist(item):
    with pytest.raises(SystemExit, match="lead_margin"):
        parse_grid([item])
