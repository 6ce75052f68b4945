// The ISO 18626 v1.2 schema, loaded once per process: libxml2's compiled XSD validator (the
// authority on validity) and a content model read from the same XSD, which names what is
// wrong in terms of the error policy, orders the serializer's output and types the objects.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { copyTree, type XmlNode } from './tree.js';

export const ISO_NS = 'http://illtransactions.org/2013/iso18626';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XS_NS = 'http://www.w3.org/2001/XMLSchema';

/** The XSD inside this package (a plain clone has no ../shared). */
export const SCHEMA_FILE = fileURLToPath(new URL('../schema/ISO-18626-v1_2.xsd', import.meta.url));
export const SAMPLES_DIR = fileURLToPath(new URL('../samples/', import.meta.url));

export type SimpleBase = 'string' | 'dateTime' | 'decimal' | 'integer' | 'boolean' | 'anyURI';

export interface SimpleType {
  name: string; // the XSD type name, e.g. type_action or xs:dateTime
  base: SimpleBase;
  enumeration?: readonly string[];
}

export type Content =
  | { kind: 'element'; particles: Particle[] }
  | { kind: 'simple'; type: SimpleType; scheme: boolean };

export interface Decl {
  name: string;
  min: number;
  max: number; // Infinity when unbounded
  content: Content;
}

export type Particle = { kind: 'element'; decl: Decl } | { kind: 'choice'; options: Decl[]; min: number; max: number };

export interface Schema {
  validator: XsdValidator;
  root: Decl;
}

let loaded: Schema | undefined;

/** The compiled schema (compiled on first use, then shared). */
export function schema(): Schema {
  if (loaded) return loaded;
  const bytes = readFileSync(SCHEMA_FILE);
  const doc = XmlDocument.fromBuffer(bytes);
  let tree: XmlNode;
  let validator: XsdValidator;
  try {
    validator = XsdValidator.fromDoc(doc);
    tree = copyTreeUnbounded(doc);
  } finally {
    doc.dispose();
  }
  loaded = { validator, root: buildModel(tree) };
  return loaded;
}

function copyTreeUnbounded(doc: XmlDocument): XmlNode {
  return copyTree(doc, { maxDepth: 1000, maxElements: 100_000 });
}

const xs = (n: XmlNode, name: string) => n.ns === XS_NS && n.name === name;
const attr = (n: XmlNode, name: string) => n.attrs.find((a) => a.name === name && a.ns === '')?.value;
const occurs = (n: XmlNode) => ({
  min: attr(n, 'minOccurs') === undefined ? 1 : Number(attr(n, 'minOccurs')),
  max: attr(n, 'maxOccurs') === undefined ? 1 : attr(n, 'maxOccurs') === 'unbounded' ? Infinity : Number(attr(n, 'maxOccurs')),
});

function buildModel(xsd: XmlNode): Decl {
  const globals = new Map<string, XmlNode>();
  const types = new Map<string, XmlNode>();
  for (const c of xsd.children) {
    const name = attr(c, 'name');
    if (!name) continue;
    if (xs(c, 'element')) globals.set(name, c);
    else if (xs(c, 'complexType') || xs(c, 'simpleType')) types.set(name, c);
  }
  const contents = new Map<string, Content>();

  const builtin = (t: string): SimpleType => {
    const base = t.replace(/^xs:/, '');
    if (!['string', 'dateTime', 'decimal', 'integer', 'boolean', 'anyURI'].includes(base)) throw new Error(`XSD type ${t} not modelled`);
    return { name: t, base: base as SimpleBase };
  };

  const simpleNamed = (name: string, node: XmlNode): SimpleType => {
    const restriction = node.children.find((c) => xs(c, 'restriction'))!;
    const enumeration = restriction.children.filter((c) => xs(c, 'enumeration')).map((c) => attr(c, 'value')!);
    return { ...builtin(attr(restriction, 'base')!), name, ...(enumeration.length ? { enumeration } : {}) };
  };

  const contentOfType = (typeName: string): Content => {
    const cached = contents.get(`type:${typeName}`);
    if (cached) return cached;
    let content: Content;
    const node = types.get(typeName);
    if (!node) content = { kind: 'simple', type: builtin(typeName), scheme: false };
    else if (xs(node, 'simpleType')) content = { kind: 'simple', type: simpleNamed(typeName, node), scheme: false };
    else content = complex(node);
    contents.set(`type:${typeName}`, content);
    return content;
  };

  const complex = (ct: XmlNode): Content => {
    const simple = ct.children.find((c) => xs(c, 'simpleContent'));
    if (simple) {
      // type_schemeValuePair: a string with an optional `scheme` attribute
      const ext = simple.children.find((c) => xs(c, 'extension'))!;
      return { kind: 'simple', type: builtin(attr(ext, 'base')!), scheme: true };
    }
    const seq = ct.children.find((c) => xs(c, 'sequence'));
    return { kind: 'element', particles: seq ? particles(seq) : [] };
  };

  const particles = (group: XmlNode): Particle[] => {
    const out: Particle[] = [];
    for (const c of group.children) {
      if (xs(c, 'element')) out.push({ kind: 'element', decl: decl(c) });
      else if (xs(c, 'choice')) out.push({ kind: 'choice', options: c.children.filter((o) => xs(o, 'element')).map(decl), ...occurs(c) });
      else if (xs(c, 'sequence')) out.push(...particles(c));
    }
    return out;
  };

  const elementContent = (el: XmlNode): Content => {
    const type = attr(el, 'type');
    if (type) return contentOfType(type);
    const ct = el.children.find((c) => xs(c, 'complexType'));
    if (ct) return complex(ct);
    return { kind: 'simple', type: builtin('xs:string'), scheme: false };
  };

  const decl = (el: XmlNode): Decl => {
    const ref = attr(el, 'ref');
    if (ref) {
      const g = globals.get(ref);
      if (!g) throw new Error(`XSD ref ${ref} has no global element`);
      let content = contents.get(`el:${ref}`);
      if (!content) {
        content = elementContent(g);
        contents.set(`el:${ref}`, content);
      }
      return { name: ref, ...occurs(el), content };
    }
    return { name: attr(el, 'name')!, ...occurs(el), content: elementContent(el) };
  };

  const root = globals.get('ISO18626Message');
  if (!root) throw new Error('the XSD has no ISO18626Message');
  return { name: 'ISO18626Message', min: 1, max: 1, content: elementContent(root) };
}

/** The decls a particle list allows, by name. */
export function particleDecls(particles: readonly Particle[]): Decl[] {
  return particles.flatMap((p) => (p.kind === 'element' ? [p.decl] : p.options));
}
