/** True when both records hold the same values (by `Object.is`) under the same keys. */
export function sameValues(a: object, b: object): boolean {
  const aValues = Object.entries(a);
  if (aValues.length !== Object.keys(b).length) return false;
  return aValues.every(([key, value]) => Object.is(value, (b as Record<string, unknown>)[key]));
}

/**
 * `compute` remembered for its last inputs: called again only when one of them changed. The
 * inputs are one record, and `compute` reads nothing else, so nothing it depends on can be left
 * off a list kept by hand.
 */
export function memo<Inputs extends object, Result>(compute: (inputs: Inputs) => Result): (inputs: Inputs) => Result {
  let last: { inputs: Inputs; result: Result } | undefined;
  return (inputs) => {
    if (!last || !sameValues(last.inputs, inputs)) last = { inputs, result: compute(inputs) };
    return last.result;
  };
}
