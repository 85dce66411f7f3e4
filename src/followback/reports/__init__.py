"""Reports: figures (matplotlib, inline SVG) and the HTML report template.

The web dashboard reuses :mod:`followback.reports.figures`, so both show the same plots.
"""

from followback.reports.figures import (
    churn_figure,
    followers_figure,
    inactive_figure,
    ratio_figure,
    survival_figure,
    to_svg,
)

__all__ = [
    "churn_figure",
    "followers_figure",
    "inactive_figure",
    "ratio_figure",
    "survival_figure",
    "to_svg",
]
