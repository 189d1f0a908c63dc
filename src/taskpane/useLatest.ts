import { useEffect, useRef, type MutableRefObject } from "react";

/**
 * A ref that holds the latest `value`, for an effect that should run on some changes only (a tab
 * shown, a create finished) but then use the current callbacks and state. Declare it before the
 * effects that read it: effects run in order, so they see this render's value.
 */
export function useLatest<T>(value: T): MutableRefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
