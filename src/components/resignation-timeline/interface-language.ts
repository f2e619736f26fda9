import type { ReactiveControllerHost } from 'lit';
import { languageOf, packOf } from '../../i18n/packs.js';
import { memo } from '../../memo.js';
import { firstLocale } from '../../story/locale.js';
import { englishPack, type StringOverrides, type TimelineStrings } from '../../strings.js';
import { mergeStrings } from './timeline-state.js';

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

  /**
   * Works out the language from what decides it, from the most to the least specific: the element's
   * `locale` property, its own `lang` attribute (`page.ownLang`), the story's locale, the nearest
   * `lang` above it in the page (`page.pageLang`); the page's `strings` are laid over the language's
   * own. Returns the locale the element asks for, and the one in force.
   */
  update(
    locale: string | undefined,
    { ownLang, pageLang }: { ownLang: string; pageLang: string },
    storyLocale: string | undefined,
    overrides: StringOverrides | undefined,
  ): { asked: string | undefined; locale: string | undefined } {
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
