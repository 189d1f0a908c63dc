/** The `Office` global the fake installs: onReady, context (language, theme, requirement sets). */

export interface OfficeStub {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  context: {
    displayLanguage: string;
    officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string };
    requirements: { isSetSupported(name: string, version?: string): boolean };
  };
  HostType: { Excel: string };
}

export function officeGlobal(
  options: { displayLanguage?: string; officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string } },
  supports: (version: string) => boolean,
): OfficeStub {
  return {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? "en-US",
      officeTheme: options.officeTheme,
      requirements: { isSetSupported: (name: string, version?: string) => name === "ExcelApi" && supports(version ?? "1.1") },
    },
    HostType: { Excel: "Excel" },
  };
}
