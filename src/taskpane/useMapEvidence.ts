import { useEffect, useRef, useState } from "react";
import type { SheetWriter } from "../workbook/ports";
import { MapEvidence, mapEvidence } from "./mapEvidence";

/**
 * The chosen impact map's grades and over-claim warnings, read before a run so the Analysis tab
 * can show them: read again whenever the map chosen or the list of sources changes (the tab shown
 * again, sheets created, an analysis written). Nothing is written; a failed read only hides them.
 */

export type EvidenceState =
  | { readonly phase: "none" }
  | { readonly phase: "reading" }
  | { readonly phase: "ready"; readonly evidence: MapEvidence }
  /** The map could not be read (a run says why) or the workbook did not answer. */
  | { readonly phase: "unreadable" };

/** Reads one map's evidence; never throws. */
async function readMapEvidence(writer: Pick<SheetWriter, "readImpactMap">, table: string): Promise<EvidenceState> {
  try {
    const read = await writer.readImpactMap(table);
    const evidence = read.ok ? mapEvidence(read.cells) : null;
    return evidence === null ? { phase: "unreadable" } : { phase: "ready", evidence };
  } catch {
    return { phase: "unreadable" };
  }
}

/** The evidence of `table` (undefined: no map chosen), read again when `version` changes. */
export function useMapEvidence(writer: Pick<SheetWriter, "readImpactMap">, table: string | undefined, version: unknown): EvidenceState {
  const [state, setState] = useState<EvidenceState>({ phase: "none" });
  const shownFor = useRef<string>();
  useEffect(() => {
    const same = shownFor.current === table;
    shownFor.current = table;
    if (table === undefined) {
      setState({ phase: "none" });
      return;
    }
    let live = true;
    // Read again for the same map: what is shown stays until the new read arrives.
    if (!same) setState({ phase: "reading" });
    void readMapEvidence(writer, table).then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [writer, table, version]);
  return state;
}
