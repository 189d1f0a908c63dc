import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FunctionsMetadata, localizeMetadata } from "../../src/functions/localizeMetadata";
import { SWEDISH_FUNCTIONS } from "../../src/functions/metadataSv";

export const REPO = path.resolve(__dirname, "../..");
const FUNCTIONS_SOURCE = path.join(REPO, "src/functions/functions.ts");

export interface Generated {
  readonly errors: readonly string[];
  readonly english: FunctionsMetadata;
  readonly associate: readonly { functionName: string; id: string }[];
}

let generated: Promise<Generated> | undefined;

/**
 * The metadata generated from src/functions/functions.ts by the same generator the build's
 * CustomFunctionsMetadataPlugin runs (so it is what dist/functions.json holds; the contract test
 * checks that it is).
 */
export function generatedMetadata(): Promise<Generated> {
  generated ??= generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], false).then((result) => ({
    errors: result.errors,
    english: JSON.parse(result.metadataJson || '{"functions":[]}') as FunctionsMetadata,
    associate: result.associate,
  }));
  return generated;
}

/** The Swedish metadata as the build emits it (functions-sv.json). */
export async function swedishMetadata(): Promise<FunctionsMetadata> {
  return localizeMetadata((await generatedMetadata()).english, SWEDISH_FUNCTIONS).metadata;
}
