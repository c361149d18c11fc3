/**
 * MSR numbers (arch/x86/include/asm/msr-index.h, arch/x86/include/uapi/asm/kvm_para.h)
 * and the MSR-related uAPI constants of include/uapi/linux/kvm.h /
 * arch/x86/include/uapi/asm/kvm.h that the x86 MSR model needs.
 *
 * TODO(kvm-core): move the uAPI part (KVM_MSR_EXIT_REASON_*, KVM_MSR_FILTER_*,
 * KVM_EXIT_X86_*) to engine/kvm/uapi once it has a constants module for them.
 */

// ---- uAPI (include/uapi/linux/kvm.h) ----
export const KVM_EXIT_X86_RDMSR = 29;
export const KVM_EXIT_X86_WRMSR = 30;
/** kvm_run.msr.reason / KVM_CAP_X86_USER_SPACE_MSR mask bits. */
export const KVM_MSR_EXIT_REASON_INVAL = 1 << 0;
export const KVM_MSR_EXIT_REASON_UNKNOWN = 1 << 1;
export const KVM_MSR_EXIT_REASON_FILTER = 1 << 2;
export const KVM_MSR_EXIT_REASON_VALID_MASK =
  KVM_MSR_EXIT_REASON_INVAL | KVM_MSR_EXIT_REASON_UNKNOWN | KVM_MSR_EXIT_REASON_FILTER;

// ---- uAPI (arch/x86/include/uapi/asm/kvm.h) ----
export const KVM_MSR_FILTER_MAX_BITMAP_SIZE = 0x600;
export const KVM_MSR_FILTER_READ = 1 << 0;
export const KVM_MSR_FILTER_WRITE = 1 << 1;
export const KVM_MSR_FILTER_RANGE_VALID_MASK = KVM_MSR_FILTER_READ | KVM_MSR_FILTER_WRITE;
export const KVM_MSR_FILTER_MAX_RANGES = 16;
export const KVM_MSR_FILTER_DEFAULT_ALLOW = 0;
export const KVM_MSR_FILTER_DEFAULT_DENY = 1 << 0;
export const KVM_MSR_FILTER_VALID_MASK = KVM_MSR_FILTER_DEFAULT_DENY;

/** arch/x86/kvm/x86.c MAX_IO_MSRS: KVM_GET_MSRS/KVM_SET_MSRS with nmsrs >= this give E2BIG. */
export const MAX_IO_MSRS = 256;

// ---- KVM-internal return codes of the MSR accessors (arch/x86/kvm/x86.h) ----
/** 0 = handled; 1 = invalid access (reason INVAL / #GP). */
export const KVM_MSR_RET_OK = 0;
export const KVM_MSR_RET_INVALID = 1;
export const KVM_MSR_RET_UNSUPPORTED = 2;
export const KVM_MSR_RET_FILTERED = 3;
export type MsrRet = 0 | 1 | 2 | 3;

// ---- MSR indices (asm/msr-index.h) ----
export const MSR_IA32_P5_MC_ADDR = 0x0;
export const MSR_IA32_P5_MC_TYPE = 0x1;
export const MSR_IA32_TSC = 0x10;
export const MSR_IA32_PLATFORM_ID = 0x17;
export const MSR_IA32_APICBASE = 0x1b;
export const MSR_IA32_EBL_CR_POWERON = 0x2a;
export const MSR_EBC_FREQUENCY_ID = 0x2c;
export const MSR_SMI_COUNT = 0x34;
export const MSR_IA32_FEAT_CTL = 0x3a;
export const MSR_IA32_TSC_ADJUST = 0x3b;
export const MSR_IA32_SPEC_CTRL = 0x48;
export const MSR_IA32_PRED_CMD = 0x49;
export const MSR_IA32_UCODE_WRITE = 0x79;
export const MSR_IA32_UCODE_REV = 0x8b;
export const MSR_P6_PERFCTR0 = 0xc1;
export const MSR_P6_PERFCTR1 = 0xc2;
export const MSR_FSB_FREQ = 0xcd;
export const MSR_PLATFORM_INFO = 0xce;
export const MSR_MTRRcap = 0xfe;
export const MSR_IA32_ARCH_CAPABILITIES = 0x10a;
export const MSR_IA32_BBL_CR_CTL3 = 0x11e;
export const MSR_MISC_FEATURES_ENABLES = 0x140;
export const MSR_IA32_SYSENTER_CS = 0x174;
export const MSR_IA32_SYSENTER_ESP = 0x175;
export const MSR_IA32_SYSENTER_EIP = 0x176;
export const MSR_IA32_MCG_CAP = 0x179;
export const MSR_IA32_MCG_STATUS = 0x17a;
export const MSR_IA32_MCG_CTL = 0x17b;
export const MSR_P6_EVNTSEL0 = 0x186;
export const MSR_P6_EVNTSEL1 = 0x187;
export const MSR_IA32_PERF_STATUS = 0x198;
export const MSR_IA32_PERF_CTL = 0x199;
export const MSR_IA32_MISC_ENABLE = 0x1a0;
export const MSR_IA32_DEBUGCTLMSR = 0x1d9;
export const MSR_IA32_LASTBRANCHFROMIP = 0x1db;
export const MSR_IA32_LASTBRANCHTOIP = 0x1dc;
export const MSR_IA32_LASTINTFROMIP = 0x1dd;
export const MSR_IA32_LASTINTTOIP = 0x1de;
export const MSR_IA32_POWER_CTL = 0x1fc;
export const MTRR_PHYS_BASE_0 = 0x200;          // MTRRphysBase_MSR(0)
export const MSR_MTRRfix64K_00000 = 0x250;
export const MSR_MTRRfix16K_80000 = 0x258;
export const MSR_MTRRfix16K_A0000 = 0x259;
export const MSR_MTRRfix4K_C0000 = 0x268;
export const MSR_MTRRfix4K_F8000 = 0x26f;
export const MSR_IA32_CR_PAT = 0x277;
export const MSR_MTRRdefType = 0x2ff;
export const MSR_IA32_PERF_CAPABILITIES = 0x345;
export const MSR_RAPL_POWER_UNIT = 0x606;
export const MSR_PKG_ENERGY_STATUS = 0x611;
export const MSR_DRAM_ENERGY_STATUS = 0x619;
export const MSR_PP0_ENERGY_STATUS = 0x639;
export const MSR_PP1_ENERGY_STATUS = 0x641;
export const MSR_IA32_TSC_DEADLINE = 0x6e0;
export const APIC_BASE_MSR = 0x800;
export const MSR_EFER = 0xc0000080;
export const MSR_STAR = 0xc0000081;
export const MSR_LSTAR = 0xc0000082;
export const MSR_CSTAR = 0xc0000083;
export const MSR_SYSCALL_MASK = 0xc0000084;
export const MSR_FS_BASE = 0xc0000100;
export const MSR_GS_BASE = 0xc0000101;
export const MSR_KERNEL_GS_BASE = 0xc0000102;
export const MSR_TSC_AUX = 0xc0000103;
export const MSR_K7_EVNTSEL0 = 0xc0010000;
export const MSR_K7_EVNTSEL3 = 0xc0010003;
export const MSR_K7_PERFCTR0 = 0xc0010004;
export const MSR_K7_PERFCTR3 = 0xc0010007;
export const MSR_AMD64_SYSCFG = 0xc0010010;
export const MSR_K7_HWCR = 0xc0010015;
export const MSR_K7_CLK_CTL = 0xc001001b;
export const MSR_AMD64_NB_CFG = 0xc001001f;
export const MSR_AMD64_PATCH_LOADER = 0xc0010020;
export const MSR_K8_INT_PENDING_MSG = 0xc0010055;
export const MSR_FAM10H_MMIO_CONF_BASE = 0xc0010058;
export const MSR_K8_TSEG_ADDR = 0xc0010112;
export const MSR_K8_TSEG_MASK = 0xc0010113;
export const MSR_VM_HSAVE_PA = 0xc0010117;
export const MSR_AMD64_VIRT_SPEC_CTRL = 0xc001011f;
export const MSR_AMD64_DC_CFG = 0xc0011022;
export const MSR_AMD64_TW_CFG = 0xc0011023;
export const MSR_AMD64_DE_CFG = 0xc0011029;
export const MSR_AMD64_BU_CFG2 = 0xc001102a;
export const MSR_F15H_EX_CFG = 0xc001102c;

// KVM paravirtual MSRs (arch/x86/include/uapi/asm/kvm_para.h)
export const MSR_KVM_WALL_CLOCK = 0x11;
export const MSR_KVM_SYSTEM_TIME = 0x12;
export const MSR_KVM_WALL_CLOCK_NEW = 0x4b564d00;
export const MSR_KVM_SYSTEM_TIME_NEW = 0x4b564d01;
export const MSR_KVM_ASYNC_PF_EN = 0x4b564d02;
export const MSR_KVM_STEAL_TIME = 0x4b564d03;
export const MSR_KVM_PV_EOI_EN = 0x4b564d04;
export const MSR_KVM_POLL_CONTROL = 0x4b564d05;
export const MSR_KVM_ASYNC_PF_INT = 0x4b564d06;
export const MSR_KVM_ASYNC_PF_ACK = 0x4b564d07;

// EFER bits
export const EFER_SCE = 1n << 0n;
export const EFER_LME = 1n << 8n;
export const EFER_LMA = 1n << 10n;
export const EFER_NX = 1n << 11n;
export const EFER_SVME = 1n << 12n;
export const EFER_LMSLE = 1n << 13n;
export const EFER_FFXSR = 1n << 14n;
export const EFER_AUTOIBRS = 1n << 21n;

// APIC_BASE bits
export const MSR_IA32_APICBASE_BSP = 1n << 8n;
export const X2APIC_ENABLE = 1n << 10n;
export const MSR_IA32_APICBASE_ENABLE = 1n << 11n;
/** Reset value of IA32_APIC_BASE for vCPU 0 (BSP): 0xfee00000 | ENABLE | BSP, as recorded. */
export const APIC_DEFAULT_BASE = 0xfee00000n | MSR_IA32_APICBASE_ENABLE | MSR_IA32_APICBASE_BSP;
