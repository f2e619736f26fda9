/**
 * custom-elements.json (written by `npm run analyze` from the JSDoc in src/, part of `npm run
 * build`) against what each element it lists really exposes: attributes and properties (Lit's
 * declarations), fields, getters and methods on an instance, events (the names src/events.ts
 * exports), slots and parts found in the rendered shadow DOM, and the custom properties its
 * styles read. Generic over every element in the manifest: an element whose parts show only with
 * content gets a way to render it in `renderings` below.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement, PropertyDeclaration } from 'lit';
import '../../src/define.js';
import * as events from '../../src/events.js';
import { generateStory } from '../../bench/generate-story.js';
import { renderTestStory, renderTimeline, smallStory, testStory, waitUntil } from './helpers.js';

interface Member {
  kind: 'field' | 'method';
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; fieldName?: string }[];
  members?: Member[];
  events?: { name: string }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);

type ElementClass = typeof LitElement & { elementProperties: Map<string, PropertyDeclaration> };

/** Renderings that between them show every part of an element (each in the page when returned). */
const renderings: Record<string, () => Promise<HTMLElement[]>> = {
  'resignation-timeline': async () => {
    const full = await renderTestStory({ width: 1200 });
    // A crowded story: more events in a week than lanes, counted by cluster marks.
    const crowded = await renderTimeline(
      html`<resignation-timeline style="width: 1200px" .data=${generateStory(1000)}></resignation-timeline>`,
    );
    crowded.scrollIntoView(); // below the fold it lays out only once the reader comes near
    await waitUntil(
      () => crowded.shadowRoot!.querySelector('[part~="cluster"]'),
      'the crowded story showed no cluster',
    );
    // The table view, its code loaded as a chunk.
    const table = await renderTestStory({ width: 1200 });
    table.scrollIntoView();
    await waitUntil(() => table.shadowRoot!.querySelector('[part~="ways"]'), 'the table view toggle did not show');
    // A story, then a broken one: the problems shown above the story kept.
    const failed = await renderTimeline(html`<resignation-timeline .data=${smallStory()}></resignation-timeline>`);
    failed.data = '{ "version": 1 ';
    await new Promise<void>((resolve) => failed.addEventListener('timeline-error', () => resolve(), { once: true }));
    await failed.updateComplete;
    const toggle = [...table.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="ways"] button')].find((button) =>
      /table/i.test(button.textContent ?? ''),
    )!;
    toggle.click();
    await waitUntil(() => table.shadowRoot!.querySelector('[part~="table"]'), 'the table view did not show');
    return [full, crowded, failed, table];
  },
  'timeline-quote': async () => {
    const article = await fixture<HTMLElement>(html`<article>
      <timeline-quote for="manifest-timeline" quote="acceptance"></timeline-quote>
      <timeline-quote for="manifest-timeline" quote="no-such-quote"></timeline-quote>
      <resignation-timeline id="manifest-timeline" .data=${testStory()}></resignation-timeline>
    </article>`);
    const cards = [...article.querySelectorAll<HTMLElement>('timeline-quote')];
    await waitUntil(
      () => cards.every((card) => card.shadowRoot?.querySelector('[part~="show-event"], [part~="note"]')),
      'the cards did not link up',
    );
    return cards;
  },
};

async function render(tagName: string): Promise<HTMLElement[]> {
  const rendering = renderings[tagName];
  if (rendering) return rendering();
  const el = await fixture<LitElement>(`<${tagName}></${tagName}>`);
  await el.updateComplete;
  return [el];
}

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();
const shadowElements = (els: HTMLElement[]) =>
  els.flatMap((el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]);

/** The CSS of an element class's styles, as text. */
function cssText(elementClass: ElementClass): string {
  return elementClass.elementStyles
    .map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n')))
    .join('\n');
}

/** Publicly documented events: every event name src/events.ts exports (`TIMELINE_…`). */
const exportedEvents = Object.entries(events)
  .filter(([name, value]) => /^[A-Z_]+$/.test(name) && typeof value === 'string')
  .map(([, value]) => value as string);

it('lists at least the timeline', () => {
  expect(elements.map((element) => element.tagName)).to.include('resignation-timeline');
});

it('documents every event src/events.ts exports on some element, and only those', () => {
  const documented = elements.flatMap((element) => (element.events ?? []).map((event) => event.name));
  expect(sorted(documented)).to.deep.equal(sorted(exportedEvents));
});

for (const declaration of elements) {
  const tagName = declaration.tagName!;
  describe(`custom-elements.json: <${tagName}>`, () => {
    const elementClass = () => customElements.get(tagName) as ElementClass;
    const publicMembers = (declaration.members ?? []).filter(
      (member) => !member.static && (member.privacy ?? 'public') === 'public',
    );

    it('names the class the tag is defined with', () => {
      expect(elementClass()?.name).to.equal(declaration.name);
    });

    it('lists every attribute the element observes, each with its property', () => {
      const attributes = declaration.attributes ?? [];
      expect(sorted(attributes.map((attribute) => attribute.name))).to.deep.equal(
        sorted(elementClass().observedAttributes),
      );
      for (const [property, options] of elementClass().elementProperties) {
        if (options.state || options.attribute === false) continue;
        const attribute = typeof options.attribute === 'string' ? options.attribute : property.toLowerCase();
        expect(
          attributes.find((candidate) => candidate.name === attribute)?.fieldName,
          `attribute ${attribute}`,
        ).to.equal(property);
      }
    });

    it('lists every public reactive property, and each public field, getter and method it lists exists', () => {
      const fields = publicMembers.filter((member) => member.kind === 'field').map((member) => member.name);
      const reactive = [...elementClass().elementProperties]
        .filter(([, options]) => !options.state)
        .map(([name]) => String(name));
      expect(
        reactive.filter((name) => !fields.includes(name)),
        'reactive properties missing from the manifest',
      ).to.deep.equal([]);
      const el = document.createElement(tagName);
      for (const member of publicMembers) {
        expect(member.name in el, `${member.kind} ${member.name}`).to.equal(true);
        if (member.kind === 'method')
          expect(typeof (el as unknown as Record<string, unknown>)[member.name]).to.equal('function');
      }
      // A getter without a setter is read-only, and says so.
      for (
        let proto = elementClass().prototype;
        proto && proto !== HTMLElement.prototype;
        proto = Object.getPrototypeOf(proto)
      ) {
        for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
          const member = publicMembers.find((candidate) => candidate.name === name);
          if (member && descriptor.get && !descriptor.set)
            expect(member.readonly, `${name} is read-only`).to.equal(true);
        }
      }
    });

    it('lists the slots and parts of the rendered shadow DOM, and the custom properties its styles read', async () => {
      const rendered = await render(tagName);
      const inside = shadowElements(rendered);
      expect(sorted((declaration.slots ?? []).map((slot) => slot.name))).to.deep.equal(
        sorted(inside.filter((node) => node.localName === 'slot').map((slot) => slot.getAttribute('name') ?? '')),
      );
      expect(sorted((declaration.cssParts ?? []).map((part) => part.name))).to.deep.equal(
        sorted(inside.flatMap((node) => [...node.part])),
      );
      // Read by var() but neither declared in the styles nor written on an element by the code.
      const css = cssText(elementClass());
      const declared = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]!));
      const written = new Set(inside.flatMap((node) => [...node.style].filter((name) => name.startsWith('--'))));
      const read = [...css.matchAll(/var\(\s*(--[\w-]+)/g)]
        .map((match) => match[1]!)
        .filter((name) => !declared.has(name) && !written.has(name));
      expect(sorted((declaration.cssProperties ?? []).map((property) => property.name))).to.deep.equal(sorted(read));
    });
  });
}
