import type { PropertyDeclaration } from 'lit';

/**
 * Lit's declarations of an element's reactive properties, keyed by the element's own property
 * names: a property renamed, or a declaration left behind, is a type error. (An annotation, not
 * `satisfies`: the custom-elements manifest's analyzer reads the object that follows it.)
 */
export type ReactiveProperties<Element> = { readonly [Name in keyof Element]?: PropertyDeclaration };
