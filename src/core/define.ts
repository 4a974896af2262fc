import { VERSION } from './version.js';

/** Marks a widget class with the library version that defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly nwVersion?: string;
}

/** Tags this copy found held by another version, by holder, until the warning about them is printed. */
const skipped = new Map<string, string[]>();

/** One warning per holder for the tags skipped together (a bundle defines all of its tags at once). */
function warnSkipped(): void {
  for (const [holder, tags] of skipped) {
    const names = tags.map((tag) => `<${tag}>`).join(', ');
    console.warn(`newsroom-widgets: ${names} ${tags.length === 1 ? 'is' : 'are'} already defined by ${holder}; this copy (${VERSION}) is not used.`);
  }
  skipped.clear();
}

/**
 * Defines `tag` unless it is already defined. Loading the library twice (two
 * URLs, two versions, a bundle next to an npm copy) must never throw, so the
 * first definition wins; a warning is printed only when the tag is held by a
 * different version, because then the page may not get the behaviour it asked
 * for. Tags skipped in one go share one warning.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    const version = existing.nwVersion;
    if (existing !== ctor && version !== VERSION) {
      const holder = version ? `version ${version}` : 'another script';
      if (!skipped.size) queueMicrotask(warnSkipped);
      skipped.set(holder, [...(skipped.get(holder) ?? []), tag]);
    }
    return;
  }
  customElements.define(tag, ctor);
}
