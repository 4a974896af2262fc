/**
 * Every locale the library ships. Importing this module registers them all
 * (each module registers itself); today every entry point does, through the
 * core. A page that needs only some languages can import their modules
 * instead: English is always there, from the core.
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
