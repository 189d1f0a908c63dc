import type { FakeExcel } from "../../fakes";

/** Runs `run` with the fake installed as the Office and Excel globals, and uninstalls it after. */
export async function inFake<T>(fake: FakeExcel, run: () => Promise<T>): Promise<T> {
  const uninstall = fake.install();
  try {
    return await run();
  } finally {
    uninstall();
  }
}
