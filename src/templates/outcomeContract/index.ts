/** The outcomeContract family's public surface: what code outside src/templates/outcomeContract may import. */
export * from "./contractLayout";
export * from "./outcomeContract";
export * from "./read/contractRead";
