"""The SMS backends and task under their old names: they moved to ``citizens_site.core.sms``
(accounts send codes too), and deployments name ``complaints.messaging.sms.…`` in
SMS_BACKEND, as do tasks already queued."""

from citizens_site.core.sms import (  # noqa: F401 (re-exported)
    BaseBackend,
    ConsoleBackend,
    DeliveryError,
    HttpGatewayBackend,
    LocmemBackend,
    RejectedError,
    get_backend,
    outbox,
    send_sms,
)
