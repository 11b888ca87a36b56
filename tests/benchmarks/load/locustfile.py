"""Citizens submitting cases with files, for locust (started by run.py, headless):

    LOAD_ACCOUNTS=accounts.json LOAD_LOG=submissions.jsonl locust -f this file --headless ...

Each simulated citizen takes the next account from LOAD_ACCOUNTS, signs in, files a few cases
(at most LOAD_CASES_PER_ACCOUNT, below the daily quota), now and then reads "my requests" and
checks that every case it filed is listed, then signs out and the next citizen takes its place.
One form in LOAD_DOUBLE_CLICK is sent twice at the same moment, as a double click does: both
answers must lead to the same receipt.

What was sent and what came back goes to LOAD_LOG, one JSON object a line: "sent" before the
form leaves (its one-time token, the files' SHA-256), then "accepted" (the reference on the
receipt), "refused" (the form came back) or "unanswered" (an error or no answer). checker.py
reads it. The portal sits behind a pretend TLS proxy: each citizen sends X-Forwarded-Proto
https and an X-Forwarded-For address of its own (run.py trusts 127.0.0.1 as the proxy), so
rate limits count per citizen, and Secure cookies travel over the loopback hop as they would
between the proxy and the workers.
"""

import html
import itertools
import json
import os
import random
import re
import time
from http.cookiejar import DefaultCookiePolicy
from urllib.parse import urlsplit

import gevent
from locust import HttpUser, between, task
from locust.exception import StopUser

from tests.benchmarks.load import files

ACCOUNTS = json.loads(open(os.environ["LOAD_ACCOUNTS"], encoding="utf-8").read())  # noqa: SIM115
LOG = open(os.environ["LOAD_LOG"], "a", encoding="utf-8", buffering=1)  # noqa: SIM115
CASES_PER_ACCOUNT = int(os.environ.get("LOAD_CASES_PER_ACCOUNT", "6"))
DOUBLE_CLICK = float(os.environ.get("LOAD_DOUBLE_CLICK", "0.15"))
TIMEOUT = float(os.environ.get("LOAD_TIMEOUT", "60"))
# Each run's citizens come from addresses of their own, so a sign-in limit still counting
# from an earlier run (Redis keeps it a minute) never meets them.
NETWORK = int(os.environ.get("LOAD_NETWORK", "0"))
_accounts = itertools.count()
_forms = itertools.count()
_addresses = itertools.count(1)

LANGUAGES = ["ar", "ar", "ar", "ckb", "en"]
SUBJECTS = [
    "تأخر إصدار البطاقة الوطنية",
    "انقطاع الماء في الحي",
    "طلب تبليط شارع",
    "گەیاندنی کارەبا",
    "Delay in a pension payment",
]
HIDDEN = r'name="{}"[^>]*value="([^"]*)"'
RECEIPT_PATH = re.compile(r"/complaints/case/([0-9-]+)/receipt/$")


def log(event: str, **fields) -> None:
    LOG.write(json.dumps({"event": event, "at": time.time(), **fields}, ensure_ascii=False) + "\n")


def hidden(page: str, name: str) -> str | None:
    match = re.search(HIDDEN.format(re.escape(name)), page)
    return html.unescape(match.group(1)) if match else None


def _through_the_proxy(self, cookie, request):
    """Secure cookies go back over plain HTTP: the TLS ends at the (pretend) proxy. Set on the
    policy class, since requests copies the cookies into a fresh jar for every request."""
    return True


DefaultCookiePolicy.return_ok_secure = _through_the_proxy


class Citizen(HttpUser):
    wait_time = between(1, 4)

    def on_start(self):
        self.rng = random.Random()
        self.language = self.rng.choice(LANGUAGES)
        number = next(_addresses)
        self.address = f"10.{NETWORK}.{(number >> 8) & 255}.{number & 255}"
        parts = urlsplit(self.host)
        self.origin = f"https://{parts.netloc}"
        self.client.headers.update({"X-Forwarded-For": self.address, "X-Forwarded-Proto": "https"})
        self.sign_in()

    def url(self, path: str) -> str:
        return f"/{self.language}{path}"

    def post_headers(self, path: str) -> dict:
        # A browser's POST carries its Origin; Django's CSRF check wants it on HTTPS.
        return {"Origin": self.origin, "Referer": f"{self.origin}{self.url(path)}"}

    # --- Signing in and out ------------------------------------------------------------------

    def sign_in(self):
        index = next(_accounts)
        if index >= len(ACCOUNTS["emails"]):
            raise StopUser  # every prepared citizen has had a turn
        self.email = ACCOUNTS["emails"][index]
        self.accepted: list[str] = []
        self.quota = self.rng.randint(1, CASES_PER_ACCOUNT)
        page = self.client.get(
            self.url("/accounts/login/"), name="/[lang]/accounts/login/", timeout=TIMEOUT
        )
        with self.client.post(
            self.url("/accounts/login/"),
            data={
                "csrfmiddlewaretoken": hidden(page.text, "csrfmiddlewaretoken"),
                "login": self.email,
                "password": ACCOUNTS["password"],
            },
            headers=self.post_headers("/accounts/login/"),
            name="/[lang]/accounts/login/ [sign in]",
            catch_response=True,
            timeout=TIMEOUT,
        ) as response:
            if not response.url.rstrip("/").endswith("/complaints/mine"):
                response.failure(f"sign-in did not reach my requests ({response.status_code})")
                raise StopUser

    def sign_out(self):
        page = self.client.get(
            self.url("/complaints/mine/"), name="/[lang]/complaints/mine/", timeout=TIMEOUT
        )
        self.client.post(
            self.url("/accounts/logout/"),
            data={"csrfmiddlewaretoken": hidden(page.text, "csrfmiddlewaretoken")},
            headers=self.post_headers("/complaints/mine/"),
            name="/[lang]/accounts/logout/",
            timeout=TIMEOUT,
        )
        self.client.cookies.clear()

    # --- What a citizen does ---------------------------------------------------------------

    @task(6)
    def submit(self):
        if len(self.accepted) >= self.quota:
            self.sign_out()
            self.sign_in()
        form = self.client.get(
            self.url("/complaints/submit/"), name="/[lang]/complaints/submit/", timeout=TIMEOUT
        )
        if form.status_code != 200:
            return
        data = self.fill_in(form.text)
        number = next(_forms)
        label = f"{os.getpid()}-{number}"
        sent = [
            files.attachment(self.rng, f"doc-{label}-{n}") for n in range(self.rng.randint(1, 2))
        ]
        double = self.rng.random() < DOUBLE_CLICK
        log(
            "sent",
            token=data["submission_token"],
            account=self.email,
            subject=data["subject"],
            double=double,
            files=[{k: v for k, v in f.items() if k != "data"} for f in sent],
        )
        clicks = 2 if double else 1
        answers = gevent.joinall(
            [gevent.spawn(self.send, data, sent, double) for _ in range(clicks)]
        )
        references = [a.value for a in answers]
        if all(references) and len(set(references)) == 1:
            self.accepted.append(references[0])
        log(
            "answered",
            token=data["submission_token"],
            account=self.email,
            references=references,
        )

    def fill_in(self, page: str) -> dict:
        category_map = json.loads(
            html.unescape(
                re.search(
                    r'<script id="category-map" type="application/json">(.*?)</script>', page, re.S
                ).group(1)
            )
        )
        choices = [
            (agency, kind, categories)
            for agency, kinds in category_map.items()
            for kind, categories in kinds.items()
            if categories
        ]
        agency, kind, categories = self.rng.choice(choices)
        place_select = re.search(r'<select name="place".*?</select>', page, re.S).group(0)
        places = [p for p in re.findall(r'value="([a-z_]+)"', place_select) if p != "abroad"]
        return {
            "csrfmiddlewaretoken": hidden(page, "csrfmiddlewaretoken"),
            "submission_token": hidden(page, "submission_token"),
            "agency": agency,
            "kind": kind,
            "category": str(self.rng.choice(categories)),
            "subject": f"{self.rng.choice(SUBJECTS)} {self.rng.randint(1, 10**6)}",
            "details": "حدث ذلك الأسبوع الماضي في دائرة الأحوال المدنية، وأطلب حلاً سريعاً. " * 3,
            "place": self.rng.choice(places),
            "place_country": "",
            **({"consent_to_publish": "on"} if self.rng.random() < 0.5 else {}),
        }

    def send(self, data: dict, sent: list[dict], double: bool) -> str | None:
        """One press of the button; the reference on the receipt it leads to, or None."""
        name = (
            "/[lang]/complaints/submit/ [send twice]"
            if double
            else "/[lang]/complaints/submit/ [send]"
        )
        token = data["submission_token"]
        try:
            with self.client.post(
                self.url("/complaints/submit/"),
                data=data,
                files=[("attachments", (f["name"], f["data"], f["type"])) for f in sent],
                headers=self.post_headers("/complaints/submit/"),
                name=name,
                catch_response=True,
                timeout=TIMEOUT,
            ) as response:
                path = urlsplit(response.url).path
                match = RECEIPT_PATH.search(path)
                if response.status_code == 200 and match:
                    reference = match.group(1)
                    if reference not in response.text:
                        response.failure("the receipt does not show its reference")
                        log("unanswered", token=token, error="receipt without reference")
                        return None
                    log(
                        "accepted",
                        token=token,
                        account=self.email,
                        reference=reference,
                        access_code_shown="receipt__code" in response.text,
                    )
                    return reference
                if response.status_code == 200:
                    response.failure("the form came back")
                    errors = re.findall(
                        r'class="[^"]*error[^"]*"[^>]*>([^<]{3,200})<', response.text
                    )
                    log("refused", token=token, status=200, errors=errors[:3])
                    return None
                log("unanswered", token=token, status=response.status_code)
                return None  # locust counts the status as a failure itself
        except Exception as error:  # noqa: BLE001 - a failed request is a figure, not a crash
            log("unanswered", token=token, error=repr(error)[:200])
            return None

    @task(2)
    def my_requests(self):
        """Every case this citizen filed is listed (at most a few: all on the first page)."""
        with self.client.get(
            self.url("/complaints/mine/"),
            name="/[lang]/complaints/mine/",
            catch_response=True,
            timeout=TIMEOUT,
        ) as response:
            if response.status_code != 200:
                return
            missing = [r for r in self.accepted if r not in response.text]
            if missing:
                response.failure(f"my requests lacks {len(missing)} accepted case(s)")
                log("missing_from_my_requests", account=self.email, references=missing)
