/**
 * Numbers of the four "VM planes" uAPI generations (spec/planes.md App. B).
 * 'none' is a kernel without planes (upstream, the lab host).
 */
export type PlanesProfile = 'r25' | 'b617' | 's26';
export type ProfileId = 'none' | PlanesProfile;

export interface PlanesProfileInfo {
  /** _IO(KVMIO, nr) of KVM_CREATE_PLANE. */
  createPlaneNr: number;
  /** _IO(KVMIO, nr) of KVM_CREATE_VCPU_PLANE (R25/B617 only). */
  createVcpuPlaneNr?: number;
  KVM_CAP_PLANES: number;
  KVM_CAP_PLANES_FPU?: number;
  KVM_EXIT_PLANE_EVENT: number;
  /** kvm_plane_event_exit causes. */
  causes: Record<string, number>;
  /** sizeof(struct kvm_plane_event_exit). */
  planeEventSize: 80 | 72;
  /** kvm_run header carries plane / suspended_planes / req_exit_planes (offsets 2/4/6). */
  runHeaderPlaneFields: boolean;
  /** Hard limit on planes (KVM_MAX_VCPU_PLANES / KVM_MAX_PLANES). */
  maxPlanes: number;
  /** Plane vCPUs are created with KVM_CREATE_VCPU on the plane fd (S26) instead of KVM_CREATE_VCPU_PLANE. */
  createVcpuOnPlaneFd: boolean;
}

export const PLANES_PROFILES: Readonly<Record<PlanesProfile, PlanesProfileInfo>> = Object.freeze({
  r25: {
    createPlaneNr: 0xd6, createVcpuPlaneNr: 0xd7,
    KVM_CAP_PLANES: 239, KVM_CAP_PLANES_FPU: 240, KVM_EXIT_PLANE_EVENT: 40,
    causes: { KVM_PLANE_EVENT_INTERRUPT: 1 }, planeEventSize: 80,
    runHeaderPlaneFields: true, maxPlanes: 16, createVcpuOnPlaneFd: false,
  },
  b617: {
    createPlaneNr: 0xd6, createVcpuPlaneNr: 0xd7,
    KVM_CAP_PLANES: 244, KVM_CAP_PLANES_FPU: 245, KVM_EXIT_PLANE_EVENT: 41,
    causes: { KVM_PLANE_EVENT_INTERRUPT: 1, KVM_PLANE_EVENT_SWITCH: 2, KVM_PLANE_EVENT_CREATE_CPU: 3 }, planeEventSize: 80,
    runHeaderPlaneFields: true, maxPlanes: 16, createVcpuOnPlaneFd: false,
  },
  s26: {
    createPlaneNr: 0xe4,
    KVM_CAP_PLANES: 249, KVM_EXIT_PLANE_EVENT: 44,
    causes: { KVM_PLANE_EVENT_CREATE_VCPU: 1 }, planeEventSize: 72,
    runHeaderPlaneFields: false, maxPlanes: 16, createVcpuOnPlaneFd: true,
  },
});

/** Profile info, or null for 'none'. */
export function planesProfile(p: ProfileId): PlanesProfileInfo | null {
  return p === 'none' ? null : PLANES_PROFILES[p];
}
