import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { changedStyles } from '../../src/components/changed-styles.js';

describe('changedStyles', () => {
  it('writes only the style properties that changed since the last render, and removes dropped ones', () => {
    const host = document.createElement('div');
    const draw = (styles: Record<string, string | undefined>) =>
      render(html`<span style=${changedStyles(styles)}></span>`, host);
    draw({ left: '10px', '--shape-x': '4px' });
    const span = host.querySelector('span')!;
    expect(span.style.left).to.equal('10px');
    expect(span.style.getPropertyValue('--shape-x')).to.equal('4px');

    const writes: string[] = [];
    const { setProperty, removeProperty } = span.style;
    span.style.setProperty = (name: string, value: string | null) => {
      writes.push(`set ${name}`);
      setProperty.call(span.style, name, value);
    };
    span.style.removeProperty = (name: string) => {
      writes.push(`remove ${name}`);
      return removeProperty.call(span.style, name);
    };
    draw({ left: '10px', '--shape-x': '4px' });
    expect(writes, 'a frame that moved nothing writes nothing').to.deep.equal([]);
    draw({ left: '12px' });
    expect(writes).to.deep.equal(['remove --shape-x', 'set left']);
    expect(span.style.left).to.equal('12px');
    expect(span.style.getPropertyValue('--shape-x')).to.equal('');
  });
});
