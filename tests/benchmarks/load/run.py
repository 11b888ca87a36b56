"""One load run from a fresh database to the figures (see this package's docstring):

    .venv/bin/python -m tests.benchmarks.load.run [--seconds 150] [--users 50] [--smoke]

Needs PostgreSQL (LOAD_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres: a
role that may create databases) and Redis (LOAD_REDIS_URL, default redis://127.0.0.1:6379/7).
Everything the run makes lives in var/load/<run>/ (media, private files, the logs, locust's
CSV files, figures.md) and in a database citizens_load_<run>, dropped at the end unless
--keep-db. The server is gunicorn with DEBUG=0 and the production settings (shared Redis
cache, the database task queue, Secure cookies, HSTS, trusted proxy): only the daily quota is
the production default too, so each citizen files fewer cases than it allows. Nothing leaves
127.0.0.1. Exit status 0 only if every invariant holds.
"""

import argparse
import datetime
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent
PYTHON = sys.executable


def admin_url() -> str:
    return os.environ.get("LOAD_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def commit() -> str:
    result = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    dirty = subprocess.run(["git", "diff", "--quiet", "HEAD"], cwd=ROOT, check=False).returncode
    return result.stdout.strip() + ("+changes" if dirty else "")


def database_url(admin: str, name: str) -> str:
    return admin.rsplit("/", 1)[0] + "/" + name


def create_database(admin: str, name: str) -> str:
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return connection.execute("SHOW server_version").fetchone()[0].split()[0]


def drop_database(admin: str, name: str) -> None:
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def server_environment(run_dir: Path, db_url: str) -> dict:
    """The production settings of the README, pointed at this run's database and folders."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "citizens_site.settings.base",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": db_url,
        "CONN_MAX_AGE": "60",
        "REDIS_URL": os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/7"),
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "EMAIL_URL": "consolemail://",
        "WAGTAILADMIN_BASE_URL": "https://citizen.example.org",
        "TRUSTED_PROXIES": "127.0.0.1/32",
        "MEDIA_ROOT": str(run_dir / "media"),
        "PRIVATE_MEDIA_ROOT": str(run_dir / "private"),
        "LOG_LEVEL": "WARNING",
    }


def say(text: str) -> None:
    print(f"{datetime.datetime.now():%H:%M:%S} {text}", flush=True)


def manage(env: dict, *args: str) -> None:
    say(f"manage.py {args[0]}")
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def wait_until_up(port: int, server: subprocess.Popen, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped before answering; see gunicorn.log")
        try:
            health = f"http://127.0.0.1:{port}/healthz"
            with urllib.request.urlopen(health, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit("gunicorn did not answer /healthz in time")


def stop(process: subprocess.Popen, timeout: float = 30) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run(seconds: int, users: int, workers: int, keep_db: bool) -> int:
    started = datetime.datetime.now(datetime.UTC)
    run_id = started.strftime("%Y%m%d%H%M%S")
    run_dir = ROOT / "var" / "load" / run_id
    run_dir.mkdir(parents=True)
    admin = admin_url()
    db_name = f"citizens_load_{run_id}"
    postgres = create_database(admin, db_name)
    env = server_environment(run_dir, database_url(admin, db_name))
    accounts = users * 40  # each files one to six cases, then the next citizen signs in
    meta = {
        "date": started.date().isoformat(),
        "commit": commit(),
        "users": users,
        "seconds": seconds,
        "workers": workers,
        "postgres": postgres,
        "database": db_name,
    }
    (run_dir / "run.json").write_text(json.dumps(meta), encoding="utf-8")
    print(f"Load run {run_id}: {users} citizens for {seconds} s; files in {run_dir}", flush=True)
    server = None
    try:
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "compile_translations")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        manage(env, "load_reference_data")
        manage(env, "check", "--deploy", "--fail-level", "ERROR")
        subprocess.run(
            [
                PYTHON,
                "-m",
                "tests.benchmarks.load.accounts",
                str(accounts),
                run_dir / "accounts.json",
            ],
            cwd=ROOT,
            env=env,
            check=True,
        )
        port = free_port()
        with open(run_dir / "gunicorn.log", "wb") as server_log:
            server = subprocess.Popen(
                [
                    BIN / "gunicorn",
                    "citizens_site.wsgi",
                    "--workers",
                    str(workers),
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--access-logfile",
                    str(run_dir / "access.log"),
                    "--access-logformat",
                    '%(s)s %(m)s "%(U)s" %(M)s',
                ],
                cwd=ROOT,
                env=env,
                stdout=server_log,
                stderr=subprocess.STDOUT,
            )
            wait_until_up(port, server)
            say(f"gunicorn answers on 127.0.0.1:{port}; locust starts")
            locust_env = {
                **os.environ,
                "LOAD_ACCOUNTS": str(run_dir / "accounts.json"),
                "LOAD_LOG": str(run_dir / "submissions.jsonl"),
                "LOAD_NETWORK": str(secrets.randbelow(250)),
            }
            (run_dir / "submissions.jsonl").touch()
            with open(run_dir / "locust.log", "wb") as locust_log:
                subprocess.run(
                    [
                        BIN / "locust",
                        "-f",
                        str(Path(__file__).with_name("locustfile.py")),
                        "--headless",
                        "--host",
                        f"http://127.0.0.1:{port}",
                        "--users",
                        str(users),
                        "--spawn-rate",
                        str(max(1, users // 10)),
                        "--run-time",
                        f"{seconds}s",
                        "--stop-timeout",
                        "90",
                        "--csv",
                        str(run_dir / "locust"),
                        "--only-summary",
                        "--loglevel",
                        "WARNING",
                    ],
                    cwd=ROOT,
                    env=locust_env,
                    stdout=locust_log,
                    stderr=subprocess.STDOUT,
                    check=False,  # locust exits 1 on any failure: the checker judges
                    timeout=seconds + 180,
                )
            stop(server)
        say("locust and gunicorn stopped; checking")
        checked = subprocess.run(
            [PYTHON, "-m", "tests.benchmarks.load.checker", run_dir],
            cwd=ROOT,
            env=env,
            check=False,
        )
        return checked.returncode
    finally:
        if server is not None:
            stop(server)
        if not keep_db:
            drop_database(admin, db_name)


def main() -> int:
    parser = argparse.ArgumentParser(description="Load without loss: one run and its figures.")
    parser.add_argument("--seconds", type=int, default=150, help="how long locust runs")
    parser.add_argument("--users", type=int, default=50, help="citizens at once")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--smoke", action="store_true", help="a short run: 20 s")
    parser.add_argument("--keep-db", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    seconds = 20 if args.smoke else args.seconds
    return run(seconds, args.users, args.workers, args.keep_db)


if __name__ == "__main__":
    sys.exit(main())
