import type { Test } from 'supertest';

// Shared by the exchange-*.test.ts files: files as bytes, CSV as lines.

/** The response body as raw bytes, whatever its content type. */
export function bytes(test: Test): Test {
  return test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

export const BOM = [0xef, 0xbb, 0xbf];

/** A CSV file's records as lines: checks the BOM (when expected) and CRLF endings, drops the last empty line. */
export function csvLines(body: Buffer, { bom }: { bom: boolean }): string[] {
  const head = [...body.subarray(0, 3)];
  if (bom ? head.join() !== BOM.join() : head.join() === BOM.join()) throw new Error(`BOM expected: ${bom}`);
  const text = body.toString('utf8').slice(bom ? 1 : 0);
  const lines = text.split('\r\n');
  if (lines.at(-1) !== '') throw new Error('the file does not end with CRLF');
  return lines.slice(0, -1);
}

/**
 * The zip with the unpacked size its central directory declares for one entry
 * changed (and nothing else): how a zip bomb lies, or how one claims too much.
 */
export function withDeclaredSize(zip: Buffer, entryName: string, size: number): Buffer {
  const changed = Buffer.from(zip);
  const end = changed.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = changed.readUInt32LE(end + 16);
  for (let i = 0; i < changed.readUInt16LE(end + 10); i++) {
    const nameLength = changed.readUInt16LE(offset + 28);
    if (changed.toString('utf8', offset + 46, offset + 46 + nameLength) === entryName) {
      changed.writeUInt32LE(size, offset + 24);
      return changed;
    }
    offset += 46 + nameLength + changed.readUInt16LE(offset + 30) + changed.readUInt16LE(offset + 32);
  }
  throw new Error(`the zip has no entry ${entryName}`);
}
