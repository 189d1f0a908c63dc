/** The principles family's public surface: what code outside src/templates/principles may import. */
export * from "./principlesChecklist";
export { PRINCIPLES } from "./principlesText";
export { CT as CHECKLIST_TEXT, CHECKLIST_EXAMPLE, STATUS_ORDER, STATUSES } from "./checklistText";
