import { guard } from 'lit/directives/guard.js';

/** Renders `model` again only when one of its values changes (Lit's `guard` over them). */
export const renderWhenChanged = <Model extends object>(render: (model: Model) => unknown, model: Model) =>
  guard(Object.values(model), () => render(model));
