"""``ami gateway``: a fleet of PBXs on RabbitMQ (needs the ``amikit[gateway]`` extra).

Holds the AMI connections of many PBXs, publishes their events as JSON to a topic
exchange, answers actions sent as AMQP RPC, and shares the fleet among several gateway
processes with ownership kept in RabbitMQ.  See docs/gateway.md.
"""

from __future__ import annotations

from .config import GatewayConfig, PbxConfig, Role, load_config, parse_config
from .main import main

__all__ = ["GatewayConfig", "PbxConfig", "Role", "load_config", "main", "parse_config"]
