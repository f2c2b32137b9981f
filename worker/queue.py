"""The broker: dramatiq's Redis broker in production, its in-process stub on the embedded default.

Jobs carry our own ids only, never personal data, and are sent after their transaction commits.
"""

from __future__ import annotations

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker

from config.settings import Settings


def make_broker(settings: Settings) -> dramatiq.Broker:
    broker_url = settings.broker
    if broker_url is None:
        return StubBroker()
    return RedisBroker(url=broker_url.url)
