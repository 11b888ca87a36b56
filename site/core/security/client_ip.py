"""The address of the citizen's device, as every rate limit and the sign-in lockout see it.

Behind the TLS proxy that production runs, ``REMOTE_ADDR`` is the proxy: keyed on it, every
limit would be one bucket for the whole country. The proxy appends the address it saw to
``X-Forwarded-For``; only the entries that our own proxies appended can be believed, since a
client may send any ``X-Forwarded-For`` it likes.

Two ways to say which proxies are ours (settings, from the environment):

- ``TRUSTED_PROXIES``: a list of networks (CIDR). The request's ``REMOTE_ADDR`` must be in one
  of them, or the header is ignored; the header is then read from the right, skipping our own
  proxies, and the first address that is not one of them is the client. A request sent straight
  to a worker, round the proxy, cannot choose its address. The safer choice.
- ``TRUSTED_PROXY_COUNT``: how many proxies of ours stand in front of the workers; the client is
  that many places from the right of the header. Right only if the workers cannot be reached
  except through the proxies (bind them to 127.0.0.1 or a private network).

With neither set (development, or a worker that faces the internet) the header is ignored.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(cidrs):
    return tuple(ipaddress.ip_network(cidr.strip(), strict=False) for cidr in cidrs if cidr)


def _address(text):
    """The address in ``text`` (IPv6 in brackets and an IPv4 port tolerated), or None."""
    text = (text or "").strip()
    if text.startswith("[") and "]" in text:
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # 203.0.113.7:51234
        text = text.split(":")[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def client_ip(request):
    """The client's address as text; ``REMOTE_ADDR`` whenever the header cannot be trusted."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()) or ()))
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0
    if not trusted and count <= 0:
        return remote
    hops = [_address(item) for item in request.headers.get("X-Forwarded-For", "").split(",")]
    if trusted:
        remote_address = _address(remote)
        if remote_address is None or not any(remote_address in net for net in trusted):
            return remote
        for hop in reversed(hops):
            if hop is None:
                return remote  # a mangled header: believe nothing in it
            if not any(hop in net for net in trusted):
                return str(hop)
        return remote
    if len(hops) < count or hops[-count] is None:
        return remote
    return str(hops[-count])
