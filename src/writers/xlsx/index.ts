/** The .xlsx writer: renders template sheets with ExcelJS and writes them to a file safely. */
export { renderWorkbook, workbookBytes, CREATOR } from "./workbook";
export { writeFileSafely, writeProblem, WriteFileError } from "./file";
export { fileFormula, modelFormula } from "./formula";
