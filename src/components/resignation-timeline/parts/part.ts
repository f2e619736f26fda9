import { guard } from 'lit/directives/guard.js';

/** A part of the page re-rendered only when a value of its model changes. */
export const part = <Model extends object>(render: (model: Model) => unknown, model: Model) => guard(Object.values(model), () => render(model));
