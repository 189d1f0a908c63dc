/** Texts in both languages: the templates use the core's one way to translate (core/i18n.ts). */
export * from "../../core/i18n";
