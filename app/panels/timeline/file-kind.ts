/** Which workspace a user's file opens as, from its name (pure; drop.ts and the toolbar's Open file… use it). */

/** True for names the recording workspace opens: kvmlab-truth/2 logs are JSON (`x.truth.json[.gz]`); no trace format is. */
export function isRecordingName(name: string): boolean {
  return /\.json(\.gz)?$/i.test(name);
}
