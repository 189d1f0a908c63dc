import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, ComponentType, ReactNode, Suspense, createContext, lazy, useContext } from "react";
import type { Language } from "../../core/language";
import { STRINGS } from "../strings";
import { CHUNK_NOT_LOADED } from "../writerMessages";

/** Which attempt at loading the parts inside a PartBoundary this is (0, then one more per Try again). */
const Attempt = createContext(0);

/**
 * A component whose code is a chunk of its own, fetched when it is first rendered (React.lazy).
 * React keeps a failed lazy component failed, so each attempt of the PartBoundary around it makes
 * a new one; webpack fetches a chunk again after a failed fetch.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const attempts: ComponentType<P>[] = [];
  function LazyPart(props: P) {
    const attempt = useContext(Attempt);
    // React.lazy's type adds ref handling the parts do not use; the loaded component takes P as it is.
    const Loaded = (attempts[attempt] ??= lazy(() => load().then((loaded) => ({ default: loaded }))) as unknown as ComponentType<P>);
    return <Loaded {...props} />;
  }
  return LazyPart;
}

export interface PartBoundaryProps {
  readonly language: Language;
  /** Shown while a part's chunk is being fetched. */
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

interface PartBoundaryState {
  readonly attempt: number;
  /** What stopped the part: its chunk did not load, or it failed while rendering (the error's name). */
  readonly failure: { readonly notLoaded: boolean; readonly code: string } | undefined;
}

/**
 * Where a part of the pane that loads later (a tab, the unit-cost picker) shows: the fallback while
 * its chunk is fetched, then the part; when the chunk does not load (offline, or the add-in was
 * updated meanwhile) or the part fails, a message in its place with Try again, and the rest of the
 * pane keeps working.
 */
export class PartBoundary extends Component<PartBoundaryProps, PartBoundaryState> {
  override state: PartBoundaryState = { attempt: 0, failure: undefined };

  static getDerivedStateFromError(error: unknown): Partial<PartBoundaryState> {
    const code = error instanceof Error ? error.name : "Unknown";
    return { failure: { notLoaded: code === CHUNK_NOT_LOADED, code } };
  }

  private readonly retry = () => this.setState((s) => ({ attempt: s.attempt + 1, failure: undefined }));

  override render() {
    const { language, fallback, children } = this.props;
    const { attempt, failure } = this.state;
    if (failure) return <PartProblem language={language} notLoaded={failure.notLoaded} code={failure.code} onRetry={this.retry} />;
    return (
      <Attempt.Provider value={attempt}>
        <Suspense fallback={fallback}>{children}</Suspense>
      </Attempt.Provider>
    );
  }
}

export interface PartProblemProps {
  readonly language: Language;
  readonly notLoaded: boolean;
  readonly code: string;
  readonly onRetry: () => void;
}

/** Why a part is missing, announced at once, with a button to try again. */
export function PartProblem({ language, notLoaded, code, onRetry }: PartProblemProps) {
  const t = STRINGS[language];
  return (
    <MessageBar intent="error" politeness="assertive" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notLoaded ? t.partNotLoadedTitle : t.partFailedTitle}</MessageBarTitle>{" "}
        {notLoaded ? t.partNotLoaded : t.partFailed(code)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t.tryAgain}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
