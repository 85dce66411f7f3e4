"""The built-in sandbox network: a simulated platform for the demo, fast tests and benchmarks."""

from collections.abc import Mapping
from pathlib import Path

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


def SandboxConnectorFactory(
    handle: str, credentials: Mapping[str, str], server: str | None = None
) -> SandboxConnector:
    """Connect to a brand on a sandbox network.

    ``server`` is the path of a saved network (``SandboxNetwork.save``): it is loaded, and
    saved again when the connector is closed, so CLI commands, the dashboard and the
    service see one simulated world. Without ``server``, an in-process network named by
    ``credentials['seed']`` is used, and the brand is created on first use with
    ``credentials['followers']`` followers.
    """
    name = handle.lstrip("@")
    if server:
        path = Path(server)
        net = SandboxNetwork.load(path)
        conn = net.connector(name)
        conn.on_close = lambda: net.save(path)
        return conn
    seed = int(credentials.get("seed", "0"))
    net = _NETWORKS.setdefault(seed, SandboxNetwork(seed=seed))
    if name not in net.brands:
        net.add_brand(name, followers=int(credentials.get("followers", "1000")))
    return net.connector(name)
