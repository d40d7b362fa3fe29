/**
 * The entries of a zip archive one at a time (yauzl, lazy entries): nothing is held beyond the
 * entry being read, so a zip of a million records streams like a plain file. A corrupt archive
 * fails at open; a corrupt entry fails when its stream is read, and the next entry is still read.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  open(): Promise<Readable>;
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) reject(error ?? new Error('cannot open'));
      else resolve(zip);
    });
  });
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: yauzl.Entry): void => {
      cleanup();
      resolve(entry);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(null);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

export async function* zipEntries(path: string): AsyncGenerator<ZipEntry> {
  const zip = await openZip(path);
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) return;
      if (entry.fileName.endsWith('/')) continue;
      yield {
        name: entry.fileName,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        open: () =>
          new Promise<Readable>((resolve, reject) => {
            zip.openReadStream(entry, (error, stream) => {
              if (error || !stream) reject(error ?? new Error('cannot read entry'));
              else resolve(stream);
            });
          }),
      };
    }
  } finally {
    zip.close();
  }
}
