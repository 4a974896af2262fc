/**
 * Every locale the library ships. Importing this module registers them all
 * (each module registers itself): every npm entry that defines a widget and
 * the one-file bundle do. The script-tag loader imports only the languages on
 * the page; English is always there, from the core.
 */
import type { Translation } from '../core/strings.js';
import en from './en.js';
import de from './de.js';
import fr from './fr.js';
import es from './es.js';
import it from './it.js';
import pt from './pt.js';
import uk from './uk.js';
import ru from './ru.js';
import ar from './ar.js';
import he from './he.js';
import tr from './tr.js';
import pl from './pl.js';

/** The shipped tables by language. */
export const LOCALES: Record<string, Translation> & { en: typeof en } = { en, de, fr, es, it, pt, uk, ru, ar, he, tr, pl };
