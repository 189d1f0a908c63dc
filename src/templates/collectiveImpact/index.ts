/** The collectiveImpact family's public surface: what code outside src/templates/collectiveImpact may import. */
export * from "./collectiveImpact";
