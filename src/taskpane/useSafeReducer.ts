import { MutableRefObject, Reducer, useCallback, useEffect, useReducer, useRef } from "react";

/**
 * A reducer whose actions are dropped once the component has unmounted, for hooks whose work ends
 * after an await (an Excel call, a slice of runs): `dispatch` is safe to call at any time, and
 * `mounted` tells long work that nobody is listening any more.
 */
export function useSafeReducer<S, A>(reducer: Reducer<S, A>, initial: S): [S, (action: A) => void, MutableRefObject<boolean>] {
  const [state, dispatch] = useReducer(reducer, initial);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const safely = useCallback((action: A) => {
    if (mounted.current) dispatch(action);
  }, []);
  return [state, safely, mounted];
}
