"""The shared cache (Redis), made to fail open: when Redis is down the portal keeps serving.

Django's own RedisCache raises on every call when Redis cannot be reached, and the cache is
read on every page (Wagtail's site paths, menus), at every sign-in (allauth's limits) and by
every rate limit, so a Redis outage would take the whole portal down with it. Here each call
that cannot reach Redis answers as an empty cache that takes everything: ``get`` gives the
default, ``set`` and ``delete`` do nothing, and ``add`` says the value was stored, so that a
rate limit counts the request as its first, allauth's sign-in lock is taken, and a one-time
form token is claimed (``core.resubmission``). While Redis is down, then, rate limits and
the follow-up lockout let requests through, and a form sent twice may act twice; pages,
sign-in and submissions keep working. That is the choice for a public service (README,
"Faults"), and every outage is logged.

After a failure the cache does not try Redis again for ``RETRY_SECONDS``, so pages do not each
wait out the connection timeout (``OPTIONS`` in settings: one second).
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 10
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)

# Per process and per Redis address (each thread has its own cache object): when to try again.
_down_until: dict[str, float] = {}
_lock = threading.Lock()


class FailOpenRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._address = server if isinstance(server, str) else ",".join(server)

    def _call(self, operation, fallback, *args, **kwargs):
        until = _down_until.get(self._address)
        if until is not None and time.monotonic() < until:
            return fallback()
        try:
            result = operation(*args, **kwargs)
        except UNREACHABLE as error:
            with _lock:
                first = self._address not in _down_until
                _down_until[self._address] = time.monotonic() + RETRY_SECONDS
            # Never the key or the value: a key can hold a reference number or an address.
            logger.error(
                "The shared cache (Redis) cannot be reached (%s)%s: rate limits, sign-in "
                "limits and one-time form tokens let requests through until it answers.",
                type(error).__name__,
                "" if first else ", still",
            )
            return fallback()
        if until is not None:
            with _lock:
                _down_until.pop(self._address, None)
            logger.warning("The shared cache (Redis) answers again.")
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, lambda: True, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(super().get, lambda: default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set, lambda: None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, lambda: False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(super().delete, lambda: False, key, version)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, dict, keys, version)

    def has_key(self, key, version=None):
        return self._call(super().has_key, lambda: False, key, version)

    def incr(self, key, delta=1, version=None):
        return self._call(super().incr, _missing, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set_many, lambda: list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, lambda: None, keys, version)

    def clear(self):
        return self._call(super().clear, lambda: False)


def _missing():
    # What incr says of a key that is not there; rate limits and the lockout expect it.
    raise ValueError("Key not found (the shared cache cannot be reached).")
