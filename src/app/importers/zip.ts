// Just enough of the ZIP format (APPNOTE 6.3) for exports people bring and take: read the central
// directory (zip64 too: Apple Health's export.xml passes 4 GB), stream one entry through zlib's inflate
// without unpacking the rest, and write small archives (our CSV export). Stored and deflated entries only.
import { closeSync, createReadStream, createWriteStream, fstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { ValidationError } from '../../core/errors.js';

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_U32 = 0xffffffff;

const bad = (message: string) => ValidationError.field('file', `is not a readable zip archive: ${message}`);

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

const u64 = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

/** True when the file starts like a zip archive (a local file header, or an empty archive's end record). */
export function isZip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = readAt(fd, 0, 4);
    return head.length === 4 && (head.readUInt32LE(0) === LOCAL || head.readUInt32LE(0) === EOCD);
  } finally {
    closeSync(fd);
  }
}

/** The entries of a zip archive, from its central directory (zip64 sizes and offsets included). */
export function listZip(file: string): ZipEntry[] {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    // The end record is 22 bytes plus a comment of up to 65,535.
    const tailStart = Math.max(0, size - 22 - 65_535);
    const tail = readAt(fd, tailStart, size - tailStart);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw bad('no end of central directory');
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || cdSize === MAX_U32 || cdOffset === MAX_U32) {
      const locatorAt = at - 20;
      if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR) throw bad('a zip64 archive without its locator');
      const record = readAt(fd, u64(tail, locatorAt + 8), 56);
      if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw bad('a zip64 archive without its end record');
      count = u64(record, 32);
      cdSize = u64(record, 40);
      cdOffset = u64(record, 48);
    }
    if (cdOffset + cdSize > size) throw bad('the central directory lies past the end of the file');
    const cd = readAt(fd, cdOffset, cdSize);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw bad(`central directory entry ${i + 1} is broken`);
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      const entry: ZipEntry = {
        name: cd.toString('utf8', p + 46, p + 46 + nameLength),
        method: cd.readUInt16LE(p + 10),
        crc: cd.readUInt32LE(p + 16),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localHeaderOffset: cd.readUInt32LE(p + 42),
      };
      // Zip64 extra field: the 8-byte values of exactly the fields that hold 0xFFFFFFFF, in this order.
      let e = p + 46 + nameLength;
      const end = e + extraLength;
      while (e + 4 <= end) {
        const id = cd.readUInt16LE(e);
        const length = cd.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (entry.size === MAX_U32) {
            entry.size = u64(cd, q);
            q += 8;
          }
          if (entry.compressedSize === MAX_U32) {
            entry.compressedSize = u64(cd, q);
            q += 8;
          }
          if (entry.localHeaderOffset === MAX_U32) entry.localHeaderOffset = u64(cd, q);
        }
        e += 4 + length;
      }
      entries.push(entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    closeSync(fd);
  }
}

/** The first entry whose name (any folder) ends with `/name` or is `name`, case-insensitively; null if none. */
export function findZipEntry(entries: readonly ZipEntry[], name: string): ZipEntry | null {
  const lower = name.toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === lower || e.name.toLowerCase().endsWith(`/${lower}`)) ?? null;
}

/**
 * The bytes of one entry as a stream, inflated, with its CRC-32 checked at the end. Refuses to inflate
 * past the entry's declared size or `maxBytes` (a zip bomb stops there). `onBytes` sees compressed bytes read.
 */
export function openZipEntry(file: string, entry: ZipEntry, opts: { maxBytes?: number; onBytes?: (read: number, total: number) => void } = {}): Readable {
  if (entry.method !== 0 && entry.method !== 8) throw bad(`${entry.name} uses compression method ${entry.method} (only stored and deflated are read)`);
  if (opts.maxBytes !== undefined && entry.size > opts.maxBytes) {
    throw ValidationError.field('file', `${entry.name} unpacks to ${Math.round(entry.size / 1e6)} MB, more than the ${Math.round(opts.maxBytes / 1e6)} MB allowed here`);
  }
  const fd = openSync(file, 'r');
  let header: Buffer;
  try {
    header = readAt(fd, entry.localHeaderOffset, 30);
  } finally {
    closeSync(fd);
  }
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw bad(`no local header for ${entry.name}`);
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  let read = 0;
  const raw = createReadStream(file, { start: dataStart, end: dataStart + entry.compressedSize - 1, highWaterMark: 1 << 20 });
  if (opts.onBytes) raw.on('data', (chunk: Buffer | string) => opts.onBytes!((read += chunk.length), entry.compressedSize));
  let crc = 0;
  let out = 0;
  const limit = Math.min(entry.size, opts.maxBytes ?? Infinity);
  const check = new Transform({
    transform(chunk: Buffer, _enc, done) {
      out += chunk.length;
      if (out > limit) return done(bad(`${entry.name} inflates past its declared size`));
      crc = crc32(chunk, crc);
      done(null, chunk);
    },
    flush(done) {
      if (out !== entry.size) return done(bad(`${entry.name} is ${out} bytes, not the ${entry.size} its directory says`));
      if (crc >>> 0 !== entry.crc >>> 0) return done(bad(`${entry.name} fails its CRC-32 check (the file is damaged)`));
      done();
    },
  });
  const source = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
  const fail = (err: Error) => check.destroy(err instanceof ValidationError ? err : bad(err.message));
  raw.on('error', fail);
  source.on('error', fail);
  return source.pipe(check);
}

/**
 * Unpacks the entries `keep` accepts into `dir` under their base names (never a path out of `dir`; macOS's
 * __MACOSX shadow folder left out); returns the files written.
 */
export async function extractZip(file: string, dir: string, keep: (name: string) => boolean, maxBytes: number): Promise<string[]> {
  const written: string[] = [];
  for (const entry of listZip(file)) {
    const base = path.basename(entry.name);
    if (entry.name.endsWith('/') || entry.name.startsWith('__MACOSX/') || base.startsWith('.') || !keep(base)) continue;
    // One folder per entry, so two entries of one name in different folders do not overwrite each other.
    const folder = path.join(dir, String(written.length));
    mkdirSync(folder, { recursive: true });
    const target = path.join(folder, base.replace(/[^\w.\- ]/g, '_'));
    await pipeline(openZipEntry(file, entry, { maxBytes }), createWriteStream(target));
    written.push(target);
  }
  return written;
}

/** A small zip archive of the given files, deflated (the CSV export); no zip64, so under 4 GB. */
export function writeZip(files: ReadonlyArray<{ name: string; data: Buffer }>, modified = new Date()): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  // MS-DOS date and time of the entries.
  const time = (modified.getHours() << 11) | (modified.getMinutes() << 5) | Math.floor(modified.getSeconds() / 2);
  const date = ((modified.getFullYear() - 1980) << 9) | ((modified.getMonth() + 1) << 5) | modified.getDate();
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const packed = deflateRawSync(f.data);
    const crc = crc32(f.data) >>> 0;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(LOCAL, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt16LE(time, 10);
    head.writeUInt16LE(date, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(f.data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt16LE(time, 12);
    dir.writeUInt16LE(date, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(f.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    local.push(head, name, packed);
    central.push(dir, name);
    offset += head.length + name.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}
