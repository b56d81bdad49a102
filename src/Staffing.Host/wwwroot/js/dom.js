// Element builders: text always goes in as text nodes, so API data can never inject markup.
const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** An HTML element: h('button', { class: 'secondary', onclick }, 'Approve'). */
export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);

/** An SVG element, same shape as h. */
export const s = (tag, attrs, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

export function replace(target, ...children) {
  target.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
  return target;
}

/** Tells screen-reader users what changed without moving focus. */
export function announce(message) {
  const live = document.getElementById('announcer');
  if (live) live.textContent = message;
}
