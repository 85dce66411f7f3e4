"""``followback run --once`` says why a job stopped, not only how many did."""

from __future__ import annotations

from followback.workers.base import JobOutcome, JobResult
from followback.workers.service import ServiceSummary


def test_a_dead_job_is_reported_with_its_error() -> None:
    # Seen in an acceptance rehearsal: a wrong FOLLOWBACK_SECRET_KEY printed only
    # "run: accounts=1 jobs: dead=1"; the reason was in a JSON log line on stderr.
    error = "ConfigError: FOLLOWBACK_SECRET_KEY is not a valid key"
    summary = ServiceSummary()
    summary.add(JobResult("cycle", 1, JobOutcome.DEAD, attempts=1, error=error))
    summary.add(JobResult("cycle", 2, JobOutcome.OK, attempts=1))
    assert summary.outcomes == {"dead": 1, "ok": 1}
    assert summary.problems == [f"account #1: cycle dead: {error}"]
