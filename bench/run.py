"""Benchmark: this project's API and `openfisca serve` side by side, on the same rules and payloads.

    .venv/bin/python -m bench.run            # full run (about 2 minutes), prints a Markdown report
    .venv/bin/python -m bench.run --quick    # CI-sized

One worker each, over loopback: a single person with ten outputs, a batch of 1,000 persons; then
in-process runs of 100,000 and 1,000,000 persons through the full chain of outputs, each in its own
process so its peak memory is its own. Both servers must give the same answers (checked first).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 5
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))

from bench.payloads import PEILDATUM, outputs, situation  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, name: str, command: list[str], port: int, probe: str):
        self.name, self.port, self.probe = name, port, probe
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get(probe)
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{name} did not start")

    def get(self, path: str):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        connection.request("GET", path)
        return connection.getresponse().read()

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def ours(port: int) -> Server:
    command = [str(BIN / "python"), "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1", "--port", str(port),
               "--workers", "1", "--log-level", "warning", "--no-access-log"]
    try:
        import httptools  # noqa: F401  (only: is it installed?)
        import uvloop  # noqa: F401

        command += ["--loop", "uvloop", "--http", "httptools"]
    except ImportError:
        pass
    return Server("inburgering-rules (uvicorn, 1 worker)", command, port, "/health")


def openfisca(port: int) -> Server:
    command = [str(BIN / "openfisca"), "serve", "-c", "inburgering_rules", "-p", str(port), "--workers", "1"]
    return Server("openfisca serve (gunicorn, 1 worker)", command, port, "/entities")


def post(connection, body: bytes):
    connection.request("POST", "/calculate", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    data = response.read()
    if response.status != 200:
        raise RuntimeError(f"HTTP {response.status}: {data[:300]!r}")
    return data


def throughput(server: Server, body: bytes, seconds: float, max_requests: int) -> dict:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=600)
    post(connection, body)  # warm-up
    latencies = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end and len(latencies) < max_requests:
        start = time.perf_counter()
        post(connection, body)
        latencies.append(time.perf_counter() - start)
    total = sum(latencies)
    latencies.sort()
    return {
        "requests": len(latencies),
        "per_second": len(latencies) / total,
        "p50_ms": 1000 * latencies[len(latencies) // 2],
        "p95_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))],
    }


def normalise(value):
    """openfisca serve writes dates as HTTP dates; compare on ISO dates."""
    if isinstance(value, str) and value.endswith("GMT"):
        return time.strftime("%Y-%m-%d", time.strptime(value, "%a, %d %b %Y %H:%M:%S GMT"))
    if isinstance(value, float):
        return round(value, 2)
    return value


def same_answers(a: bytes, b: bytes, wanted: list[str]) -> bool:
    x, y = json.loads(a)["personen"], json.loads(b)["personen"]
    return all(
        normalise(x[p][v][PEILDATUM]) == normalise(y[p][v][PEILDATUM]) for p in x for v in wanted
    )


def in_process(count: int) -> dict:
    """Run one in-process size in a child process, so peak memory is that size's alone."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.vector", str(count)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), "0")
    from importlib.metadata import version

    return (f"{os.cpu_count()} cores ({cpu}), {int(memory) // 1024 // 1024} GiB RAM, Python {platform.python_version()}, "
            f"numpy {version('numpy')}, openfisca-core {version('OpenFisca-Core')}, fastapi {version('fastapi')}, "
            f"uvicorn {version('uvicorn')}, gunicorn {version('gunicorn')}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="CI-sized: short runs, 100,000 persons in-process only")
    parser.add_argument("--seconds", type=float, default=None)
    args = parser.parse_args(argv)
    seconds = args.seconds or (2 if args.quick else 10)

    from inburgering_rules import CountryTaxBenefitSystem

    variables = CountryTaxBenefitSystem().variables
    wanted = outputs(variables)
    single = json.dumps(situation(1, wanted, variables)).encode()
    batch = json.dumps(situation(1000, wanted, variables)).encode()

    servers = [ours(free_port()), openfisca(free_port())]
    rows = []
    try:
        check_single = [post(http.client.HTTPConnection("127.0.0.1", s.port, timeout=600), single) for s in servers]
        check_batch = [post(http.client.HTTPConnection("127.0.0.1", s.port, timeout=600), batch) for s in servers]
        if not (same_answers(*check_single, wanted) and same_answers(*check_batch, wanted)):
            print("The two servers disagree on the answers: the comparison would be meaningless.", file=sys.stderr)
            return 1
        for label, body, cap in (("1 person, 10 outputs", single, 100_000), ("1,000 persons, 10 outputs", batch, 200)):
            # Alternate short rounds and keep each server's median round: a noisy neighbour then
            # hits both servers alike instead of whichever happened to run at that moment.
            rounds = [[], []]
            for _ in range(ROUNDS):
                for i, s in enumerate(servers):
                    rounds[i].append(throughput(s, body, seconds / ROUNDS, cap))
            rows.append((label, [sorted(r, key=lambda m: m["per_second"])[len(r) // 2] for r in rounds]))
    finally:
        for s in servers:
            s.stop()

    sizes = [100_000] if args.quick else [100_000, 1_000_000]
    vector = [in_process(n) for n in sizes]

    print(f"Machine: {machine()}")
    print(f"Outputs: {', '.join(wanted)}; peildatum {PEILDATUM}; {seconds:g} s of sequential keep-alive requests "
          f"per server and payload, in {ROUNDS} alternating rounds (median round shown).\n")
    print("| payload | inburgering-rules req/s (p50 / p95 ms) | openfisca serve req/s (p50 / p95 ms) | ratio |")
    print("|---|---|---|---|")
    for label, (a, b) in rows:
        print(f"| {label} | {a['per_second']:.1f} ({a['p50_ms']:.1f} / {a['p95_ms']:.1f}) | "
              f"{b['per_second']:.1f} ({b['p50_ms']:.1f} / {b['p95_ms']:.1f}) | {a['per_second'] / b['per_second']:.1f}× |")
    print("\n| in-process persons | build s | compute s (all outputs) | total s | peak RSS MB |")
    print("|---|---|---|---|---|")
    for v in vector:
        print(f"| {v['persons']:,} | {v['build_s']:.2f} | {v['compute_s']:.2f} | {v['total_s']:.2f} | {v['peak_rss_mb']:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
