"""Sequential monitoring of an experiment looked at every week, and its power.

Looking at an experiment every week and calling it as soon as ``p < 0.05`` would declare
far more false differences than 5 %. The boundaries here spend the 5 % over the looks
with the Lan–DeMets O'Brien–Fleming-type spending function, each side spending
``alpha/2 * ... = 2 - 2 * Phi(z_(1 - alpha/4) / sqrt(t))`` (gsDesign's ``sfLDOF`` on a
symmetric two-sided design), where ``t`` is the information fraction (departures
observed / departures the experiment is planned to need). Early
looks need a very large z to stop; the last look needs about the usual 1.96. The
boundary of each look depends only on the information fractions of the looks so far,
so the same data always give the same verdict however often a page is opened.

The boundaries come from the recursive numerical integration of Armitage, McPherson and
Rowe (Jennison & Turnbull, *Group Sequential Methods*, ch. 19) on the B-value
``B(t) = Z(t) * sqrt(t)``, a Brownian motion under the null. It is written here because
no maintained Python package provides Lan–DeMets boundaries (R's gsDesign and
rpact do; statsmodels does not); a unit test checks it against published values.

A *repeated confidence interval* (estimate ± boundary × standard error) covers the
truth at every look at once with 95 % probability, so an interval shown at any weekly
look is honest about the looks before it.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.special import ndtr, ndtri

__all__ = [
    "Boundaries",
    "events_needed",
    "obrien_fleming_boundaries",
    "spent_alpha",
]

_GRID = 401  # points of the B-value grid between the boundaries
_CAP = 9.0  # grid half-width in standard deviations where no boundary applies


def spent_alpha(t: float, alpha: float = 0.05) -> float:
    """Two-sided alpha spent by information fraction ``t`` (O'Brien–Fleming type)."""
    if t <= 0.0:
        return 0.0
    if t >= 1.0:
        return alpha
    per_side = 2.0 - 2.0 * float(ndtr(float(ndtri(1.0 - alpha / 4.0)) / math.sqrt(t)))
    return 2.0 * per_side


@dataclass(frozen=True)
class Boundaries:
    """Two-sided z boundaries, one per look (``inf``: nothing left to spend)."""

    fractions: tuple[float, ...]
    z: tuple[float, ...]
    alpha: float


def _crossing(x: np.ndarray, w: np.ndarray, b: float, sd: float) -> float:
    """Probability of reaching ``|B| >= b`` from mass ``w`` at points ``x``."""
    return float(np.sum(w * (ndtr((-b - x) / sd) + ndtr((x - b) / sd))))


def _solve(x: np.ndarray, w: np.ndarray, target: float, scale: float, sd: float) -> float:
    """The z boundary whose crossing probability at this look is ``target``."""
    lo, hi = 0.0, 40.0
    for _ in range(50):  # bisection: the crossing probability falls as the boundary rises
        mid = (lo + hi) / 2.0
        if _crossing(x, w, mid * scale, sd) > target:
            lo = mid
        else:
            hi = mid
    return hi


def obrien_fleming_boundaries(fractions: Sequence[float], alpha: float = 0.05) -> Boundaries:
    """Boundaries for looks at the increasing information ``fractions`` (may exceed 1)."""
    ts = [float(t) for t in fractions]
    if any(t <= 0 for t in ts) or any(b <= a for a, b in itertools.pairwise(ts)):
        raise ValueError(f"information fractions must be positive and increasing: {ts}")
    x, w = np.zeros(1), np.ones(1)  # B(0) = 0 with probability 1
    prev_t, spent, zs = 0.0, 0.0, []
    for t in ts:
        sd = math.sqrt(t - prev_t)
        target = spent_alpha(t, alpha) - spent
        scale = math.sqrt(t)
        z = _solve(x, w, target, scale, sd) if target > 1e-12 else math.inf
        spent += _crossing(x, w, z * scale, sd) if math.isfinite(z) else 0.0
        half = min(z * scale, _CAP * scale) if math.isfinite(z) else _CAP * scale
        grid = np.linspace(-half, half, _GRID)
        step = grid[1] - grid[0]
        # Sub-density of B(t) on paths that have not crossed yet, as masses on the grid.
        u = (grid[:, None] - x[None, :]) / sd
        dens = np.exp(-0.5 * u * u) @ w / (sd * math.sqrt(2.0 * math.pi))
        x, w = grid, dens * step
        zs.append(z)
        prev_t = t
    return Boundaries(tuple(ts), tuple(zs), alpha)


def events_needed(
    hazard_ratio: float, *, alpha: float = 0.05, power: float = 0.8, share: float = 0.5
) -> int:
    """Departures needed to detect ``hazard_ratio`` (Schoenfeld's formula).

    ``share`` is the share of followers in one arm (the hold-out share). The O'Brien–
    Fleming design needs about 3 % more than a single look; that is added.
    """
    if not 0.0 < share < 1.0:
        raise ValueError(f"share must be between 0 and 1, not {share}")
    z = float(ndtri(1.0 - alpha / 2.0) + ndtri(power))
    d = z * z / (share * (1.0 - share) * math.log(hazard_ratio) ** 2)
    return math.ceil(1.03 * d)
