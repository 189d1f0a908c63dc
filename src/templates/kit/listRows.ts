/** Row index (0-based) of the lists sheet's headers; the items start on the next row. */
export const LIST_HEADER_ROW = 3;
