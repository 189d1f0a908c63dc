/** The portfolio family's public surface: what code outside src/templates/portfolio may import. */
export * from "./portfolioLayout";
export * from "./portfolio";
export { T as PORTFOLIO_TEXT } from "./portfolioText";
export * from "./read/portfolioRead";
