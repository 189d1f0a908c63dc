import { FakeOfficeError } from "./fakeErrors";

/** OfficeExtension.ClientResult: a method's result, readable after the sync that computes it. */
export class FakeClientResult<T> {
  private state: { set: false } | { set: true; value: T } = { set: false };

  fill(value: T): void {
    this.state = { set: true, value };
  }

  get value(): T {
    if (!this.state.set) throw new FakeOfficeError("PropertyNotLoaded", "The result is available only after context.sync().");
    return this.state.value;
  }
}
