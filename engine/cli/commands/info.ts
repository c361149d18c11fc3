/**
 * `planescope info`: what this engine build supports — version, planes profiles and
 * their numbers, host profiles, backends, the default host's capabilities, recording
 * format. Everything comes from the engine's own tables (nothing hard-coded here).
 */
import { readFileSync } from 'node:fs';
import type { Command } from '../command.ts';
import { PLANES_PROFILES, type ProfileId } from '../../kvm/uapi/profiles.ts';
import { _IO, KVMIO } from '../../kvm/uapi/ioctl.ts';
import { capName } from '../../kvm/uapi/caps.ts';
import { DEFAULT_HOST, HOSTS } from '../../kvm/hosts/index.ts';
import { TRUTH_FORMAT } from '../../record/truth.ts';

const HELP = `usage: planescope info [--json]

Prints the engine version, the planes uAPI profiles with their numbers, host profiles,
execution backends, the default host's KVM_CHECK_EXTENSION answers and the recording
format this build replays. --json prints one JSON object instead.`;

const hex = (n: number): string => `0x${n.toString(16)}`;

/** The info document (also used by tests and --json). */
export function engineInfo(): Record<string, unknown> {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  const profiles: Record<string, unknown>[] = [{ id: 'none', description: 'kernel without VM planes (upstream; the lab host)' }];
  for (const [id, p] of Object.entries(PLANES_PROFILES)) {
    profiles.push({
      id,
      KVM_CREATE_PLANE: hex(_IO(KVMIO, p.createPlaneNr)),
      ...(p.createVcpuPlaneNr !== undefined ? { KVM_CREATE_VCPU_PLANE: hex(_IO(KVMIO, p.createVcpuPlaneNr)) } : { KVM_CREATE_VCPU_PLANE: 'KVM_CREATE_VCPU (0xae41) on the plane fd' }),
      KVM_CAP_PLANES: p.KVM_CAP_PLANES,
      ...(p.KVM_CAP_PLANES_FPU !== undefined ? { KVM_CAP_PLANES_FPU: p.KVM_CAP_PLANES_FPU } : {}),
      KVM_EXIT_PLANE_EVENT: p.KVM_EXIT_PLANE_EVENT,
      plane_event_size: p.planeEventSize,
      kvm_run_plane_fields: p.runHeaderPlaneFields,
      max_planes: p.maxPlanes,
      causes: p.causes,
    });
  }
  const host = HOSTS[DEFAULT_HOST]!;
  const caps: Record<string, number> = {};
  for (const [nr, v] of Object.entries(host.caps).sort((a, b) => Number(a[0]) - Number(b[0]))) {
    caps[capName(Number(nr), 'none' as ProfileId) ?? `cap ${nr}`] = v;
  }
  return {
    engine: pkg.name,
    engine_version: pkg.version,
    profiles,
    hosts: Object.values(HOSTS).map((h) => ({
      id: h.id, description: h.description, backend: h.backend, default: h.id === DEFAULT_HOST,
      api_version: h.apiVersion, vcpu_mmap_size: h.vcpuMmapSize, max_vcpus: h.maxVcpus, nr_memslots: h.nrMemslots,
    })),
    backends: [
      { id: 'hardware', description: 'VMX/SVM host: KVM enters the guest; only exits are emulated' },
      { id: 'emulate', description: "every guest instruction through KVM's x86 emulator (the lab's PVM host)" },
    ],
    default_host_caps: caps,
    recording_format: { format: TRUTH_FORMAT, compression: ['none', 'gzip'], refused: { xz: 'decompress with xz -d', zstd: 'decompress with zstd -d' } },
  };
}

function text(info: Record<string, unknown>): string[] {
  const out: string[] = [`${String(info['engine'])} ${String(info['engine_version'])}`, '', 'planes profiles:'];
  for (const p of info['profiles'] as Record<string, unknown>[]) {
    if (p['id'] === 'none') { out.push(`  none   ${String(p['description'])}`); continue; }
    out.push(`  ${String(p['id']).padEnd(6)} KVM_CREATE_PLANE ${String(p['KVM_CREATE_PLANE'])}  KVM_CREATE_VCPU_PLANE ${String(p['KVM_CREATE_VCPU_PLANE'])}`);
    out.push(`         KVM_CAP_PLANES ${String(p['KVM_CAP_PLANES'])}${p['KVM_CAP_PLANES_FPU'] !== undefined ? `  KVM_CAP_PLANES_FPU ${String(p['KVM_CAP_PLANES_FPU'])}` : ''}  KVM_EXIT_PLANE_EVENT ${String(p['KVM_EXIT_PLANE_EVENT'])}  plane_event ${String(p['plane_event_size'])} B`);
  }
  out.push('', 'host profiles:');
  for (const h of info['hosts'] as Record<string, unknown>[]) {
    out.push(`  ${String(h['id'])}${h['default'] ? ' (default)' : ''}  backend ${String(h['backend'])}  API ${String(h['api_version'])}  vcpu mmap ${String(h['vcpu_mmap_size'])}  ${String(h['description'])}`);
  }
  out.push('', 'backends:');
  for (const b of info['backends'] as Record<string, unknown>[]) out.push(`  ${String(b['id']).padEnd(9)} ${String(b['description'])}`);
  out.push('', 'default host KVM_CHECK_EXTENSION (non-zero):');
  for (const [k, v] of Object.entries(info['default_host_caps'] as Record<string, number>)) {
    if (v !== 0) out.push(`  ${k.padEnd(40)} ${v > 9 ? `${v} (${hex(v)})` : v}`);
  }
  const f = info['recording_format'] as Record<string, unknown>;
  out.push('', `recordings: ${String(f['format'])} (plain JSON or gzip)`);
  return out;
}

export const infoCommand: Command = {
  name: 'info',
  summary: 'engine version, planes profiles, host profiles, backends, capabilities',
  help: HELP,
  async run(argv: string[]): Promise<number> {
    const bad = argv.find((a) => a !== '--json');
    if (bad !== undefined) {
      console.error(`planescope info: PS104 unknown option ${bad}\n\n${HELP}`);
      return 2;
    }
    const info = engineInfo();
    if (argv.includes('--json')) console.log(JSON.stringify(info, null, 1));
    else for (const l of text(info)) console.log(l);
    return 0;
  },
};
