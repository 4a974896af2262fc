// Property-based fuzzing: per widget, a random sequence of steps of what
// pages, CMSs and scripts do to an element (attributes from the widget's
// documented ones with valid, invalid and hostile values; `data` of every
// shape; new or edited light DOM, broken markup included; the nearest `lang`,
// `dir` and `theme`; moves to another parent, an iframe's document or a
// document without a window). After each step the widget has rendered and:
// nothing threw, no URL in its shadow root has a scheme other than http(s),
// no `on…` attribute is there, `data` has the documented shape, and the main
// text of the model (quote paragraphs, post author, first demand, first fact)
// is in the shadow root whenever the model has it; and every `nw-error` the
// widget fired names a problem it had not reported before, with one console
// warning each. A failure names the seed and path.
//
// `npm test` runs 300 steps per widget; `npm run test:stress` runs 2,000
// (web-test-runner.stress.config.mjs sets `window.NW_FUZZ` from the
// environment: NW_FUZZ_STEPS, and NW_FUZZ_SEED with NW_FUZZ_PATH to replay a
// failure).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { WIDGETS, UNSAFE_URLS, hostileData, type WidgetContract } from '../contract/widgets.js';
import { nodesOf, unsafeUrls, type WithData } from '../contract/harness.js';

interface FuzzSettings {
  steps?: number;
  seed?: number;
  path?: string;
}
const SETTINGS: FuzzSettings = (globalThis as { NW_FUZZ?: FuzzSettings }).NW_FUZZ ?? {};
const STEPS = SETTINGS.steps ?? 300;

/** The documented attributes of each widget (README, "The widgets"). */
const ATTRIBUTES: Record<string, readonly string[]> = {
  'nw-quote-card': ['speaker', 'speaker-role', 'date', 'cite', 'source', 'avatar', 'variant', 'theme'],
  'nw-tweet-embed': ['url', 'author', 'handle', 'date', 'avatar', 'platform', 'allow-original', 'theme'],
  'nw-demand-table': ['heading', 'demand-by', 'response-by', 'updated', 'theme'],
  'nw-fact-box': ['heading', 'updated', 'max-visible', 'variant', 'theme'],
};

const HOSTILE_TEXT = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">x</a>',
  '\u202Eevil\u202C',
  '👩‍👩‍👧‍👦'.repeat(20),
];

const VALUES = [
  '',
  ' ',
  'Wendy Sherman',
  'Deputy Secretary of State',
  '@jensstoltenberg',
  'https://www.state.gov/briefings',
  'https://twitter.com/NATO/status/1481637470556450818',
  'https://bsky.app/profile/nato.int/post/3kabc',
  'https://mastodon.social/@nato/111',
  '/relative/avatar.png',
  'https://example.org/avatar.png',
  '2022-01-12',
  '2022-01-12T10:30:00Z',
  '2022-02-30',
  '12/01/2022',
  '9999-99-99T99:99',
  'NaN',
  '-1',
  '0',
  '3',
  '1e9',
  'auto',
  'light',
  'dark',
  'card',
  'pull',
  'full',
  'compact',
  'x',
  'bluesky',
  'mastodon',
  'myspace',
  'x'.repeat(5000),
  ...UNSAFE_URLS,
  ...HOSTILE_TEXT,
];

const BROKEN_MARKUP = [
  '',
  'just text, no elements',
  '<blockquote><p>Unclosed quote',
  '<p>One</p><p>',
  '<table><tr><td>cell without table body',
  '<table><caption></caption></table>',
  '<dl><dt>label only',
  '<ul><li><strong>30</strong> allies<li>',
  '<script type="application/json">{"broken": </script>',
  '<script type="application/json">null</script>',
  '<script type="application/json">[1,2,3]</script>',
  '<script type="application/json">{"__proto__":{"polluted":"yes"}}</script>',
  // The author's own image handler runs in the page, as it would without the widget; it must not be copied into the shadow root.
  '<img src="data:x" onerror="void 0"><p>after the image</p>',
  '<blockquote class="twitter-tweet"><p>no author</p><a href="javascript:alert(1)">January 12, 2022</a></blockquote>',
  '<blockquote class="bluesky-embed" data-bluesky-uri="at://x"><p>text</p>&mdash; <a href="vbscript:x">Someone</a></blockquote>',
  '<a href="javascript:alert(1)">link</a><form action="javascript:alert(1)"><button>go</button></form>',
  '<!-- wp:html --><p>commented</p><!-- /wp:html -->',
];

type Step =
  | { kind: 'attribute'; name: string; value: string | null }
  | { kind: 'data'; value: unknown }
  | { kind: 'light'; form: number }
  | { kind: 'markup'; html: string }
  | { kind: 'text'; text: string }
  | { kind: 'context'; name: 'lang' | 'dir' | 'theme'; value: string | null }
  | { kind: 'move'; to: 'parent' | 'iframe' | 'inert' | 'back' | 'detach' };

function stepsFor(widget: WidgetContract): fc.Arbitrary<Step> {
  const seedData = widget.forms.find((form) => form.name === 'data')!.data;
  const dataValues: unknown[] = [
    seedData,
    widget.normalises.data,
    widget.changes.data.data,
    ...HOSTILE_TEXT.map((markup) => widget.markupData(markup)),
    widget.markupData('x'.repeat(100_000)),
    ...hostileData(widget).map(([, value]) => value),
  ];
  const lightForms = widget.forms.filter((form) => form.name !== 'data').length + 1;
  const value = fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 20 }));
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('attribute' as const), name: fc.constantFrom(...ATTRIBUTES[widget.tag]!), value: fc.option(value, { nil: null }) }), weight: 4 },
    {
      arbitrary: fc.record({
        kind: fc.constant('data' as const),
        value: fc.oneof(
          { arbitrary: fc.constantFrom(...dataValues), weight: 4 },
          { arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }), weight: 1 },
        ),
      }),
      weight: 3,
    },
    { arbitrary: fc.record({ kind: fc.constant('light' as const), form: fc.nat({ max: lightForms - 1 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('markup' as const), html: fc.constantFrom(...BROKEN_MARKUP) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('text' as const), text: value }), weight: 2 },
    {
      arbitrary: fc.oneof(
        fc.record({ kind: fc.constant('context' as const), name: fc.constant('lang' as const), value: fc.option(fc.constantFrom('en', 'de', 'ar', 'he', 'fr-CA', 'zz', '', '<b>'), { nil: null }) }),
        fc.record({ kind: fc.constant('context' as const), name: fc.constant('dir' as const), value: fc.option(fc.constantFrom('ltr', 'rtl', 'auto', 'sideways'), { nil: null }) }),
        fc.record({ kind: fc.constant('context' as const), name: fc.constant('theme' as const), value: fc.option(fc.constantFrom('light', 'dark', 'auto', 'neon'), { nil: null }) }),
      ),
      weight: 2,
    },
    { arbitrary: fc.record({ kind: fc.constant('move' as const), to: fc.constantFrom('parent' as const, 'iframe' as const, 'inert' as const, 'back' as const, 'detach' as const) }), weight: 2 },
  );
}

/** The text the model must show: quote paragraphs, the post's author, the first demand, the first fact. */
function mainText(tag: string, data: Record<string, unknown>): string[] {
  const first = (list: unknown, key: string) => (Array.isArray(list) && list.length ? [String((list[0] as Record<string, unknown>)[key])] : []);
  switch (tag) {
    case 'nw-quote-card':
      return Array.isArray(data.quote) ? (data.quote as string[]) : [];
    case 'nw-tweet-embed':
      return data.text && data.author ? [String(data.author)] : [];
    case 'nw-demand-table':
      return first(data.rows, 'demand');
    default:
      return first(data.facts, 'label');
  }
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What is wrong with the widget now, or nothing. */
function problemsOf(widget: WidgetContract, el: WithData): string[] {
  const problems: string[] = [];
  const root = el.shadowRoot;
  if (!root) return ['no shadow root'];
  problems.push(...unsafeUrls(el).map((url) => `unsafe URL ${url}`));
  for (const node of Array.from(root.querySelectorAll('*'))) {
    for (const name of node.getAttributeNames()) if (name.startsWith('on')) problems.push(`<${node.localName} ${name}> in the shadow root`);
  }
  let data: unknown;
  try {
    data = el.data;
  } catch (error) {
    return [...problems, `data getter threw ${String(error)}`];
  }
  problems.push(...widget.schema(data, 'data'));
  if (problems.length) return problems;
  const shown = normalise(root.textContent ?? '');
  for (const text of mainText(widget.tag, data as Record<string, unknown>)) {
    if (!shown.includes(normalise(text))) problems.push(`the shadow root does not show "${text.slice(0, 80)}"`);
  }
  return problems;
}

describe('fuzzing: random steps never break a widget', function () {
  this.timeout(Math.max(120_000, STEPS * 100));
  let iframe: HTMLIFrameElement;
  const inert = document.implementation.createHTMLDocument('inert');
  const pageErrors: string[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandled rejection: ${String(event.reason)}`);

  before(async () => {
    iframe = document.createElement('iframe');
    document.body.append(iframe);
    await new Promise((resolve) => setTimeout(resolve));
    for (const target of [window, iframe.contentWindow!]) {
      target.addEventListener('error', onError);
      target.addEventListener('unhandledrejection', onRejection);
    }
    for (const widget of WIDGETS) await widget.load();
  });

  after(() => {
    for (const target of [window, iframe.contentWindow!]) {
      target.removeEventListener('error', onError);
      target.removeEventListener('unhandledrejection', onRejection);
    }
    iframe.remove();
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: ${STEPS} random steps`, async () => {
      const lightForms = widget.forms.filter((form) => form.name !== 'data');
      let home: HTMLElement;
      let elsewhere: HTMLElement;
      const originalWarn = console.warn;
      let warnings = 0;
      console.warn = () => void warnings++; // bad input warns by design; thousands of printed warnings would only slow the run
      let errorEvents = 0;
      try {
        const run = await fc.check(
          fc.asyncProperty(fc.array(stepsFor(widget), { minLength: STEPS, maxLength: STEPS }), async (steps) => {
            // <div theme lang dir> <div> widget </div> <div></div> </div>
            const outer = document.createElement('div');
            home = document.createElement('div');
            elsewhere = document.createElement('div');
            outer.append(home, elsewhere);
            document.body.append(outer);
            const el = nodesOf(widget.seed()).find((node): node is WithData => node instanceof HTMLElement)!;
            // One nw-error per distinct problem: the same code and message never fire twice, and each comes with one warning.
            const reported = new Set<string>();
            const repeated: string[] = [];
            el.addEventListener('nw-error', (event) => {
              errorEvents++;
              const key = `${event.detail.code}: ${event.detail.message}`;
              if (reported.has(key)) repeated.push(key);
              reported.add(key);
            });
            warnings = 0;
            home.append(el);
            pageErrors.length = 0;
            try {
              for (const [i, step] of steps.entries()) {
                try {
                  apply(step, el);
                  await new Promise((resolve) => setTimeout(resolve)); // observers see the change
                  await el.updateComplete;
                } catch (error) {
                  throw new Error(`step ${i} ${stepText(step)} threw: ${(error as Error)?.stack ?? String(error)}`);
                }
                if (pageErrors.length) throw new Error(`step ${i} ${stepText(step)}: page error ${pageErrors.join('; ')}`);
                if ((window as { __pwned?: unknown }).__pwned) throw new Error(`step ${i} ${stepText(step)}: injected script ran`);
                const problems = problemsOf(widget, el);
                if (repeated.length) problems.push(`nw-error fired again for a problem already reported: ${repeated.join('; ')}`);
                if (warnings !== reported.size) problems.push(`${warnings} console warnings for ${reported.size} nw-error events`);
                if (problems.length) throw new Error(`step ${i} ${stepText(step)}: ${problems.join('; ')}`);
              }
            } finally {
              el.remove();
              outer.remove();
            }
          }),
          { numRuns: 1, endOnFailure: true, seed: SETTINGS.seed, path: SETTINGS.path },
        );
        // The whole counterexample is STEPS steps long; the seed and path replay it.
        if (run.failed) {
          const message = (run.errorInstance as Error | undefined)?.message ?? String(run.errorInstance);
          throw new Error(
            `<${widget.tag}> fuzzing failed after ${STEPS} steps were drawn: { seed: ${run.seed}, path: "${run.counterexamplePath}" }\n` +
              `replay: NW_FUZZ_STEPS=${STEPS} NW_FUZZ_SEED=${run.seed} NW_FUZZ_PATH=${run.counterexamplePath} npx web-test-runner --config web-test-runner.stress.config.mjs\n${message}`,
          );
        }
        console.log(`fuzz <${widget.tag}>: ${STEPS} random steps passed (seed ${run.seed}, ${errorEvents} nw-error events, each a distinct problem with one warning)`);
      } finally {
        console.warn = originalWarn;
      }

      function apply(step: Step, target: WithData): void {
        switch (step.kind) {
          case 'attribute':
            if (step.value === null) target.removeAttribute(step.name);
            else target.setAttribute(step.name, step.value);
            break;
          case 'data':
            target.data = step.value;
            break;
          case 'light': {
            const form = lightForms[step.form];
            const source = form ? nodesOf(form.template()).find((node): node is Element => node instanceof Element) : nodesOf(widget.seed()).find((node): node is Element => node instanceof Element);
            target.replaceChildren(...Array.from(source?.childNodes ?? []));
            break;
          }
          case 'markup':
            target.innerHTML = step.html;
            break;
          case 'text': {
            const walker = target.ownerDocument.createTreeWalker(target, NodeFilter.SHOW_TEXT);
            let node = walker.nextNode() as Text | null;
            while (node && !node.data.trim()) node = walker.nextNode() as Text | null;
            if (node) node.data = step.text;
            else target.append(step.text);
            break;
          }
          case 'context': {
            const holder = target.parentElement;
            if (!holder) break;
            if (step.value === null) holder.removeAttribute(step.name);
            else holder.setAttribute(step.name, step.value);
            break;
          }
          case 'move': {
            if (step.to === 'parent') (target.parentElement === elsewhere ? home : elsewhere).append(target);
            else if (step.to === 'iframe') iframe.contentDocument!.body.append(target);
            else if (step.to === 'inert') inert.body.append(target);
            else if (step.to === 'back') home.append(target);
            else target.remove();
            break;
          }
        }
      }
    });
  }
});

function stepText(step: Step): string {
  try {
    const text = JSON.stringify(step, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : typeof value === 'string' && value.length > 60 ? `${value.slice(0, 60)}…(${value.length})` : value));
    return text ?? String(step);
  } catch {
    return step.kind;
  }
}
