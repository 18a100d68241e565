/** Where something sits in its source file. All fields 1-based. */
export interface Location {
  /** YAML: line and column. PDF: page and line on the page. */
  line?: number;
  column?: number;
  page?: number;
  /** DOCX, ODT: table number in document order, row number within it. */
  table?: number;
  /** XLSX, ODS: the sheet, in the workbook's order (its rows are `row`, as the spreadsheet numbers them). */
  sheet?: number;
  row?: number;
  /** DOCX: paragraph number in document order (blocks outside tables). */
  paragraph?: number;
}
