// A plain, immutable element tree copied out of a libxml2 document, so that nothing outside
// this module touches wasm memory (the document is disposed as soon as it is copied).
import { XmlCData, XmlElement, XmlText, type XmlDocument } from 'libxml2-wasm';
import { LIMITS } from './limits.js';

export interface XmlAttr {
  name: string;
  ns: string;
  value: string;
}

export interface XmlNode {
  name: string; // local name
  ns: string; // namespace URI, '' when none
  attrs: XmlAttr[];
  children: XmlNode[];
  /** the concatenated text and CDATA directly inside this element */
  text: string;
  /** 1-based line in the source, for diagnostics */
  line: number;
}

export class TreeLimitError extends Error {}

export function copyTree(doc: XmlDocument, limits: { maxDepth: number; maxElements: number } = LIMITS): XmlNode {
  let count = 0;
  const copy = (el: XmlElement, depth: number): XmlNode => {
    if (depth > limits.maxDepth) throw new TreeLimitError(`elements nested deeper than ${limits.maxDepth}`);
    if (++count > limits.maxElements) throw new TreeLimitError(`more than ${limits.maxElements} elements`);
    const node: XmlNode = {
      name: el.name,
      ns: el.namespaceUri ?? '',
      attrs: el.attrs.map((a) => ({ name: a.name, ns: a.namespaceUri ?? '', value: a.value })),
      children: [],
      text: '',
      line: el.line,
    };
    let text = '';
    for (let c = el.firstChild; c; c = c.next) {
      if (c instanceof XmlElement) node.children.push(copy(c, depth + 1));
      else if (c instanceof XmlText || c instanceof XmlCData) text += c.content;
    }
    node.text = text;
    return node;
  };
  return copy(doc.root, 1);
}

/** The path of element names from the root's child down, e.g. `request/header/timestamp`. */
export function pathOf(stack: readonly XmlNode[]): string {
  return stack
    .slice(1)
    .map((n) => safeName(n.name))
    .join('/');
}

/** An element name fit to quote back: a sender chooses element names, so bound them. */
export function safeName(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9_.\-]/g, '?');
  return clean.length > 64 ? `${clean.slice(0, 64)}...` : clean;
}
