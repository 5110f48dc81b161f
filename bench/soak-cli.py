#!/usr/bin/env python3
"""The soak run as separate command-line runs: SYNCS `acronis-csp sync` and PROVISIONINGS
`acronis-csp provider create` against the fake gateway failing FAULT % of its requests at random.
Each run's peak resident memory comes from wait4(); at the end the data directory must hold no
lock and no temporary file, and the history no run left "running". Run it under
scripts/with-keyring.sh (the secret is in the real keychain).
Usage: bench/soak-cli.py BUILD_DIR [SYNCS] [PROVISIONINGS] [FAULT]"""
import json, os, subprocess, sys, tempfile, time

build = sys.argv[1]
syncs = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
provisionings = int(sys.argv[3]) if len(sys.argv) > 3 else 200
fault = sys.argv[4] if len(sys.argv) > 4 else '10'
cli = os.path.join(build, 'src', 'acronis-csp')
fake = os.path.join(build, 'tests', 'fakeacronis', 'csp-fake-gateway')

data = tempfile.mkdtemp(prefix='soak-cli-')
env = dict(os.environ, ACRONIS_CSP_DATA_DIR=data, LANGUAGE='en')
gateway = subprocess.Popen([fake, '--max-page', '5', '--fault-rate', fault],
                           stdout=subprocess.PIPE, text=True)
url = gateway.stdout.readline().strip()

def run(args, stdin=None):
    """Runs the CLI; returns (exit code, peak RSS in KiB)."""
    process = subprocess.Popen([cli] + args, env=env, stdin=subprocess.PIPE,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if stdin is not None:
        process.stdin.write(stdin.encode())
    process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_maxrss

code, _ = run(['instance', 'add', '--system-name', 'EU', '--gateway', url, '--client-id',
               'de305d54-75b4-431b-adb2-eb6b9e546014', '--discount', '18', '--currency', 'EUR', '--client-secret-stdin'],
              'demo-secret')
assert code == 0, f'instance add exited {code}'

def soak(what, total, args_for):
    codes, peaks, started = {}, [], time.monotonic()
    every = max(1, total // 10)
    print(f'{what}: {total} runs')
    print(f'  {"runs":>8} {"peak RSS KiB":>13}')
    for i in range(1, total + 1):
        code, peak = run(args_for(i))
        codes[code] = codes.get(code, 0) + 1
        peaks.append(peak)
        if i % every == 0:
            print(f'  {i:>8} {max(peaks[-every:]):>13}')
    warm = max(peaks[every:2 * every]) if total >= 2 * every else peaks[0]
    last = max(peaks[-every:])
    print(f'  {time.monotonic() - started:.1f} s; exit codes {dict(sorted(codes.items()))}; '
          f'peak RSS after warm-up {100 * (last - warm) / warm:+.1f} %')

soak('acronis-csp sync', syncs, lambda i: ['sync', 'EU'])
soak('acronis-csp provider create', provisionings,
     lambda i: ['provider', 'create', 'EU', '--name', f'Soak Partner {i}', '--customer-id',
                f'SOAK-{i}', '--admin-login', f'soak-admin-{i}', '--admin-email',
                f'admin{i}@soak.example', '--tier', '2', '--language', 'en'])

history = json.loads(subprocess.run([cli, 'history', '--json'], env=env, capture_output=True,
                                    text=True).stdout)
runs = history if isinstance(history, list) else history.get('runs', [])
running = [r for r in runs if r.get('status') == 'running']
leftovers = [os.path.join(root, name) for root, _, names in os.walk(data) for name in names
             if name.endswith('.lock') or '.tmp' in name or name.endswith('~')]
print(f'history: {len(runs)} runs, {len(running)} running; '
      f'locks and temporary files left: {leftovers or "none"}')
gateway.kill()
sys.exit(1 if running or leftovers else 0)
