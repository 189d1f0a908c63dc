import { Bounds, MAX_COLUMNS, MAX_ROWS, boundsAddress, columnCount, rowCount } from "./fakeAddress";
import { demand } from "./fakeErrors";

/**
 * Ranges relative to a range, as Excel computes them (0-based arguments). A result that falls
 * off the sheet (above row 1, left of column A, beyond XFD1048576) fails with InvalidArgument.
 */

function whole(...numbers: number[]): void {
  demand(numbers.every(Number.isInteger), "InvalidArgument", `${numbers.join(", ")}: the arguments must be whole numbers.`);
}

/** Checks that `b` lies on the sheet and is not empty. */
function onSheet(b: Bounds): Bounds {
  const ok = b.top >= 0 && b.left >= 0 && b.bottom < MAX_ROWS && b.right < MAX_COLUMNS && b.top <= b.bottom && b.left <= b.right;
  demand(
    ok,
    "InvalidArgument",
    `The range (rows ${b.top + 1}–${b.bottom + 1}, columns ${b.left + 1}–${b.right + 1}) is outside the sheet.`,
  );
  return b;
}

export const derivedBounds = {
  /** getCell: one cell relative to the top left; may lie outside the range, not outside the sheet. */
  cell(b: Bounds, row: number, column: number): Bounds {
    whole(row, column);
    return onSheet({ top: b.top + row, left: b.left + column, bottom: b.top + row, right: b.left + column });
  },

  offset(b: Bounds, rows: number, columns: number): Bounds {
    whole(rows, columns);
    return onSheet({ top: b.top + rows, left: b.left + columns, bottom: b.bottom + rows, right: b.right + columns });
  },

  /** getResizedRange: moves the bottom-right corner; shrinking past the top-left fails. */
  resized(b: Bounds, deltaRows: number, deltaColumns: number): Bounds {
    whole(deltaRows, deltaColumns);
    return onSheet({ ...b, bottom: b.bottom + deltaRows, right: b.right + deltaColumns });
  },

  /** getRow: a row of the range (the fake refuses rows outside it). */
  row(b: Bounds, row: number): Bounds {
    whole(row);
    demand(row >= 0 && row < rowCount(b), "InvalidArgument", `${boundsAddress(b)} has no row ${row}.`);
    return { ...b, top: b.top + row, bottom: b.top + row };
  },

  /** getColumn: a column of the range (the fake refuses columns outside it). */
  column(b: Bounds, column: number): Bounds {
    whole(column);
    demand(column >= 0 && column < columnCount(b), "InvalidArgument", `${boundsAddress(b)} has no column ${column}.`);
    return { ...b, left: b.left + column, right: b.left + column };
  },
};
