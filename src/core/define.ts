import { VERSION } from './version.js';

/** Marks a widget class with the library version that defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly nwVersion?: string;
}

/**
 * Defines `tag` unless it is already defined. Loading the library twice (two
 * URLs, two versions, a bundle next to an npm copy) must never throw, so the
 * first definition wins; a warning is printed only when the tag is held by a
 * different version, because then the page may not get the behaviour it asked for.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    const version = existing.nwVersion;
    if (existing !== ctor && version !== VERSION) {
      console.warn(
        `newsroom-widgets: <${tag}> is already defined by ${
          version ? `version ${version}` : 'another script'
        }; this copy (${VERSION}) is not used.`,
      );
    }
    return;
  }
  customElements.define(tag, ctor);
}
