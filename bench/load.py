"""Load run on loopback: many concurrent keep-alive connections against a multi-worker server.

    .venv/bin/python -m bench.load                       # 64 connections, 30 s, 2 workers
    .venv/bin/python -m bench.load --seconds 5 --connections 16 --check   # CI-sized

Bounded in count and time; stops by itself. Reports errors, latency percentiles and the workers'
memory after warm-up and at the end (over at least 10,000 requests in the full run). With --check it
exits non-zero on any error or on memory growth above --max-growth.
"""

from __future__ import annotations

import argparse
import http.client
import json
import sys
import threading
import time

import psutil

from bench.payloads import outputs, situation
from bench.run import BIN, Server, free_port


def worker(port, body, stop_at, max_requests, counter, latencies, errors, lock):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    while time.perf_counter() < stop_at:
        with lock:
            if counter[0] >= max_requests:
                return
            counter[0] += 1
        start = time.perf_counter()
        try:
            connection.request("POST", "/calculate", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            response.read()
            ok = response.status == 200
        except (OSError, http.client.HTTPException):
            ok = False
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        elapsed = time.perf_counter() - start
        with lock:
            latencies.append(elapsed)
            if not ok:
                errors.append(elapsed)


def memory_mb(server: Server) -> float:
    parent = psutil.Process(server.process.pid)
    return sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)]) / 2**20


def run(connections: int, seconds: float, workers: int, max_requests: int, body: bytes):
    port = free_port()
    command = [str(BIN / "python"), "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers), "--log-level", "warning", "--no-access-log"]
    server = Server(f"uvicorn, {workers} workers", command, port, "/health")
    try:
        time.sleep(1.0)  # let every worker import the rules
        warm = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for _ in range(50 * workers):
            warm.request("POST", "/calculate", body, {"Content-Type": "application/json"})
            warm.getresponse().read()
        memory_start = memory_mb(server)
        counter, latencies, errors, lock = [0], [], [], threading.Lock()
        stop_at = time.perf_counter() + seconds
        threads = [
            threading.Thread(target=worker, args=(port, body, stop_at, max_requests, counter, latencies, errors, lock))
            for _ in range(connections)
        ]
        samples = []

        def sample_memory():
            while any(t.is_alive() for t in threads):
                samples.append((counter[0], memory_mb(server)))
                time.sleep(1.0)

        sampler = threading.Thread(target=sample_memory)
        started = time.perf_counter()
        for t in threads:
            t.start()
        sampler.start()
        for t in threads:
            t.join()
        sampler.join()
        elapsed = time.perf_counter() - started
        memory_end = memory_mb(server)
    finally:
        server.stop()
    latencies.sort()

    def pct(p):
        return 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * p))]

    return {
        "connections": connections, "workers": workers, "seconds": round(elapsed, 1), "requests": len(latencies),
        "errors": len(errors), "per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(pct(0.50), 1), "p95_ms": round(pct(0.95), 1), "p99_ms": round(pct(0.99), 1),
        "max_ms": round(1000 * latencies[-1], 1), "memory_start_mb": round(memory_start, 1),
        "memory_end_mb": round(memory_end, 1),
        # memory after the first third of the run: allocator arenas and caches have settled by then
        "memory_settled_mb": round(next((m for n, m in samples if n >= len(latencies) / 3), memory_end), 1),
        "memory_samples": [(n, round(m, 1)) for n, m in samples[:: max(1, len(samples) // 10)]],
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--persons", type=int, default=1, help="persons per request")
    parser.add_argument("--check", action="store_true", help="exit 1 on any error or memory growth")
    parser.add_argument("--max-growth", type=float, default=0.05,
                        help="allowed memory growth over the last two thirds of the run (fraction)")
    args = parser.parse_args(argv)

    from inburgering_rules import CountryTaxBenefitSystem

    variables = CountryTaxBenefitSystem().variables
    body = json.dumps(situation(args.persons, outputs(variables), variables)).encode()
    result = run(args.connections, args.seconds, args.workers, args.max_requests, body)
    print(json.dumps(result))
    growth = result["memory_end_mb"] / result["memory_settled_mb"] - 1
    print(f"{result['requests']} requests, {result['errors']} errors, {result['per_second']} req/s, "
          f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms; "
          f"memory {result['memory_start_mb']} MB after warm-up, {result['memory_settled_mb']} MB after the "
          f"first third, {result['memory_end_mb']} MB at the end ({growth:+.1%} over the last two thirds)")
    if args.check and (result["errors"] or growth > args.max_growth or result["requests"] == 0):
        print("load check FAILED", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
