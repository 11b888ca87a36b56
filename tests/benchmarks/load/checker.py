"""The invariants of a load run, held against the database and the stored files:

    DATABASE_URL=... PRIVATE_MEDIA_ROOT=... \
        .venv/bin/python -m tests.benchmarks.load.checker RUN_DIR

run.py calls it once the server and locust have stopped, with the server's environment. It
reads RUN_DIR/submissions.jsonl (the locustfile's log), locust's CSV statistics and gunicorn's
access log, and proves:

- every form whose receipt the citizen saw is stored exactly once, under that reference, for
  that citizen, with exactly the files sent (a PDF's bytes hash to what was sent; a PNG, which
  the portal re-encodes, holds the same pixels), each stored file hashing to the SHA-256 the
  case recorded;
- a form sent twice at once gave one case, and both presses the same receipt, each showing
  the access code (the citizen sees the answer to the second press);
- references are unique, and no case exists that no receipt announced (an orphan);
- no form was refused or left unanswered, "my requests" always listed the citizen's cases,
  and no response was a 5xx (neither locust nor gunicorn saw one);
- no stray file lies in private storage beside the attachments;
- each case queued exactly one receipt e-mail (a double click sends no second one).

It prints the figures and writes them to RUN_DIR/figures.md; the exit status is 1 when an
invariant fails.
"""

import collections
import csv
import hashlib
import json
import os
import re
import sys
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citizens_site.settings.base")
django.setup()

from django.conf import settings  # noqa: E402 - needs the apps set up
from django_tasks_db.models import DBTaskResult  # noqa: E402

from complaints.models import Attachment, Case  # noqa: E402
from tests.benchmarks.load import files  # noqa: E402


def read_log(path: Path) -> dict[str, dict]:
    """Everything the log says about each form, keyed by its one-time token."""
    forms: dict[str, dict] = collections.defaultdict(
        lambda: {"accepted": [], "refused": [], "unanswered": [], "answered": None}
    )
    missing_listings = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        event = entry["event"]
        if event == "missing_from_my_requests":
            missing_listings.append(entry)
            continue
        form = forms[entry["token"]]
        if event == "sent":
            form["sent"] = entry
        elif event == "answered":
            form["answered"] = entry
        else:
            form[event].append(entry)
    return {"forms": dict(forms), "missing_listings": missing_listings}


def locust_figures(run_dir: Path) -> dict:
    with open(run_dir / "locust_stats.csv", encoding="utf-8") as stats:
        rows = {row["Name"]: row for row in csv.DictReader(stats)}
    total = rows.pop("Aggregated")
    server_errors = 0
    failures_path = run_dir / "locust_failures.csv"
    failure_lines = []
    if failures_path.exists():
        with open(failures_path, encoding="utf-8") as failures:
            for row in csv.DictReader(failures):
                failure_lines.append(f"{row['Occurrences']} x {row['Name']}: {row['Error'][:120]}")
                if " 5" in row["Error"][:40] or "Server Error" in row["Error"]:
                    server_errors += int(row["Occurrences"])
    exceptions_path = run_dir / "locust_exceptions.csv"
    if exceptions_path.exists():
        with open(exceptions_path, encoding="utf-8") as exceptions:
            for row in csv.DictReader(exceptions):
                failure_lines.append(f"{row['Count']} x exception: {row['Message'][:160]}")
    return {"total": total, "rows": rows, "server_errors": server_errors, "failures": failure_lines}


def access_log_figures(path: Path) -> dict:
    """gunicorn's own count: status, method, path and milliseconds spent on each response
    (without the time it waited for a free worker, which locust's figures include)."""
    statuses: collections.Counter[str] = collections.Counter()
    times, form_times = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        status, method, url, milliseconds = line.split(" ")
        statuses[status[0] + "xx"] += 1
        times.append(int(milliseconds))
        if method == "POST" and url.endswith('/complaints/submit/"'):
            form_times.append(int(milliseconds))
    return {"statuses": dict(statuses), "count": len(times), "all": times, "forms": form_times}


def percentiles(values: list[int]) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    picks = [ordered[min(len(ordered) - 1, int(len(ordered) * q))] for q in (0.5, 0.95, 0.99)]
    return " / ".join(f"{value} ms" for value in picks)


def file_sha256(field_file) -> str | None:
    digest = hashlib.sha256()
    try:
        with field_file.open("rb") as data:
            for chunk in iter(lambda: data.read(1 << 16), b""):
                digest.update(chunk)
    except FileNotFoundError:
        return None
    return digest.hexdigest()


def check_files(case: Case, sent: list[dict], problems: list[str]) -> int:
    """The case holds exactly the files sent, intact; returns how many were compared."""
    stored = list(case.attachments.all())
    if len(stored) != len(sent):
        problems.append(f"{case.reference}: {len(stored)} files stored, {len(sent)} sent")
    wanted = collections.Counter(
        (f["type"], f["pixels"] if f["type"] == files.PNG else f["sha256"]) for f in sent
    )
    found: collections.Counter[tuple[str, str]] = collections.Counter()
    for attachment in stored:
        digest = file_sha256(attachment.file)
        if digest is None:
            problems.append(f"{case.reference}: attachment {attachment.pk} has no file")
            continue
        if digest != attachment.sha256:
            problems.append(f"{case.reference}: attachment {attachment.pk} altered since received")
        if attachment.content_type == files.PNG:
            with attachment.file.open("rb") as data:
                found[(files.PNG, files.pixels_sha256(data.read()))] += 1
        else:
            found[(attachment.content_type, digest)] += 1
    if found != wanted:
        problems.append(f"{case.reference}: the stored files are not the files sent")
    return len(stored)


def stray_files(root: Path) -> int:
    """Files under the private storage's cases/ folder that no attachment names."""
    known = set(Attachment.objects.values_list("file", flat=True))
    cases_dir = root / "cases"
    if not cases_dir.exists():
        return 0
    on_disk = {str(p.relative_to(root)) for p in cases_dir.rglob("*") if p.is_file()}
    return len(on_disk - known)


def receipts_queued() -> collections.Counter[str]:
    """How many receipt e-mails the task queue holds for each reference (no worker runs
    during the load run, so every message queued is still there)."""
    counts: collections.Counter[str] = collections.Counter()
    messages = DBTaskResult.objects.filter(task_path__endswith=".send_email")
    for arguments in messages.values_list("args_kwargs", flat=True):
        kwargs = arguments["kwargs"]
        for reference in set(re.findall(r"\d{2}-\d{6}-\d", kwargs["subject"] + kwargs["body"])):
            counts[reference] += 1
    return counts


def check(run_dir: Path) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    meta = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))
    log = read_log(run_dir / "submissions.jsonl")
    forms = log["forms"]
    problems: list[str] = []

    accepted = {t: f for t, f in forms.items() if f["accepted"]}
    for token, form in forms.items():
        if "sent" not in form:
            problems.append(f"form {token}: answered but never logged as sent")
    refused = sum(1 for f in forms.values() if f["refused"])
    unanswered = sum(1 for f in forms.values() if f["unanswered"])
    if refused:
        problems.append(f"{refused} forms came back refused instead of a receipt")
    if unanswered:
        problems.append(f"{unanswered} forms got an error or no answer")

    cases = {
        str(c.submission_token): c
        for c in Case.objects.select_related("citizen").prefetch_related("attachments")
    }
    compared = 0
    doubles = doubles_one_case = 0
    references_seen: dict[str, str] = {}
    for token, form in accepted.items():
        references = {a["reference"] for a in form["accepted"]}
        sent = form["sent"]
        if sent["double"]:
            doubles += 1
            if len(form["accepted"]) == 2 and len(references) == 1:
                doubles_one_case += 1
            else:
                problems.append(f"form {token}: sent twice, receipts {sorted(references)}")
        for reference in references:
            if references_seen.setdefault(reference, token) != token:
                problems.append(f"{reference}: the receipt of two different forms")
        matching = Case.objects.filter(reference__in=references).count()
        if matching != 1 or len(references) != 1:
            problems.append(f"form {token}: {matching} cases for receipts {sorted(references)}")
        case = cases.get(token)
        if case is None:
            problems.append(f"form {token}: receipt {sorted(references)} but no case stored")
            continue
        if case.reference not in references:
            problems.append(f"form {token}: stored as {case.reference}, receipt said otherwise")
        if case.citizen is None or case.citizen.email != sent["account"]:
            problems.append(f"{case.reference}: stored for another citizen")
        if case.subject != sent["subject"]:
            problems.append(f"{case.reference}: the subject differs from what was sent")
        compared += check_files(case, sent["files"], problems)

    without_code = sum(
        1
        for form in accepted.values()
        for answer in form["accepted"]
        if not answer["access_code_shown"]
    )
    if without_code:
        problems.append(f"{without_code} receipts did not show the access code")
    orphans = [c.reference for t, c in cases.items() if t not in accepted]
    if orphans:
        problems.append(f"{len(orphans)} cases no receipt announced: {orphans[:5]}")
    total_cases = Case.objects.count()
    distinct_references = Case.objects.values("reference").distinct().count()
    if distinct_references != total_cases:
        problems.append("two cases share a reference")
    receipts = receipts_queued()
    without_receipt = sum(1 for c in cases.values() if receipts[c.reference] != 1)
    if without_receipt:
        problems.append(f"{without_receipt} cases without exactly one receipt e-mail queued")
    numbers = sorted(int(c.reference.split("-")[1]) for c in cases.values())
    contiguous = numbers == list(range(1, len(numbers) + 1))
    strays = stray_files(Path(settings.PRIVATE_MEDIA_ROOT))
    if strays:
        problems.append(f"{strays} files in private storage belong to no attachment")
    if log["missing_listings"]:
        problems.append(f"{len(log['missing_listings'])} times my requests lacked a filed case")

    stats = locust_figures(run_dir)
    access = access_log_figures(run_dir / "access.log")
    server_errors = access["statuses"].get("5xx", 0)
    if stats["server_errors"] or server_errors:
        problems.append(
            f"5xx answers: {stats['server_errors']} seen by locust, "
            f"{server_errors} logged by gunicorn"
        )
    exceptions = [line for line in stats["failures"] if " x exception: " in line]
    if exceptions:
        problems.append(f"the simulated citizens raised {len(exceptions)} kinds of exception")
    total = stats["total"]
    duration = meta["seconds"]
    submit = stats["rows"].get("/[lang]/complaints/submit/ [send]", {})

    def ms(row, column):
        return f"{row[column]} ms" if row and row.get(column) not in (None, "", "N/A") else "-"

    figures = [
        ("date, commit", f"{meta['date']}, {meta['commit']}"),
        (
            "setup",
            f"{meta['users']} citizens, {duration} s, gunicorn {meta['workers']} workers, "
            f"PostgreSQL {meta['postgres']}, {os.cpu_count()} cores",
        ),
        (
            "requests (locust, redirects followed) / responses (gunicorn)",
            f"{total['Request Count']} ({float(total['Requests/s']):.1f}/s) / {access['count']}",
        ),
        (
            "all requests p50 / p95 / p99: citizen's wait (locust)",
            f"{ms(total, '50%')} / {ms(total, '95%')} / {ms(total, '99%')}",
        ),
        ("all requests p50 / p95 / p99: worker's time (gunicorn)", percentiles(access["all"])),
        (
            "form sent p50 / p95 / p99: citizen's wait (locust)",
            f"{ms(submit, '50%')} / {ms(submit, '95%')} / {ms(submit, '99%')}",
        ),
        ("form sent p50 / p95 / p99: worker's time (gunicorn)", percentiles(access["forms"])),
        ("failures (locust)", f"{total['Failure Count']}"),
        ("5xx (locust / gunicorn)", f"{stats['server_errors']} / {server_errors}"),
        (
            "responses by status (gunicorn)",
            ", ".join(f"{k} {v}" for k, v in sorted(access["statuses"].items())),
        ),
        (
            "forms sent / accepted / refused / unanswered",
            f"{len(forms)} / {len(accepted)} / {refused} / {unanswered}",
        ),
        ("sent twice at once / one case each", f"{doubles} / {doubles_one_case}"),
        (
            "receipts shown / with the access code",
            f"{sum(len(f['accepted']) for f in accepted.values())} / "
            f"{sum(len(f['accepted']) for f in accepted.values()) - without_code}",
        ),
        ("cases stored / orphans", f"{total_cases} / {len(orphans)}"),
        ("cases with one receipt e-mail queued", f"{total_cases - without_receipt}"),
        ("files compared / stray files", f"{compared} / {strays}"),
        (
            "references unique / numbers contiguous",
            f"{'yes' if distinct_references == total_cases else 'NO'} / "
            f"{'yes' if contiguous else 'no'}",
        ),
        ("mismatches (invariants broken)", f"{len(problems)}"),
    ]
    return figures, problems, stats["failures"]


def render(figures: list[tuple[str, str]], problems: list[str], failures: list[str]) -> str:
    lines = ["| figure | value |", "| --- | --- |"]
    lines += [f"| {name} | {value} |" for name, value in figures]
    if failures:
        lines += ["", "Failures locust recorded:", *[f"- {line}" for line in failures]]
    if problems:
        lines += ["", "Invariants broken:", *[f"- {p}" for p in problems[:50]]]
    else:
        lines += ["", "Every invariant holds."]
    return "\n".join(lines) + "\n"


def main() -> int:
    run_dir = Path(sys.argv[1])
    figures, problems, failures = check(run_dir)
    report = render(figures, problems, failures)
    (run_dir / "figures.md").write_text(report, encoding="utf-8")
    print(report)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
