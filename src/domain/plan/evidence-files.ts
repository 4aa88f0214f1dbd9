// Which files may be kept as evidence, recognised by their contents as well as their name, and how
// they are named when downloaded. Evidence is stored in the database and served only to signed-in
// users of the council, always as a download (never shown inline, so a file cannot run as a page).

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

interface FileType { contentType: string; label: string; looksRight(bytes: Uint8Array): boolean }

const startsWith = (sig: number[]) => (b: Uint8Array) => sig.every((x, i) => b[i] === x);
const ZIP = startsWith([0x50, 0x4b, 0x03, 0x04]);          // docx and xlsx are zip packages
const isText = (b: Uint8Array) => {
  if (b.includes(0)) return false;
  try { new TextDecoder('utf-8', { fatal: true }).decode(b); return true; } catch { return false; }
};

export const EVIDENCE_TYPES: Record<string, FileType> = {
  pdf: { contentType: 'application/pdf', label: 'PDF', looksRight: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]) }, // %PDF-
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word', looksRight: ZIP },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel', looksRight: ZIP },
  png: { contentType: 'image/png', label: 'PNG image', looksRight: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  jpg: { contentType: 'image/jpeg', label: 'JPEG image', looksRight: startsWith([0xff, 0xd8, 0xff]) },
  jpeg: { contentType: 'image/jpeg', label: 'JPEG image', looksRight: startsWith([0xff, 0xd8, 0xff]) },
  txt: { contentType: 'text/plain; charset=utf-8', label: 'text', looksRight: isText },
};

export const ACCEPTED_EXTENSIONS = Object.keys(EVIDENCE_TYPES).map((e) => `.${e}`).join(',');
export const ACCEPTED_IN_WORDS = 'PDF, Word (.docx), Excel (.xlsx), PNG, JPEG or text (.txt)';

export type EvidenceCheck =
  | { ok: true; fileName: string; contentType: string }
  | { ok: false; message: string };

/** A file name with no path, no control characters and a sensible length. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return (cleaned || 'evidence').slice(-120);
}

export function checkEvidenceFile(name: string, bytes: Uint8Array): EvidenceCheck {
  const fileName = safeFileName(name);
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1].toLowerCase() ?? '';
  const type = EVIDENCE_TYPES[ext];
  if (bytes.length === 0) return { ok: false, message: 'The selected file is empty' };
  if (bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, message: 'The selected file must be smaller than 10 MB' };
  if (!type) return { ok: false, message: `The selected file must be a ${ACCEPTED_IN_WORDS}` };
  if (!type.looksRight(bytes)) return { ok: false, message: `The selected file is not a real ${type.label} file` };
  return { ok: true, fileName, contentType: type.contentType };
}

/** Content-Disposition for a download: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function attachmentHeader(fileName: string): string {
  const ascii = safeFileName(fileName).replace(/[^\x20-\x7e]/g, '_').replace(/[\\"%;]/g, '_');
  const utf8 = encodeURIComponent(safeFileName(fileName)).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
