#!/bin/bash
# capture.sh - real perf script / QEMU -trace captures of KVM for Planescope's importer tests.
# Run once, as root, on the lab host (PVM KVM, kernel 6.18.44-fc-v669, 2 CPUs, Debian 12) on 2026-11-22.
# Setup: cp -r /work/shared/lab/vmm /tmp/rc/vmm && make -C /tmp/rc/vmm;
#   apt-get install -y --no-install-recommends qemu-system-x86 busybox-static;
#   kernel: apt-get download linux-image-6.1.0-56-amd64, extracted to $Q/x; initramfs as lab/qemu_capture.sh
#   builds it (busybox init that powers off) in $Q/initramfs.cpio.gz.
# Versions: perf 6.1.187, QEMU 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3), guest kernel 6.1.0-56-amd64.
set -u
RC=/tmp/rc; OUT=$RC/cap; Q=$RC/q; VMM=$RC/vmm/vmm
K=$Q/x/boot/vmlinuz-6.1.0-56-amd64; RD=$Q/initramfs.cpio.gz
QEMU=(qemu-system-x86_64 -enable-kvm -m 256 -nographic -no-reboot -kernel "$K" -initrd "$RD" -append 'console=ttyS0 panic=-1' -smp 2 -name lab,debug-threads=on)
mkdir -p "$OUT"; cd "$OUT" || exit 1
{ echo "perf: $(perf --version)"; echo "qemu: $(qemu-system-x86_64 --version | head -1)"; echo "kernel: $(uname -r)"; } > versions.txt

# 1) perf record around the lab VMM: io, mmio, longmode (kvm_inj_exception), small perf loop
perf record -e 'kvm:*' -a -o vmm.data -- sh -c "$VMM io -o /dev/null && $VMM mmio -o /dev/null && $VMM longmode -o /dev/null && $VMM perf --iters 300 --runs 2 --trace-iters 20 -o /dev/null" > vmm.record.log 2>&1
# 2) perf record around a QEMU boot attempt (2 s: SeaBIOS only, every instruction is emulated)
perf record -e 'kvm:*' -a -o qemu.data -- timeout 2 "${QEMU[@]}" > qemu.record.log 2>&1 < /dev/null
# 2b) the same without kvm_emulate_insn (an explicit event list, as a user would narrow it)
EV=$(perf list 'kvm:*' 2>/dev/null | awk '/Tracepoint event/ && $1 != "kvm:kvm_emulate_insn" {printf "%s%s", s, $1; s=","}')
perf record -e "$EV" -a -o qemu-noinsn.data -- timeout 2 "${QEMU[@]}" > qemu-noinsn.record.log 2>&1 < /dev/null
perf script -i qemu-noinsn.data > qemu-noinsn.default.txt 2>/dev/null
# 3) perf record with a 1-page buffer around a QEMU boot: lost events
perf record -e 'kvm:*' -a -m 1 -o lost.data -- timeout 1 "${QEMU[@]}" > lost.record.log 2>&1 < /dev/null
for d in vmm qemu lost; do
	perf script -i $d.data > $d.default.txt 2> $d.default.err
	perf script -i $d.data -F comm,tid,cpu,time,event,trace > $d.F-comm-tid-cpu-time-event-trace.txt 2>/dev/null
done
perf script -i vmm.data -F comm,pid,tid,cpu,time,event,trace > vmm.F-comm-pid-tid-cpu-time-event-trace.txt 2>/dev/null
perf script -i vmm.data --ns > vmm.ns.txt 2>/dev/null
perf script -i vmm.data --header > vmm.header.txt 2>/dev/null
perf script -i vmm.data -F comm,tid,time,event,trace > vmm.F-comm-tid-time-event-trace.txt 2>/dev/null
perf script -i vmm.data -F tid,cpu,time,event,trace > vmm.F-tid-cpu-time-event-trace.txt 2>/dev/null
perf script -i lost.data --show-lost-events > lost.show-lost-events.txt 2>/dev/null
perf script -i vmm.data --show-task-events --show-lost-events > vmm.show-task-events.txt 2>&1
# 3b) a 1-page perf buffer around the VMM's OUT/CPUID loops: lost events in a small file; stderr kept (2>&1)
perf record -e 'kvm:*' -a -m 1 -o vmmlost.data -- $VMM perf --iters 3000 --runs 1 --trace-iters 20 -o /dev/null > vmmlost.record.log 2>&1
perf script -i vmmlost.data --show-lost-events > vmmlost.show-lost.2to1.txt 2>&1

# 4) QEMU's own tracing (log backend, stderr)
timeout 2 "${QEMU[@]}" -trace 'kvm_*' > qtrace.all.console 2> qtrace.all.txt < /dev/null
timeout 2 "${QEMU[@]}" -trace 'kvm_*' -msg timestamp=on > qtrace.all-ts.console 2> qtrace.all-ts.txt < /dev/null
timeout 2 "${QEMU[@]}" -trace kvm_run_exit -msg timestamp=on > qtrace.run_exit-ts.console 2> qtrace.run_exit-ts.txt < /dev/null
timeout 2 "${QEMU[@]}" -trace kvm_vcpu_ioctl > qtrace.vcpu_ioctl.console 2> qtrace.vcpu_ioctl.txt < /dev/null
timeout 2 "${QEMU[@]}" -trace 'kvm_*' -msg timestamp=on -D qtrace.D-all-ts.txt > qtrace.D-all-ts.console 2> qtrace.D-all-ts.stderr < /dev/null
# what goes into engine/trace/import/text/testdata/real (gzip -9n; slices where noted)
D=$OUT/real; mkdir -p "$D"
g() { gzip -9nc "$1" > "$D/$2"; }
g vmm.default.txt vmm.perf-script.txt.gz
g vmm.F-comm-pid-tid-cpu-time-event-trace.txt vmm.perf-script-F-comm-pid-tid.txt.gz
g vmm.ns.txt vmm.perf-script-ns.txt.gz
g vmm.header.txt vmm.perf-script-header.txt.gz
g vmm.F-comm-tid-time-event-trace.txt vmm.perf-script-F-no-cpu.txt.gz
g vmm.F-tid-cpu-time-event-trace.txt vmm.perf-script-F-no-comm.txt.gz
g vmm.show-task-events.txt vmm.perf-script-task-events.txt.gz
g vmmlost.show-lost.2to1.txt vmm-lost.perf-script-show-lost-events.txt.gz
g qemu-noinsn.default.txt qemu-noinsn.perf-script.txt.gz
head -n 30000 qemu.default.txt | gzip -9n > "$D/qemu.perf-script.head30k.txt.gz"
for f in all all-ts run_exit-ts vcpu_ioctl D-all-ts; do g qtrace.$f.txt qemu-trace.$f.txt.gz; done
cmp -s vmm.default.txt vmm.F-comm-tid-cpu-time-event-trace.txt && echo "-F comm,tid,cpu,time,event,trace == default (vmm)"
cmp -s qemu.default.txt qemu.F-comm-tid-cpu-time-event-trace.txt && echo "-F comm,tid,cpu,time,event,trace == default (qemu)"
ls -l "$D"
