/** errno values by name for strace's `= -1 EINVAL (…)`: the project's one errno registry. */
export { ERRNO_BY_NAME as ERRNO } from '../../../kvm/uapi/errno.ts';
