/** The colours the widget, the page and Web Chat use, each as '#RRGGBB'. */
export const COLOUR_ROLES = ['primary', 'onPrimary', 'background', 'text', 'botBubble', 'subtle', 'link', 'focus'] as const;
export type ColourRole = (typeof COLOUR_ROLES)[number];
export type Colours = Readonly<Record<ColourRole, string>>;
