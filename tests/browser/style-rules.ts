/**
 * Every declaration of every style rule in `sheets`, as the browser parsed them, one string per
 * selector and property: "@media print | .chart { display: none }". A selector list is taken
 * apart, so that a minifier may merge or split rules that share declarations; for each selector
 * and property the last declaration is the one kept, as the cascade would. A value is given as
 * the browser computes it on a probe element, so that what a minifier may rewrite to the same
 * effect (#fff for #ffffff, translate() for translateX()) compares equal; a value that a minifier
 * made invalid is dropped by the browser, and its property goes missing.
 */
export function styleRules(sheets: readonly CSSStyleSheet[]): string[] {
  const probe = document.body.appendChild(document.createElement('div'));
  const declarations = new Map<string, string>();
  const walk = (rules: CSSRuleList, context: string) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        for (const selector of splitSelectorList(rule.selectorText)) {
          for (let i = 0; i < rule.style.length; i++) {
            const property = rule.style.item(i);
            const key = `${context}${selector} { ${property}`;
            const value = computed(probe, property, rule.style.getPropertyValue(property));
            const important = rule.style.getPropertyPriority(property) ? ' !important' : '';
            declarations.set(key, `${key}: ${value}${important} }`); // the later one wins
          }
        }
      } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) {
        walk(
          rule.cssRules,
          `${context}@${rule instanceof CSSMediaRule ? 'media' : 'supports'} ${tokens(rule.conditionText)} | `,
        );
      } else {
        declarations.set(`${context}${rule.cssText}`, `${context}${rule.cssText}`);
      }
    }
  };
  for (const sheet of sheets) walk(sheet.cssRules, '');
  probe.remove();
  return [...declarations.values()].sort();
}

/** A value as computed; one that waits for custom properties, as written (tokens()). */
function computed(probe: HTMLElement, property: string, value: string): string {
  if (property.startsWith('--') || value === '' || value.includes('var(')) return tokens(value);
  probe.style.setProperty(property, value);
  const result = getComputedStyle(probe).getPropertyValue(property);
  probe.style.removeProperty(property);
  return result;
}

/**
 * Text the browser keeps as written (values with var(), @supports conditions) without what cannot
 * matter: spaces after a comma or "(", before a comma or ")", after a colon, at either end (Firefox
 * ESR 140 keeps the space written before "!important" in a value with var()), the kind of quote,
 * and #fff for #ffffff.
 */
function tokens(text: string): string {
  return text
    .trim()
    .replace(/\s*,\s*/g, ',')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/:\s+/g, ':')
    .replace(/'([^'"]*)'/g, '"$1"')
    .replace(/#([\da-f])([\da-f])([\da-f])\b/gi, '#$1$1$2$2$3$3');
}

/** "a, b:is(c, d)" into "a" and "b:is(c, d)": commas inside parentheses do not separate. */
function splitSelectorList(list: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      selectors.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  selectors.push(list.slice(start).trim());
  return selectors;
}
