import { css, html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { initialsOf } from './i18n.js';
import { reportError } from './report.js';
import { safeImageUrl } from './url.js';

/**
 * An avatar: the image when its URL passes the URL policy and loads, otherwise
 * the initials of `name` on a quiet disc. Decorative (`alt=""`): the name is
 * always written next to it. `onError` runs when the image fails, so the
 * widget can switch to initials and report it.
 */
export function renderAvatar(
  url: string | null | undefined,
  name: string,
  options: { failed: boolean; onError: () => void; part?: string | undefined },
): TemplateResult | typeof nothing {
  const part = options.part ?? 'avatar';
  const src = options.failed ? null : safeImageUrl(url);
  if (src) {
    return html`<img
      part=${part}
      class="avatar"
      src=${src}
      alt=""
      width="48"
      height="48"
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${options.onError}
    />`;
  }
  const initials = initialsOf(name);
  if (!initials) return nothing;
  return html`<span part=${part} class="avatar avatar--initials" aria-hidden="true">${initials}</span>`;
}

/**
 * A widget's avatar and what happened to its image: when the image fails, the
 * widget re-renders with initials and reports it once. The failure belongs to
 * that URL, so a new `avatar` tries again.
 */
export class AvatarController implements ReactiveController {
  readonly #host: ReactiveElement;
  #failedUrl?: string;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The avatar for `url` (already through the URL policy) and the person's `name`. */
  render(url: string | undefined, name: string, part?: string): TemplateResult | typeof nothing {
    return renderAvatar(url, name, {
      failed: url !== undefined && url === this.#failedUrl,
      part,
      onError: () => {
        this.#failedUrl = url;
        this.#host.requestUpdate();
        reportError(this.#host, 'image-failed', `avatar image "${url}" failed to load; initials are shown instead.`);
      },
    });
  }
}

/**
 * The avatar's look, shared by every widget that shows one. A widget sets the
 * size with `--_avatar-size` and the initials' background with `--_avatar-bg`.
 * The initials take their colour from the palette where they sit, so declare
 * `--_avatar-bg` on the element that declares that palette or inside it: a
 * custom property takes its value where it is declared, and one declared on
 * the host keeps the host's palette inside an element that switches to the
 * other (a post in its embed code's dark mode), leaving light text on a light
 * disc.
 */
export const avatarStyles = css`
  .avatar {
    flex: none;
    inline-size: var(--_avatar-size, 3rem);
    block-size: var(--_avatar-size, 3rem);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_border);
  }
  .avatar--initials {
    display: inline-grid;
    place-items: center;
    font-weight: 700;
    font-size: calc(var(--_avatar-size, 3rem) / 3);
    letter-spacing: 0.02em;
    color: var(--_text);
    background: var(--_avatar-bg, var(--_bg));
    border: 1px solid var(--_border);
  }
`;
