"""Workers: jobs, the retry policy, the in-process scheduler and the PostgreSQL queue.

``followback run`` (:func:`~followback.workers.service.run_service`) is the entry point.
"""

from followback.workers.base import JobOutcome, JobResult, JobRunner, RetryPolicy
from followback.workers.service import ServiceOptions, ServiceSummary, run_service, run_worker

__all__ = [
    "JobOutcome",
    "JobResult",
    "JobRunner",
    "RetryPolicy",
    "ServiceOptions",
    "ServiceSummary",
    "run_service",
    "run_worker",
]
