import type { Compiler } from "webpack";
import { localizeMetadata, type FunctionsMetadata } from "./localizeMetadata";
import { SWEDISH_FUNCTIONS } from "./metadataSv";

/**
 * Build step (webpack plugin, loaded by webpack.config.js through tsx): after
 * CustomFunctionsMetadataPlugin has added functions.json, emit functions-sv.json with the same ids
 * and Swedish names, descriptions and argument names. Any id without a Swedish entry, or a Swedish
 * entry without a function, fails the build.
 */
export class SwedishMetadataPlugin {
  constructor(private readonly options: { input: string; output: string }) {}

  apply(compiler: Compiler): void {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("SwedishMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SwedishMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const english = compilation.getAsset(this.options.input);
        if (!english) {
          // CustomFunctionsMetadataPlugin has already reported why it emitted no metadata.
          if (compilation.errors.length === 0) compilation.errors.push(new WebpackError(`${this.options.input} was not generated`));
          return;
        }
        const { metadata, problems } = localizeMetadata(
          JSON.parse(english.source.source().toString()) as FunctionsMetadata,
          SWEDISH_FUNCTIONS,
        );
        for (const problem of problems) compilation.errors.push(new WebpackError(`Swedish metadata: ${problem}`));
        if (problems.length === 0) {
          compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(metadata, null, 4)));
        }
      });
    });
  }
}
