"""The production SMS backend talks to a real HTTP server standing in for the operator's
gateway: what it sends, and which answers mean "try later" and which mean "never"."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from citizens_site.core import sms


class Gateway(BaseHTTPRequestHandler):
    answer = 202  # the status the next request gets
    received = []

    def do_POST(self):  # http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Gateway.received.append(
            {
                "auth": self.headers["Authorization"],
                "type": self.headers["Content-Type"],
                "body": json.loads(body),
            }
        )
        self.send_response(Gateway.answer)
        self.end_headers()

    def log_message(self, *args):
        pass  # the test server prints nothing (the messages hold phone numbers)


@pytest.fixture
def gateway(settings):
    server = HTTPServer(("127.0.0.1", 0), Gateway)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.SMS_BACKEND = "citizens_site.core.sms.HttpGatewayBackend"
    settings.SMS_GATEWAY_URL = f"http://127.0.0.1:{server.server_port}/messages"
    settings.SMS_GATEWAY_TOKEN = "gateway-token"
    settings.SMS_SENDER = "CitizenGov"
    Gateway.answer, Gateway.received = 202, []
    yield Gateway
    server.shutdown()
    server.server_close()


def test_the_message_reaches_the_gateway_with_number_text_sender_and_token(gateway):
    sms.get_backend().send("+9647712223344", "رقم معاملتك 26-000001-9")

    assert gateway.received == [
        {
            "auth": "Bearer gateway-token",
            "type": "application/json",
            "body": {
                "to": "+9647712223344",
                "text": "رقم معاملتك 26-000001-9",
                "sender": "CitizenGov",
            },
        }
    ]


@pytest.mark.parametrize("status", [429, 500, 503])
def test_a_busy_or_failing_gateway_means_try_again_later(gateway, status):
    gateway.answer = status

    with pytest.raises(sms.DeliveryError) as error:
        sms.get_backend().send("+9647712223344", "26-000001-9")

    assert "+9647712223344" not in str(error.value)


def test_a_refused_message_is_not_retried(gateway):
    gateway.answer = 400

    with pytest.raises(sms.RejectedError):
        sms.get_backend().send("+9647712223344", "26-000001-9")


def test_an_unreachable_gateway_means_try_again_later(settings):
    settings.SMS_BACKEND = "citizens_site.core.sms.HttpGatewayBackend"
    settings.SMS_GATEWAY_URL = "http://127.0.0.1:1/messages"  # nothing listens on port 1

    with pytest.raises(sms.DeliveryError):
        sms.get_backend().send("+9647712223344", "26-000001-9")


def test_deployments_that_name_the_backend_under_complaints_still_reach_the_gateway(
    gateway, settings
):
    # SMS_BACKEND in production environments and tasks already queued use the old module.
    settings.SMS_BACKEND = "complaints.messaging.sms.HttpGatewayBackend"

    sms.get_backend().send("+9647712223344", "26-000001-9")

    assert gateway.received[-1]["body"]["to"] == "+9647712223344"
