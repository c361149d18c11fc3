/**
 * The built-in VMM's port devices, shared by `BareVmm` (CLI, benchmarks) and
 * the app's program workspace: a serial console (THR at 0x3f8, LSR at 0x3fd
 * reads "transmitter empty"), the exception-report port of the real-mode IVT
 * stubs, and ports that float high.
 */
import { EXCEPTION_PORT, SERIAL_PORT } from './layout.ts';

// struct kvm_run, io member (include/uapi/linux/kvm.h, x86-64)
const RUN_IO_DIRECTION = 32, RUN_IO_SIZE = 33, RUN_IO_PORT = 34, RUN_IO_COUNT = 36, RUN_IO_DATA_OFFSET = 40;
const KVM_EXIT_IO_OUT = 1;

/** The io member of a KVM_EXIT_IO exit. */
export interface IoExit { out: boolean; size: number; port: number; count: number; dataOffset: number }

export function readIoExit(dv: DataView): IoExit {
  return {
    out: dv.getUint8(RUN_IO_DIRECTION) === KVM_EXIT_IO_OUT,
    size: dv.getUint8(RUN_IO_SIZE),
    port: dv.getUint16(RUN_IO_PORT, true),
    count: dv.getUint32(RUN_IO_COUNT, true),
    // u64 data_offset read as two u32 halves: no BigInt on the exit path
    dataOffset: dv.getUint32(RUN_IO_DATA_OFFSET, true) + dv.getUint32(RUN_IO_DATA_OFFSET + 4, true) * 2 ** 32,
  };
}

/** What an OUT did to the devices: serial bytes written, or an exception vector reported. */
export function deviceOut(run: Uint8Array, io: IoExit): { serial: number[]; exception: number | null } {
  const serial: number[] = [];
  if (io.port === SERIAL_PORT) for (let i = 0; i < io.count; i++) serial.push(run[io.dataOffset + i * io.size]!);
  return { serial, exception: io.port === EXCEPTION_PORT ? run[io.dataOffset]! : null };
}

/** The bytes an IN reads: the UART's LSR says "transmitter holding register empty"; other ports float high. */
export function deviceIn(io: IoExit): Uint8Array {
  return new Uint8Array(io.size * io.count).fill(io.port === SERIAL_PORT + 5 ? 0x60 : 0xff);
}
