// XML in and out, through libxml2 (wasm: no native addon, no system binary). Incoming XML
// becomes a plain tree named by local names, so a responder's namespace prefix (or none)
// does not matter; the libxml2 document is disposed at once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ParseOption, XmlDocument, XmlElement, XmlText, XsdValidator } from 'libxml2-wasm';

/** An element by its local name: attributes by local name too, text is the trimmed content of its own text nodes. */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
}

/** The most an NCIP answer may weigh (a patron with thousands of loans stays far below). */
export const MAX_XML_BYTES = 2 * 1024 * 1024;

// No network, no external entities, no entity substitution: a responder's XML is untrusted.
const PARSE = { option: ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NOBLANKS };

/**
 * Parses XML (bytes keep the encoding the XML declaration names, e.g. ISO-8859-1); throws an
 * Error whose message says what was wrong (never the content).
 */
export function parseXml(xml: string | Uint8Array): XNode {
  if (xml.length > MAX_XML_BYTES) throw new Error(`larger than ${MAX_XML_BYTES} bytes`);
  let doc: XmlDocument;
  try {
    doc = typeof xml === 'string' ? XmlDocument.fromString(xml, PARSE) : XmlDocument.fromBuffer(xml, PARSE);
  } catch {
    throw new Error('not well-formed XML');
  }
  try {
    return toNode(doc.root);
  } finally {
    doc.dispose();
  }
}

function toNode(el: XmlElement): XNode {
  const node: XNode = { name: el.name, attrs: {}, children: [], text: '' };
  for (const a of el.attrs) node.attrs[a.name] = a.value;
  let text = '';
  for (let c = el.firstChild; c; c = c.next) {
    if (c instanceof XmlElement) node.children.push(toNode(c));
    else if (c instanceof XmlText) text += c.content;
  }
  node.text = text.trim();
  return node;
}

/** The first child with this local name, then the next, along a path. */
export function child(node: XNode | undefined, ...path: string[]): XNode | undefined {
  let at = node;
  for (const name of path) at = at?.children.find((c) => c.name === name);
  return at;
}

export function children(node: XNode | undefined, name: string): XNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** Every descendant with this local name (depth first). */
export function descendants(node: XNode | undefined, name: string): XNode[] {
  const out: XNode[] = [];
  const walk = (n: XNode) => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  if (node) walk(node);
  return out;
}

/** The text of an element, or of its `Value` child (NCIP v1's scheme/value pairs). */
export function textOf(node: XNode | undefined): string | undefined {
  if (!node) return undefined;
  const t = node.text || child(node, 'Value')?.text || '';
  return t === '' ? undefined : t;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The NCIP v2.02 schema the project carries (shared/ncip/schema). */
export const NCIP_SCHEMA_FILE = fileURLToPath(new URL('../schema/ncip_v2_02.xsd', import.meta.url));

let validator: XsdValidator | undefined;

/** Validates an NCIP message against the schema: the schema's own error lines, or none. */
export function validateNcip(xml: string): string[] {
  if (!validator) {
    const schema = XmlDocument.fromBuffer(readFileSync(NCIP_SCHEMA_FILE), PARSE);
    validator = XsdValidator.fromDoc(schema); // the schema document lives as long as the process

  }
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(xml, PARSE);
  } catch (e) {
    return [`not well-formed XML: ${e instanceof Error ? e.message.trim() : String(e)}`];
  }
  try {
    validator.validate(doc);
    return [];
  } catch (e) {
    const details = (e as { details?: Array<{ message: string }> }).details;
    return details?.length ? details.map((d) => d.message.trim()) : [e instanceof Error ? e.message.trim() : String(e)];
  } finally {
    doc.dispose();
  }
}
