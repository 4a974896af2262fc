export { defineElement, type VersionedElement } from './define.js';
export { NwElement, type Theme } from './element.js';
export { ContentController, firstOf, jsonChild, type Built, type ContentInputs, type ContentSpec, type Problem } from './content.js';
export { renderSourceList, renderSources, renderUpdated, type SourceLink } from './parts.js';
export { formatList, listParts, type ListPart } from './list-parts.js';
export { emit, type NwErrorCode, type NwErrorDetail, type NwEventMap } from './events.js';
export {
  canonicalLang,
  listFormat,
  directionOfLang,
  formatDate,
  formatNumber,
  initialsOf,
  onLocaleChange,
  parseIsoDate,
  registerLocale,
  resolveDir,
  resolveLang,
  t,
  type FormattedDate,
} from './i18n.js';
export { reportError } from './report.js';
export { STRINGS, type PluralForms, type StringKey, type Translation } from './strings.js';
export { normaliseText, textOf, type TextOptions } from './text.js';
export { baseStyles, themeTokens } from './theme.js';
export { displayHost, safeImageUrl, safeLinkUrl } from './url.js';
export { AvatarController, avatarStyles, renderAvatar } from './avatar.js';
export { VERSION } from './version.js';
