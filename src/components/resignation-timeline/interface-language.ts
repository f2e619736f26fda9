import type { ReactiveControllerHost } from 'lit';
import { languageOf, packOf } from '../../i18n/packs.js';
import { memo } from '../../memo.js';
import { firstLocale } from '../../story/locale.js';
import { englishPack, type StringOverrides, type TimelineStrings } from '../../strings.js';
import { mergeStrings } from './timeline-state.js';

/** What decides the interface's language, from the most to the least specific. */
export interface LanguageInputs {
  /** The element's `locale` property, then (`page`) its own `lang` attribute. */
  locale: string | undefined;
  /** The element's own `lang`, and the nearest `lang` above it in the page. */
  page: { ownLang: string; pageLang: string };
  storyLocale: string | undefined;
  /** The page's `strings`, laid over the language's own. */
  strings: StringOverrides | undefined;
}

/**
 * The timeline's interface language and its strings. A language other than English has its pack
 * loaded (once for the page); until it is here `strings` is undefined, so that nothing is drawn in
 * the wrong language, and its arrival asks the element to update.
 */
export class InterfaceLanguage {
  /** The interface strings in force, once the language's pack is here. */
  strings: TimelineStrings | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #merge = memo(mergeStrings);
  readonly #packArrived = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Works out the language for `inputs`; returns the locale the element asks for, and the one in force. */
  update(inputs: LanguageInputs): { asked: string | undefined; locale: string | undefined } {
    const {
      locale,
      page: { ownLang, pageLang },
      storyLocale,
      strings: overrides,
    } = inputs;
    const asked = firstLocale(locale, ownLang);
    const inForce = firstLocale(asked, storyLocale, pageLang);
    const language = languageOf(inForce);
    const pack = packOf(language, this.#packArrived);
    this.strings =
      pack &&
      this.#merge({ pack, language: pack === englishPack ? 'en' : language, strings: overrides, locale: inForce });
    return { asked, locale: inForce };
  }
}
