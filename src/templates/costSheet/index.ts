/** The costSheet family's public surface: what code outside src/templates/costSheet may import. */
export * from "./costLayout";
export * from "./costSheet";
export { COST_ITEM_HEADERS } from "./costItems";
