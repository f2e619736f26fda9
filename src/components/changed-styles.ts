import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Styles = Readonly<Record<string, string | undefined>>;

/**
 * Inline style properties (CSS names, e.g. `left`, `--shape-x`) set through the CSSOM, writing
 * only those that changed since the last render. Lit's styleMap writes `element.style.left = …`
 * on every render, and Chromium restyles an element even when such a write repeats its value:
 * on a zoom or pan frame, that was every drawn marker, moved or not.
 */
class ChangedStyles extends Directive {
  readonly #written = new Map<string, string | undefined>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style')
      throw new Error('changedStyles() belongs in a style attribute');
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- declares the directive's argument
  render(_styles: Styles): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Styles]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.#written.keys()) {
      if (!(name in styles)) {
        style.removeProperty(name);
        this.#written.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (this.#written.has(name) && this.#written.get(name) === value) continue;
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, value);
      this.#written.set(name, value);
    }
    return noChange;
  }
}

export const changedStyles = directive(ChangedStyles);
