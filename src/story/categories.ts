/** How many categories can each have a colour and marker shape of their own. */
export const CATEGORY_STYLES = 8;
