/**
 * Formula pieces the before/after sheet's checks share, written to judge input as the core does
 * (src/core/actors/parse.ts) and to keep working on rows a user inserts into a table.
 */

/** True when a sum misses its whole by more than the core allows (parse.ts: 1e-9 × max(1, |whole|)). */
export function offSum(total: string, whole: string): string {
  return `ABS(${total}-${whole})>0.000000001*MAX(1,ABS(${whole}))`;
}

/** "Some row's check cell shows a problem", over a check column that grows with inserted rows. */
export function anyCheck(checks: string): string {
  return `SUMPRODUCT(--(LEN(${checks})>0))>0`;
}

/** "No actor is named `payer`", matching the whole label (COUNTIF would take * and ? as wildcards). */
export function unknownPayer(actors: string, payer: string): string {
  return `SUMPRODUCT(--(${actors}=${payer}))=0`;
}
