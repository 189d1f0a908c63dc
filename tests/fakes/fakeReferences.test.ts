import { RowEdit, shiftedReferences } from "./fakeReferences";

/** Worked by hand from Excel's rules: references follow their cells when whole rows move. */

const insert = (at: number, count: number): RowEdit => ({ kind: "insert", at: at - 1, count });
const remove = (first: number, last: number): RowEdit => ({ kind: "delete", first: first - 1, last: last - 1 });

describe("shiftedReferences", () => {
  describe("inserting rows 5–6 (before sheet row 5, two rows) on Data", () => {
    it.each([
      ["=A4", "=A4"],
      ["=A5", "=A7"],
      ["=$B$9*2", "=$B$11*2"],
      ["=SUM(B4:B6)", "=SUM(B4:B8)"],
      ["=SUM(B5:B6)", "=SUM(B7:B8)"],
      ["=SUM(B1:B4)", "=SUM(B1:B4)"],
      ["=SUM(B9:B4)", "=SUM(B11:B4)"],
      ["=SUM(5:6)", "=SUM(7:8)"],
      ["=SUM(A:A)", "=SUM(A:A)"],
      ["=Data!A9+'Data'!A9+Other!A9", "=Data!A11+'Data'!A11+Other!A9"],
      ['="A9 "&A9', '="A9 "&A11'],
      ["=LOG10(A9)+Rate9x", "=LOG10(A11)+Rate9x"],
      ["=Table1[A9]", "=Table1[A9]"],
    ])("%s becomes %s", (formula, expected) => {
      expect(shiftedReferences(formula, "Data", "Data", insert(5, 2))).toBe(expected);
    });
  });

  describe("deleting rows 5–6 on Data", () => {
    it.each([
      ["=A4", "=A4"],
      ["=A5", "=#REF!"],
      ["=Data!A6*2", "=#REF!*2"],
      ["=A7", "=A5"],
      ["=SUM(B4:B8)", "=SUM(B4:B6)"],
      ["=SUM(B5:B8)", "=SUM(B5:B6)"],
      ["=SUM(B2:B5)", "=SUM(B2:B4)"],
      ["=SUM(B5:B6)", "=SUM(#REF!)"],
      ["=SUM($7:$9)", "=SUM($5:$7)"],
    ])("%s becomes %s", (formula, expected) => {
      expect(shiftedReferences(formula, "Data", "Data", remove(5, 6))).toBe(expected);
    });
  });

  it("moves only references to the edited sheet; a defined name's references are all qualified", () => {
    expect(shiftedReferences("=A9+Data!A9", "Other", "Data", insert(5, 1))).toBe("=A9+Data!A10");
    expect(shiftedReferences("=A9", undefined, "Data", insert(5, 1))).toBe("=A9");
    expect(shiftedReferences("='It''s'!$A$9", undefined, "It's", insert(5, 1))).toBe("='It''s'!$A$10");
  });

  it("keeps a rule's relative rows at their distance from the rule's first cell", () => {
    expect(shiftedReferences("=$B4>$D$9", "Data", "Data", insert(2, 2), 2)).toBe("=$B6>$D$11");
    expect(shiftedReferences("=$B4>$D$9", "Data", "Data", remove(4, 4), 0)).toBe("=$B4>$D$8");
    expect(shiftedReferences("=$B4>Other!B4", "Data", "Data", insert(2, 2), 2)).toBe("=$B6>Other!B4");
  });

  it("gives #REF! for a reference pushed off the sheet", () => {
    expect(shiftedReferences("=A1048575", "Data", "Data", insert(1, 2))).toBe("=#REF!");
  });
});
