// A small, strict XML 1.0 reader for tests: it rejects what a real parser rejects (unbalanced or
// crossed tags, raw "<" or "&" in text, unknown entities, duplicate attributes, "--" in comments,
// forbidden control characters, more than one root) and returns the element tree to count on.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function decode(raw: string, where: number): string {
  if (FORBIDDEN.test(raw)) throw new Error(`forbidden control character near offset ${where}`);
  if (raw.includes('<')) throw new Error(`raw "<" in text near offset ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated entity near offset ${where}`);
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    const value = ENTITIES[body];
    if (value === undefined) throw new Error(`unknown entity &${body}; near offset ${where}`);
    return value;
  });
}

/** Parses a whole document; throws on anything that is not well-formed. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = lt < 0 ? xml.slice(i) : xml.slice(i, lt);
    if (text.length) {
      const decoded = decode(text, i);
      const top = stack[stack.length - 1];
      if (top) top.text += decoded;
      else if (decoded.trim()) throw new Error(`text outside the root element at offset ${i}`);
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) throw new Error('unterminated comment');
      const body = xml.slice(i + 4, end);
      if (body.includes('--') || body.endsWith('-')) throw new Error(`"--" inside a comment at offset ${i}`);
      i = end + 3;
      continue;
    }
    if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i);
      const name = xml.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new Error(`closing </${name}> does not match <${open?.name ?? 'nothing'}> at offset ${i}`);
      i = end + 1;
      continue;
    }
    i += 1;
    const nameMatch = NAME.exec(xml.slice(i));
    if (!nameMatch) throw new Error(`bad tag name at offset ${i}`);
    const element: XmlElement = { name: nameMatch[0], attrs: {}, children: [], text: '' };
    i += nameMatch[0].length;
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))![0];
      i += ws.length;
      if (xml.startsWith('/>', i) || xml.startsWith('>', i)) break;
      if (!ws) throw new Error(`attributes must be separated by white space at offset ${i}`);
      const attr = /^([A-Za-z_:][A-Za-z0-9_.:-]*)\s*=\s*"([^"]*)"/.exec(xml.slice(i));
      if (!attr) throw new Error(`bad attribute at offset ${i}`);
      if (Object.hasOwn(element.attrs, attr[1]!)) throw new Error(`duplicate attribute ${attr[1]} at offset ${i}`);
      element.attrs[attr[1]!] = decode(attr[2]!, i);
      i += attr[0].length;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) throw new Error(`second root element <${element.name}> at offset ${i}`);
    else root = element;
    if (xml.startsWith('/>', i)) i += 2;
    else {
      i += 1;
      stack.push(element);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every descendant element with this name. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}
