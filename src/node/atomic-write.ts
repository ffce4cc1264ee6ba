/**
 * Atomic file writes (write-file-atomic: a temporary file in the same folder, then rename), so a
 * crash or a full disk never leaves a half-written note or draft behind.
 */
import writeFileAtomicLibrary from 'write-file-atomic';

export async function writeFileAtomic(filePath: string, bytes: Uint8Array | string): Promise<void> {
  await writeFileAtomicLibrary(filePath, typeof bytes === 'string' ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
