// The stateless checks every inbound document goes through, in this order (the README's
// error policy): size, UTF-8, no DOCTYPE/entity declaration, well-formedness and nesting,
// the root and its one message element, the request id, then the XSD. libxml2 (wasm)
// decides validity; the content model read from the same XSD names the first problem in
// document order in the policy's terms. An errorValue names an element and a problem,
// never a value the sender wrote.
import { ParseOption, XmlDocument, XmlValidateError, type ErrorDetail } from 'libxml2-wasm';
import { Iso18626Error, type ErrorType } from './errors.js';
import { LIMITS } from './limits.js';
import { STRICT, type PeerProfile } from './profiles.js';
import { ISO_NS, XSI_NS, particleDecls, schema, type Content, type Decl, type SimpleType } from './schema.js';
import { TreeLimitError, copyTree, pathOf, safeName, type XmlNode } from './tree.js';
import { CONFIRMATION_KINDS, MESSAGE_KINDS, type IsoConfirmation, type IsoDocument, type IsoMessage } from './types.js';

export interface CheckOptions {
  /** what the ILL system is known to send (default: strict) */
  profile?: PeerProfile;
  /** 'message' (default): the three messages, a confirmation is an error; 'confirmation': the reverse */
  expect?: 'message' | 'confirmation';
}

export type CheckResult<D extends IsoDocument = IsoMessage> =
  | { ok: true; document: D; tree: XmlNode }
  | { ok: false; error: Iso18626Error; /** the message element, when one was found */ element?: string; tree?: XmlNode };

const PARSE_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE;
const DECLARATION = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i;
const ENCODING = /^<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']/;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const bad = (errorValue: string, httpStatus?: number) => new Iso18626Error('BadlyFormedMessage', errorValue, httpStatus);

/** Checks one inbound message (bytes as received, or a string). Never throws for bad input. */
export function checkMessage(input: Uint8Array | string, options: CheckOptions = {}): CheckResult<IsoMessage> {
  return checkDocument(input, { ...options, expect: 'message' }) as CheckResult<IsoMessage>;
}

/** Checks a confirmation (the answer to a message this side POSTed). */
export function checkConfirmation(input: Uint8Array | string, options: CheckOptions = {}): CheckResult<IsoConfirmation> {
  return checkDocument(input, { ...options, expect: 'confirmation' }) as CheckResult<IsoConfirmation>;
}

export function checkDocument(input: Uint8Array | string, options: CheckOptions = {}): CheckResult<IsoDocument> {
  const profile = options.profile ?? STRICT;
  const expect = options.expect ?? 'message';
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > LIMITS.maxBytes) return { ok: false, error: bad(`message larger than ${LIMITS.maxBytes} bytes`, 413) };
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = utf8.decode(input);
    } catch {
      return { ok: false, error: bad('message is not valid UTF-8') };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const enc = ENCODING.exec(text);
  if (enc && enc[1]!.toLowerCase() !== 'utf-8') return { ok: false, error: bad('the XML declaration names an encoding other than UTF-8') };
  // Refused before any parser sees it: no external entity is ever fetched, no expansion bomb.
  if (DECLARATION.test(text)) return { ok: false, error: bad('DOCTYPE and entity declarations are not accepted') };

  const s = schema();
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(text, { option: PARSE_OPTIONS });
  } catch (e) {
    const d = (e as { details?: ErrorDetail[] }).details?.[0];
    if (d && /depth/i.test(d.message)) return { ok: false, error: bad(`elements nested deeper than ${LIMITS.maxDepth}`) };
    return { ok: false, error: bad(`not well-formed XML${d?.line ? ` (line ${d.line})` : ''}`) };
  }
  let tree: XmlNode;
  let details: ErrorDetail[] = [];
  try {
    try {
      tree = copyTree(doc);
    } catch (e) {
      if (e instanceof TreeLimitError) return { ok: false, error: bad(e.message) };
      throw e;
    }
    const early = structure(tree, expect);
    if (early) return { ok: false, error: early, tree, ...elementOf(tree) };
    try {
      s.validator.validate(doc);
    } catch (e) {
      if (!(e instanceof XmlValidateError)) throw e;
      details = e.details.filter((d) => (d.level ?? 2) >= 2);
    }
  } finally {
    doc.dispose();
  }
  details = details.filter((d) => !tolerated(d, tree, profile));
  if (details.length > 0) {
    const error = walk(tree, s.root, [tree], profile) ?? fromLibxml(details[0]!, tree);
    return { ok: false, error, tree, ...elementOf(tree) };
  }
  const child = tree.children[0]!;
  const decl = particleDecls(contentParticles(s.root.content)).find((d) => d.name === child.name)!;
  const document = { kind: child.name, [child.name]: toObject(child, decl.content) } as unknown as IsoDocument;
  return { ok: true, document, tree };
}

const elementOf = (tree: XmlNode) => {
  const c = tree.children.length === 1 ? tree.children[0] : undefined;
  return c && c.ns === ISO_NS ? { element: c.name } : {};
};

const contentParticles = (c: Content) => (c.kind === 'element' ? c.particles : []);

// The root, its one message element and the request id: checked before the schema, so that
// they are named as the policy says whatever else is wrong.
function structure(root: XmlNode, expect: 'message' | 'confirmation'): Iso18626Error | undefined {
  if (root.name !== 'ISO18626Message' || root.ns !== ISO_NS) return bad(`the root element is not ISO18626Message in the namespace ${ISO_NS}`);
  if (root.children.length === 0) return bad('ISO18626Message: no message element');
  if (root.children.length > 1) return bad('ISO18626Message: more than one message element');
  const m = root.children[0]!;
  const isMessage = m.ns === ISO_NS && (MESSAGE_KINDS as readonly string[]).includes(m.name);
  const isConfirmation = m.ns === ISO_NS && (CONFIRMATION_KINDS as readonly string[]).includes(m.name);
  if (!isMessage && !isConfirmation) return bad(`ISO18626Message/${safeName(m.name)}: not an ISO 18626 message element`);
  if (expect === 'message' && isConfirmation) return bad(`${m.name}: a confirmation is not a message`);
  if (expect === 'confirmation' && isMessage) return bad(`${m.name}: a message where a confirmation was expected`);
  if (isMessage) {
    const header = m.children.find((c) => c.name === 'header' && c.ns === ISO_NS);
    const id = header?.children.find((c) => c.name === 'requestingAgencyRequestId' && c.ns === ISO_NS);
    // The transaction cannot be correlated: this rule wins over "missing required element".
    if (!id || (id.text.trim() === '' && id.children.length === 0)) {
      return new Iso18626Error('UnrecognisedDataValue', `${m.name}/header/requestingAgencyRequestId: missing or empty`);
    }
  }
  return undefined;
}

const ENUM_ERROR: Record<string, ErrorType> = {
  type_action: 'UnsupportedActionType',
  type_reasonForMessage: 'UnsupportedReasonForMessageType',
};

const DATETIME = /^-?\d{4,}-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))?$/;
function validSimple(type: SimpleType, raw: string): boolean {
  if (type.enumeration) return type.enumeration.includes(raw);
  const v = raw.trim();
  switch (type.base) {
    case 'dateTime': {
      const m = DATETIME.exec(v);
      if (!m) return false;
      const [mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
      return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && (h < 24 || (h === 24 && mi === 0 && s === 0)) && mi < 60 && s < 60;
    }
    case 'decimal':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v);
    case 'integer':
      return /^[+-]?\d+$/.test(v);
    case 'boolean':
      return /^(true|false|1|0)$/.test(v);
    default:
      return true;
  }
}

const typeLabel = (t: SimpleType) => (t.name.startsWith('xs:') ? t.name : t.enumeration ? `value of ${t.name}` : t.name);

function isEmptyNotificationStatus(stack: readonly XmlNode[], node: XmlNode, profile: PeerProfile): boolean {
  if (!profile.relax.emptyStatusInNotification || node.name !== 'status' || node.text.trim() !== '') return false;
  const msg = stack[1];
  if (msg?.name !== 'supplyingAgencyMessage') return false;
  const reason = msg.children.find((c) => c.name === 'messageInfo')?.children.find((c) => c.name === 'reasonForMessage');
  return reason?.text.trim() === 'Notification';
}

// The first problem in document order, in the error policy's terms; undefined if this model
// finds none (then libxml2's own first error is translated).
function walk(node: XmlNode, decl: Decl, stack: XmlNode[], profile: PeerProfile): Iso18626Error | undefined {
  const path = pathOf(stack) || 'ISO18626Message';
  const content = decl.content;
  const relaxAttrs = profile.relax.unqualifiedAttributes;
  if (stack.length === 1 && !node.attrs.some((a) => a.name === 'version' && (a.ns === ISO_NS || (relaxAttrs && a.ns === '')))) {
    return bad('ISO18626Message: missing required attribute version');
  }
  for (const a of node.attrs) {
    if (a.ns === XSI_NS) continue;
    const qualified = a.ns === ISO_NS || (relaxAttrs && a.ns === '');
    if (qualified && stack.length === 1 && a.name === 'version') continue;
    if (qualified && content.kind === 'simple' && content.scheme && a.name === 'scheme') continue;
    return new Iso18626Error('UnrecognisedDataElement', `${path}: attribute ${safeName(a.name)} is not allowed here`);
  }
  if (content.kind === 'simple') {
    if (node.children.length > 0) {
      return new Iso18626Error('UnrecognisedDataElement', `${path}/${safeName(node.children[0]!.name)}: not allowed in ${safeName(node.name)}, which holds a value`);
    }
    if (!validSimple(content.type, node.text) && !isEmptyNotificationStatus(stack, node, profile)) {
      const errorType = (content.type.enumeration && ENUM_ERROR[content.type.name]) || 'UnrecognisedDataValue';
      return new Iso18626Error(errorType, `${path}: not a ${typeLabel(content.type)}`);
    }
    return undefined;
  }
  if (node.text.trim() !== '') return new Iso18626Error('UnrecognisedDataValue', `${path}: text is not allowed here, only elements`);
  const particles = content.particles;
  const counts = particles.map(() => 0);
  const names = (i: number) => {
    const p = particles[i]!;
    return p.kind === 'element' ? [p.decl] : p.options;
  };
  const min = (i: number) => (particles[i]!.kind === 'element' ? (particles[i] as { decl: Decl }).decl.min : (particles[i] as { min: number }).min);
  const max = (i: number) => (particles[i]!.kind === 'element' ? (particles[i] as { decl: Decl }).decl.max : (particles[i] as { max: number }).max);
  const missing = (i: number) => bad(`${path}: missing required element ${names(i).map((d) => d.name).join(' or ')}`);
  let at = 0;
  for (const child of node.children) {
    const childPath = `${path === 'ISO18626Message' ? '' : `${path}/`}${safeName(child.name)}`;
    if (child.ns !== ISO_NS) return new Iso18626Error('UnrecognisedDataElement', `${childPath}: not an element of the ISO 18626 namespace`);
    let j = -1;
    let d: Decl | undefined;
    for (let k = at; k < particles.length; k++) {
      d = names(k).find((x) => x.name === child.name);
      if (d) {
        j = k;
        break;
      }
    }
    if (j < 0 || (j === at && counts[j]! >= max(j))) {
      const known = particleDecls(particles).some((x) => x.name === child.name);
      return new Iso18626Error(
        'UnrecognisedDataElement',
        known ? `${childPath}: not allowed here (out of order or repeated)` : `${childPath}: not an element of ${safeName(node.name)}`,
      );
    }
    for (let k = at; k < j; k++) if (counts[k]! < min(k)) return missing(k);
    at = j;
    counts[j]!++;
    const inner = walk(child, d!, [...stack, child], profile);
    if (inner) return inner;
  }
  for (let k = at; k < particles.length; k++) if (counts[k]! < min(k)) return missing(k);
  return undefined;
}

function nodeAt(tree: XmlNode, xpath: string | undefined): XmlNode[] {
  const stack = [tree];
  if (!xpath) return stack;
  const steps = xpath.split('/').filter(Boolean).slice(1);
  for (const step of steps) {
    const m = /^\*(?:\[(\d+)\])?$/.exec(step);
    const next = m ? stack[stack.length - 1]!.children[Number(m[1] ?? 1) - 1] : undefined;
    if (!next) break;
    stack.push(next);
  }
  return stack;
}

function tolerated(d: ErrorDetail, tree: XmlNode, profile: PeerProfile): boolean {
  if (profile === STRICT) return false;
  const stack = nodeAt(tree, d.xpath);
  const node = stack[stack.length - 1]!;
  if (isEmptyNotificationStatus(stack, node, profile)) return true;
  if (profile.relax.unqualifiedAttributes) {
    const attr = /attribute '(?:\{[^}]*\})?(version|scheme)'/.exec(d.message)?.[1];
    if (attr && node.attrs.some((a) => a.name === attr && a.ns === '')) return true;
  }
  return false;
}

// libxml2's message quotes the value; only its kind of problem and the element are used.
function fromLibxml(d: ErrorDetail, tree: XmlNode): Iso18626Error {
  const stack = nodeAt(tree, d.xpath);
  const path = pathOf(stack) || 'ISO18626Message';
  const name = stack[stack.length - 1]!.name;
  const m = d.message;
  if (/Missing child element/.test(m)) return bad(`${path}: missing required element`);
  if (/is required but missing/.test(m)) return bad(`${path}: missing required attribute`);
  if (/not expected|is not allowed/.test(m) && !/Character content/.test(m)) return new Iso18626Error('UnrecognisedDataElement', `${path}: not allowed here`);
  if (/facet 'enumeration'/.test(m)) {
    const t = name === 'action' ? 'UnsupportedActionType' : name === 'reasonForMessage' ? 'UnsupportedReasonForMessageType' : 'UnrecognisedDataValue';
    return new Iso18626Error(t, `${path}: not a value the schema allows`);
  }
  return new Iso18626Error('UnrecognisedDataValue', `${path}: not a valid value`);
}

function toObject(node: XmlNode, content: Content): unknown {
  if (content.kind === 'simple') {
    const v = content.type.base === 'string' && !content.type.enumeration ? node.text : node.text.trim();
    if (!content.scheme) return v;
    const scheme = node.attrs.find((a) => a.name === 'scheme' && (a.ns === ISO_NS || a.ns === ''))?.value;
    return scheme === undefined ? { value: v } : { value: v, scheme };
  }
  const out: Record<string, unknown> = {};
  const decls = particleDecls(content.particles);
  for (const child of node.children) {
    const d = decls.find((x) => x.name === child.name);
    if (!d) continue;
    const value = toObject(child, d.content);
    if (d.max > 1) ((out[d.name] ??= []) as unknown[]).push(value);
    else out[d.name] = value;
  }
  return out;
}
