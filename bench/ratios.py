#!/usr/bin/python3
"""Whole-process figures at a gateway's latency: the program against the naive client
(bench/naive_sync.py), run in turn, several times, medians and the ratio of each pair.

  bench/ratios.py [--build build-bench] [--latency 50] [--runs 7] [--no-naive] [SCENARIO ...]

Scenarios (default: all): sync-60, sync-400, sync-3000 (a first Get Services Definition of that
many items), resync-400 (a second one, nothing changed), import-3000 (provider import of 3,000
partners, against its bound: requests / 6 connections x the round trip). Each program run starts
from a copy of a prepared data folder, so every first sync is a first one. "After the last
answer" is the process's own work once the gateway (its --log) answered the last request.

Not run by CI. Runs inside its own keyring session (scripts/with-keyring.sh).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLIENT = 'de305d54-75b4-431b-adb2-eb6b9e546014'  # the gateway's demo client
SECRET = 'demo-secret'


def find_gateway(build):
    for folder, _, files in os.walk(build):
        if 'csp-fake-gateway' in files:
            return os.path.join(folder, 'csp-fake-gateway')
    raise SystemExit('no csp-fake-gateway under ' + build)


class Gateway:
    def __init__(self, binary, work, options):
        self.log = os.path.join(work, 'gateway.log')
        open(self.log, 'w').close()
        self.process = subprocess.Popen([binary, '--log', self.log] + options,
                                        stdout=subprocess.PIPE, text=True)
        self.url = self.process.stdout.readline().strip()

    def answers(self):
        with open(self.log) as f:
            return [line.split() for line in f if line.strip()]

    def stop(self):
        self.process.kill()
        self.process.wait()


def run_timed(command, env, stdin=None):
    start = time.monotonic()
    wall_start = time.time() * 1000
    done = subprocess.run(command, env=env, input=stdin, text=True, capture_output=True)
    elapsed = time.monotonic() - start
    if done.returncode != 0:
        raise SystemExit('%s failed (%d): %s' % (' '.join(command), done.returncode, done.stderr))
    return elapsed, wall_start, wall_start + elapsed * 1000


def prepare(cli, gateway, work, first_command=None):
    """A data folder with the instance linked (and, for a re-sync, synced once)."""
    folder = os.path.join(work, 'template')
    env = dict(os.environ, ACRONIS_CSP_DATA_DIR=folder)
    subprocess.run([cli, 'instance', 'add', '--system-name', 'EU', '--gateway', gateway.url,
                    '--client-id', CLIENT, '--discount', '18', '--currency', 'EUR',
                    '--client-secret-stdin'], env=env, input=SECRET, text=True, check=True,
                   capture_output=True)
    if first_command:
        subprocess.run([cli] + first_command, env=env, check=True, capture_output=True)
    return folder


def fresh_copy(template, work, number):
    folder = os.path.join(work, 'run%d' % number)
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template, folder)
    return folder


def median_range(values, scale=1000, unit='ms'):
    return '%d %s (%d–%d)' % (statistics.median(values) * scale, unit, min(values) * scale,
                              max(values) * scale)


def sync_scenario(arguments, binary, cli, items, resync):
    work = tempfile.mkdtemp()
    gateway = Gateway(binary, work, ['--latency', str(arguments.latency), '--items', str(items)])
    try:
        template = prepare(cli, gateway, work, ['sync', 'EU'] if resync else None)
        program, naive, after = [], [], []
        for number in range(arguments.runs + 1):  # the first pair warms up, and is not counted
            folder = fresh_copy(template, work, number)
            env = dict(os.environ, ACRONIS_CSP_DATA_DIR=folder)
            before = len(gateway.answers())
            elapsed, _, ended = run_timed([cli, 'sync', 'EU'], env)
            answered = [float(line[1]) for line in gateway.answers()[before:]]
            naive_elapsed = 1.0
            if not arguments.no_naive:
                naive_elapsed, _, _ = run_timed(
                        [sys.executable, os.path.join(ROOT, 'bench', 'naive_sync.py'), gateway.url,
                         CLIENT], dict(os.environ), SECRET)
            if number == 0:
                continue
            program.append(elapsed)
            naive.append(naive_elapsed)
            after.append((ended - max(answered)) / 1000 if answered else 0)
        ratios = [p / n for p, n in zip(program, naive)]
        kind = 're-sync' if resync else 'first sync'
        return ('| %s, %d items | %s | %s | **%.2f** (%.2f–%.2f) | %s |'
                % (kind, items, median_range(program), median_range(naive),
                   statistics.median(ratios), min(ratios), max(ratios), median_range(after)))
    finally:
        gateway.stop()
        shutil.rmtree(work, ignore_errors=True)


def import_scenario(arguments, binary, cli, partners):
    work = tempfile.mkdtemp()
    gateway = Gateway(binary, work, ['--latency', str(arguments.latency), '--partners',
                                     str(partners), '--max-page', '1000'])
    try:
        template = prepare(cli, gateway, work)
        times, requests = [], []
        for number in range(max(1, arguments.runs // 3)):
            folder = fresh_copy(template, work, number)
            before = len(gateway.answers())
            elapsed, _, _ = run_timed([cli, 'provider', 'import', 'EU'],
                                      dict(os.environ, ACRONIS_CSP_DATA_DIR=folder))
            times.append(elapsed)
            requests.append(len(gateway.answers()) - before)
        bound = statistics.median(requests) / 6 * arguments.latency / 1000
        return ('| provider import, %d partners | %s | %d requests; bound %.1f s | **%.2f** | |'
                % (partners, median_range(times, 1, 's'), statistics.median(requests), bound,
                   statistics.median(times) / bound))
    finally:
        gateway.stop()
        shutil.rmtree(work, ignore_errors=True)


def main():
    if not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
        os.execv(os.path.join(ROOT, 'scripts', 'with-keyring.sh'),
                 [os.path.join(ROOT, 'scripts', 'with-keyring.sh'), sys.executable] + sys.argv)
    parser = argparse.ArgumentParser()
    parser.add_argument('--build', default=os.path.join(ROOT, 'build-bench'))
    parser.add_argument('--latency', type=int, default=50)
    parser.add_argument('--runs', type=int, default=7)
    parser.add_argument('--client', default='de305d54-75b4-431b-adb2-eb6b9e546014',
                        help='the gateway\'s demo client id (older builds: demo-client)')
    parser.add_argument('--no-naive', action='store_true',
                        help='time the program only (an older build whose gateway lacks what the '
                             'naive client asks for)')
    parser.add_argument('scenarios', nargs='*',
                        default=['sync-60', 'sync-400', 'sync-3000', 'resync-400', 'import-3000'])
    arguments = parser.parse_args()
    globals()['CLIENT'] = arguments.client
    binary = find_gateway(arguments.build)
    cli = os.path.join(arguments.build, 'src', 'acronis-csp')
    print('Latency %d ms, %d runs of each, program and naive client in turn (medians, min–max).'
          % (arguments.latency, arguments.runs))
    print()
    print('| work | program | naive client | ratio | after the last answer |')
    print('|---|---:|---:|---:|---:|')
    for scenario in arguments.scenarios:
        kind, count = scenario.rsplit('-', 1)
        if kind in ('sync', 'resync'):
            print(sync_scenario(arguments, binary, cli, int(count), kind == 'resync'), flush=True)
        elif kind == 'import':
            print(import_scenario(arguments, binary, cli, int(count)), flush=True)


if __name__ == '__main__':
    main()
