import { fileFormula, modelFormula } from "../../../src/writers/xlsx";

describe("fileFormula", () => {
  it.each([
    ["=SUM(B4:B5)", "SUM(B4:B5)"],
    ["=IFNA(A1,0)", "_xlfn.IFNA(A1,0)"],
    ["=ifna(ifna(A1,0),1)", "_xlfn.IFNA(_xlfn.IFNA(A1,0),1)"],
    ["=STDEV.S(A1:A9)+VAR.P(A1:A9)", "_xlfn.STDEV.S(A1:A9)+_xlfn.VAR.P(A1:A9)"],
    // text in quotes and quoted sheet names are left alone
    ['=IF(A1="IFNA(x)",1,2)', 'IF(A1="IFNA(x)",1,2)'],
    ["='DAYS(1)'!A1+DAYS(B1,C1)", "'DAYS(1)'!A1+_xlfn.DAYS(B1,C1)"],
    // names that merely end in a newer function's name are not touched
    ["=MYIFS(1)+X.IFNA(2)", "MYIFS(1)+X.IFNA(2)"],
    ["=_xlfn.IFNA(A1,0)", "_xlfn.IFNA(A1,0)"],
  ])("%s is stored as %s", (model, stored) => {
    expect(fileFormula(model)).toBe(stored);
  });
});

describe("modelFormula", () => {
  it("reverses fileFormula", () => {
    for (const f of ["=IFNA(IFNA(A1,0),1)", "='It''s'!B6*2", '=IF(A1="_xlfn.",1,0)']) expect(modelFormula(fileFormula(f))).toBe(f);
  });
});
