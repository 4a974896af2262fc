// What the server gets: a story's markup as static HTML (the page a CMS
// publishes), and what each rendering of it shows.
import { render, type TemplateResult } from 'lit';

export const WIDGET_TAGS = ['nw-quote-card', 'nw-tweet-embed', 'nw-demand-table', 'nw-fact-box'];

/**
 * The HTML a template renders, without Lit's markers. It is rendered in a
 * document of its own, where no element is defined, so the widgets stay
 * plain markup; a story that changes its markup after rendering (the archive
 * calls upgradeEmbeds) has done so when this resolves.
 */
export async function storyMarkup(template: unknown): Promise<string> {
  const inert = document.implementation.createHTMLDocument('');
  const container = inert.createElement('div');
  inert.body.append(container);
  render(template, container, { creationScope: inert });
  await new Promise((resolve) => setTimeout(resolve));
  return container.innerHTML.replace(/<!--\??(lit\$\d+\$)?-->/g, '');
}

/**
 * A template of static markup: what @lit-labs/testing's fixtures take, the
 * same for the server (which sees no bindings) and the browser.
 */
export function staticTemplate(markup: string): TemplateResult {
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  return { ['_$litType$']: 1, strings, values: [] } as unknown as TemplateResult;
}

/** The text a widget's shadow root shows (styles left out), white space collapsed. */
export function shownText(root: ParentNode): string {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
    else if (!(node instanceof Element && (node.localName === 'style' || node.localName === 'link'))) node.childNodes.forEach(walk);
  };
  walk(root as Node);
  return texts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * What every widget in `container` shows, one line each: its text, its
 * parts, the links and times (with their addresses and dates), and whether
 * it fell back to the author's content (a default slot).
 */
export function shownContent(container: ParentNode): string[] {
  return Array.from(container.querySelectorAll(WIDGET_TAGS.join(','))).map((el) => {
    const root = el.shadowRoot;
    if (!root) return `<${el.localName}> has no shadow root`;
    const parts = Array.from(root.querySelectorAll('[part]'), (part) => part.getAttribute('part')).join(' ');
    const links = Array.from(root.querySelectorAll('a[href]'), (a) => a.getAttribute('href')).join(' ');
    const times = Array.from(root.querySelectorAll('time'), (time) => time.getAttribute('datetime')).join(' ');
    const fallback = root.querySelector('slot:not([name])') ? ' (fallback: the author’s content)' : '';
    return `<${el.localName}>${fallback} ${shownText(root)} | parts: ${parts} | links: ${links} | times: ${times}`;
  });
}
