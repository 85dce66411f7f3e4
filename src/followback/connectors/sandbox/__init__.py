"""The built-in sandbox network: a simulated platform for the demo, fast tests and benchmarks."""

from collections.abc import Mapping

from followback.connectors.sandbox.connector import FaultPlan, SandboxConnector
from followback.connectors.sandbox.messages import MessageCategory
from followback.connectors.sandbox.network import (
    BrandWorld,
    SandboxMessage,
    SandboxNetwork,
    WorldParams,
)
from followback.connectors.sandbox.population import AccountKind, Population

__all__ = [
    "AccountKind",
    "BrandWorld",
    "FaultPlan",
    "MessageCategory",
    "Population",
    "SandboxConnector",
    "SandboxConnectorFactory",
    "SandboxMessage",
    "SandboxNetwork",
    "WorldParams",
]

_NETWORKS: dict[int, SandboxNetwork] = {}


def SandboxConnectorFactory(  # noqa: N802 - a factory registered as an entry point
    handle: str, credentials: Mapping[str, str], server: str | None = None
) -> SandboxConnector:
    """Connect to a brand on the in-process sandbox network named by ``credentials['seed']``.

    The brand is created on first use with ``credentials['followers']`` followers.
    """
    seed = int(credentials.get("seed", "0"))
    net = _NETWORKS.setdefault(seed, SandboxNetwork(seed=seed))
    if handle.lstrip("@") not in net.brands:
        net.add_brand(handle.lstrip("@"), followers=int(credentials.get("followers", "1000")))
    return net.connector(handle)
