/**
 * Linux errno values (asm-generic/errno-base.h, asm-generic/errno.h, x86-64).
 * The one registry of KVM's answers; ioctl results carry these numbers.
 */
export const EPERM = 1;
export const ENOENT = 2;
export const ESRCH = 3;
export const EINTR = 4;
export const EIO = 5;
export const ENXIO = 6;
export const E2BIG = 7;
export const ENOEXEC = 8;
export const EBADF = 9;
export const ECHILD = 10;
export const EAGAIN = 11;
export const ENOMEM = 12;
export const EACCES = 13;
export const EFAULT = 14;
export const EBUSY = 16;
export const EEXIST = 17;
export const EXDEV = 18;
export const ENODEV = 19;
export const ENOTDIR = 20;
export const EISDIR = 21;
export const EINVAL = 22;
export const ENFILE = 23;
export const EMFILE = 24;
export const ENOTTY = 25;
export const EFBIG = 27;
export const ENOSPC = 28;
export const ESPIPE = 29;
export const EROFS = 30;
export const EPIPE = 32;
export const EDOM = 33;
export const ERANGE = 34;
export const EDEADLK = 35;
export const ENOSYS = 38;
export const ENODATA = 61;
export const EOVERFLOW = 75;
export const EOPNOTSUPP = 95;
export const EHWPOISON = 133;

/**
 * Every errno by name: include/uapi/asm-generic/errno-base.h and errno.h, plus the kernel-internal
 * restart codes (ERESTARTSYS…) that strace can show. The one errno registry of the project.
 */
export const ERRNO_BY_NAME: Readonly<Record<string, number>> = Object.freeze({
  EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, ENXIO: 6, E2BIG: 7, ENOEXEC: 8, EBADF: 9,
  ECHILD: 10, EAGAIN: 11, ENOMEM: 12, EACCES: 13, EFAULT: 14, ENOTBLK: 15, EBUSY: 16, EEXIST: 17,
  EXDEV: 18, ENODEV: 19, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENFILE: 23, EMFILE: 24, ENOTTY: 25,
  ETXTBSY: 26, EFBIG: 27, ENOSPC: 28, ESPIPE: 29, EROFS: 30, EMLINK: 31, EPIPE: 32, EDOM: 33,
  ERANGE: 34, EDEADLK: 35, ENAMETOOLONG: 36, ENOLCK: 37, ENOSYS: 38, ENOTEMPTY: 39, ELOOP: 40,
  ENOMSG: 42, EIDRM: 43, ENOSTR: 60, ENODATA: 61, ETIME: 62, ENOLINK: 67, EPROTO: 71,
  EBADMSG: 74, EOVERFLOW: 75, EBADFD: 77, EILSEQ: 84, EUSERS: 87, ENOTSOCK: 88, EMSGSIZE: 90,
  EOPNOTSUPP: 95, EADDRINUSE: 98, ENOBUFS: 105, ETIMEDOUT: 110, EALREADY: 114, EINPROGRESS: 115,
  ESTALE: 116, EDQUOT: 122, ECANCELED: 125, EOWNERDEAD: 130, ERFKILL: 132, EHWPOISON: 133,
  ERESTARTSYS: 512, ERESTARTNOINTR: 513, ERESTARTNOHAND: 514, ENOIOCTLCMD: 515,
  ERESTART_RESTARTBLOCK: 516, EPROBE_DEFER: 517, EOPENSTALE: 518, ENOPARAM: 519, EBADHANDLE: 521,
  ENOTSYNC: 522, EBADCOOKIE: 523, ENOTSUPP: 524, ETOOSMALL: 525, ESERVERFAULT: 526, EBADTYPE: 527,
  EJUKEBOX: 528, EIOCBQUEUED: 529, ERECALLCONFLICT: 530,
});

/** errno number -> name. */
export const ERRNO_NAMES: Readonly<Record<number, string>> = Object.freeze(
  Object.fromEntries(Object.entries(ERRNO_BY_NAME).map(([name, n]) => [n, name])),
);

/** Name of an errno ("EINVAL"), or "E<n>" for numbers outside the registry. */
export function errnoName(n: number): string {
  return ERRNO_NAMES[n] ?? `E${n}`;
}

/** errno for a name ("EINVAL" -> 22), or undefined. */
export function errnoFromName(name: string): number | undefined {
  return ERRNO_BY_NAME[name];
}
