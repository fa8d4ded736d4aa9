/**
 * A skill picked without a level counts as held at this level (competent). Its own module
 * without zod, so the planner page can show it without loading the schemas in the browser.
 */
export const DEFAULT_HELD_LEVEL = 3;
