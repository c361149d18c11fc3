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

/** errno number -> name, for every errno above. */
export const ERRNO_NAMES: Readonly<Record<number, string>> = Object.freeze({
  [EPERM]: 'EPERM', [ENOENT]: 'ENOENT', [ESRCH]: 'ESRCH', [EINTR]: 'EINTR', [EIO]: 'EIO',
  [ENXIO]: 'ENXIO', [E2BIG]: 'E2BIG', [ENOEXEC]: 'ENOEXEC', [EBADF]: 'EBADF', [ECHILD]: 'ECHILD',
  [EAGAIN]: 'EAGAIN', [ENOMEM]: 'ENOMEM', [EACCES]: 'EACCES', [EFAULT]: 'EFAULT', [EBUSY]: 'EBUSY',
  [EEXIST]: 'EEXIST', [EXDEV]: 'EXDEV', [ENODEV]: 'ENODEV', [ENOTDIR]: 'ENOTDIR', [EISDIR]: 'EISDIR',
  [EINVAL]: 'EINVAL', [ENFILE]: 'ENFILE', [EMFILE]: 'EMFILE', [ENOTTY]: 'ENOTTY', [EFBIG]: 'EFBIG',
  [ENOSPC]: 'ENOSPC', [ESPIPE]: 'ESPIPE', [EROFS]: 'EROFS', [EPIPE]: 'EPIPE', [EDOM]: 'EDOM',
  [ERANGE]: 'ERANGE', [EDEADLK]: 'EDEADLK', [ENOSYS]: 'ENOSYS', [ENODATA]: 'ENODATA',
  [EOVERFLOW]: 'EOVERFLOW', [EOPNOTSUPP]: 'EOPNOTSUPP', [EHWPOISON]: 'EHWPOISON',
});

/** Name of an errno ("EINVAL"), or "E<n>" for numbers outside the registry. */
export function errnoName(n: number): string {
  return ERRNO_NAMES[n] ?? `E${n}`;
}

/** errno for a name ("EINVAL" -> 22), or undefined. */
export function errnoFromName(name: string): number | undefined {
  for (const [k, v] of Object.entries(ERRNO_NAMES)) if (v === name) return Number(k);
  return undefined;
}
