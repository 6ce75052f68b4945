// Typed message -> ISO 18626 XML, children in the schema's order (read from the XSD), the
// namespace as the default one, qualified attributes (the schema's attributeFormDefault).
import { ISO_NS, particleDecls, schema, type Content } from './schema.js';
import type { IsoDocument } from './types.js';

// Characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const text = (s: string) => s.replace(INVALID, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
const attrValue = (s: string) => text(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

export class SerializeError extends Error {
  override readonly name = 'SerializeError';
}

/** The XML of one ISO 18626 message or confirmation. Throws SerializeError for an unknown kind. */
export function serialize(doc: IsoDocument): string {
  const root = schema().root;
  const decl = root.content.kind === 'element' ? particleDecls(root.content.particles).find((d) => d.name === doc.kind) : undefined;
  if (!decl) throw new SerializeError(`${String(doc.kind)} is not an ISO 18626 message`);
  const body = (doc as unknown as Record<string, unknown>)[doc.kind];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<ISO18626Message xmlns="${ISO_NS}" xmlns:ill="${ISO_NS}" ill:version="1.2">`,
  ];
  element(out, doc.kind, body, decl.content, '\n  ');
  out.push('\n</ISO18626Message>\n');
  return out.join('');
}

function element(out: string[], name: string, value: unknown, content: Content, indent: string): void {
  if (content.kind === 'simple') {
    if (content.scheme) {
      const v = (typeof value === 'object' && value !== null ? value : { value }) as { value?: unknown; scheme?: unknown };
      const scheme = typeof v.scheme === 'string' && v.scheme !== '' ? ` ill:scheme="${attrValue(v.scheme)}"` : '';
      out.push(`${indent}<${name}${scheme}>${text(String(v.value ?? ''))}</${name}>`);
    } else out.push(`${indent}<${name}>${text(String(value ?? ''))}</${name}>`);
    return;
  }
  const obj = (value ?? {}) as Record<string, unknown>;
  out.push(`${indent}<${name}>`);
  for (const d of particleDecls(content.particles)) {
    const v = obj[d.name];
    if (v === undefined || v === null) continue;
    for (const item of Array.isArray(v) ? v : [v]) element(out, d.name, item, d.content, `${indent}  `);
  }
  out.push(`${indent}</${name}>`);
}
