import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../types.ts';
import { decodeFailedToParse, isFailedToParse } from './failed-to-parse.ts';
import { KVM_EVENTS } from './kvm-events.ts';
import { bytes } from './test-sink.ts';

function decode(name: string, payload: string): FieldValue[] | false {
  const def = KVM_EVENTS.get(name)!;
  const b = bytes(payload);
  const out = new Array<FieldValue>(def.fields.length).fill('x');
  expect(isFailedToParse(b, 0, b.length)).toBe(true);
  return decodeFailedToParse(def, b, 0, b.length, out) ? out : false;
}

describe('libtraceevent "[FAILED TO PARSE] name=value …"', () => {
  it('the real perf 6.1 line of kvm_inj_exception (testdata/real/vmm.perf-script.txt.gz)', () => {
    // fields: exception, error_code, reinjected, name, has_error
    expect(decode('kvm_inj_exception', '[FAILED TO PARSE] exception=14 has_error=1 error_code=2 reinjected=0')).toEqual([14, 2, 0, '#PF', 1]);
    expect(decode('kvm_inj_exception', '[FAILED TO PARSE] exception=33 has_error=0 error_code=0 reinjected=1')).toEqual([33, 0, 1, '0x21', 0]);
  });

  it('hex, negative and 64-bit values, text values with blanks, names the event lacks', () => {
    // kvm_userspace_exit fields: reason, errno, reason_name
    expect(decode('kvm_userspace_exit', '[FAILED TO PARSE] reason=0xffffffffffffffff errno=-4 extra=some text here')).toEqual([0xffffffffffffffffn, -4, '']);
    expect(decode('kvm_userspace_exit', '[FAILED TO PARSE] errno=ARRAY[01, 02] reason=2')).toEqual([2, 'ARRAY[01, 02]', '']);
  });

  it('no field of the event, or not name=value text: not decoded (the caller keeps the payload)', () => {
    expect(decode('kvm_userspace_exit', '[FAILED TO PARSE] foo=1 bar=2')).toBe(false);
    expect(decode('kvm_userspace_exit', '[FAILED TO PARSE] reason 2')).toBe(false);
    expect(isFailedToParse(bytes('reason KVM_EXIT_IO (2)'), 0, 22)).toBe(false);
  });
});
