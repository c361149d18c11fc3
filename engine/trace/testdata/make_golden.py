#!/usr/bin/env python3
"""Regenerates *.golden.json from `trace-cmd report` (run where trace-cmd is installed).

usage: python3 make_golden.py   (in engine/trace/testdata)
Each golden file holds what trace-cmd itself reports for a trace.dat, so the
tests check the importer against trace-cmd without needing trace-cmd.
"""
import gzip, json, os, re, subprocess, tempfile, collections

LINE = re.compile(r'^(?:(?P<inst>[\w.-]+):\s+)?\s*(?P<comm>.*?)-(?P<pid>-?\d+)\s+\[(?P<cpu>\d+)\]\s+(?P<ts>\d+\.\d+):\s+(?P<event>[\w]+):\s?(?P<rest>.*)$')
DROP = re.compile(r'CPU:\s*(\d+)\s+\[(?:(\d+)\s+)?EVENTS DROPPED\]')
FIELD = re.compile(r'(\w+)=(ARRAY\[[^\]]*\]|\S*)')

def report(path, raw):
    args = ['trace-cmd', 'report', '-i', path] + (['-R'] if raw else [])
    return subprocess.run(args, check=True, capture_output=True, text=True, errors='replace').stdout.splitlines()

def golden(name, path):
    out = subprocess.run(['trace-cmd', 'dump', '--summary', '-i', path], capture_output=True, text=True).stdout + \
          subprocess.run(['trace-cmd', 'dump', '--summary', '-i', path], capture_output=True, text=True).stderr
    version = int(re.search(r'(\d+)\s+\[Version\]', out).group(1))
    comp = re.search(r'(\w+)\s+\[Compression algorithm\]', out)
    by_name = collections.Counter(); per_cpu = collections.Counter(); per_inst = collections.Counter()
    first = last = None; lost_markers = 0; lost_events = 0; total = 0
    for line in report(path, False):
        d = DROP.search(line)
        if d:
            lost_markers += 1; lost_events += int(d.group(2) or 0); continue
        m = LINE.match(line)
        if not m: continue
        total += 1
        by_name[m['event']] += 1; per_cpu[m['cpu'].lstrip('0') or '0'] += 1; per_inst[m['inst'] or ''] += 1
        first = first or m['ts']; last = m['ts']
    samples = []
    raw = [l for l in report(path, True) if LINE.match(l)]
    pick = raw[:150] + raw[len(raw) // 2: len(raw) // 2 + 50] + raw[-50:] if len(raw) > 250 else raw
    for line in pick:
        m = LINE.match(line)
        samples.append({'ts': m['ts'], 'cpu': int(m['cpu']), 'pid': int(m['pid']), 'comm': m['comm'].strip(),
                        'event': m['event'], 'fields': dict(FIELD.findall(m['rest']))})
    return {'source': name, 'trace_cmd': '3.1.6', 'version': version, 'compression': comp.group(1) if comp else 'none',
            'events_total': total, 'events_by_name': dict(sorted(by_name.items())), 'per_cpu': dict(sorted(per_cpu.items())),
            'per_instance': dict(per_inst), 'first_ts': first, 'last_ts': last,
            'lost_markers': lost_markers, 'lost_events': lost_events, 'raw_samples': samples}

for f in sorted(os.listdir('.')):
    if not re.search(r'\.trace\.dat(\.gz)?$', f): continue
    path = f
    if f.endswith('.gz'):
        tmp = tempfile.NamedTemporaryFile(delete=False, suffix='.dat'); tmp.write(gzip.open(f).read()); tmp.close(); path = tmp.name
    g = golden(f, path)
    with open(re.sub(r'\.trace\.dat(\.gz)?$', '.golden.json', f), 'w') as o:
        json.dump(g, o, indent=1); o.write('\n')
    print(f, g['version'], g['compression'], g['events_total'])
