export class CsvImportWarningDto {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  /** A soft-conflict kind (e.g. "room-capacity"), or "time" / "name" for how a cell was read. */
  kind: string;
  message: string;
}

export class CsvImportResultDto {
  /** true: everything was checked and rolled back. */
  dryRun: boolean;
  created: number;
  updated: number;
  /** Rows identical to the stored session; not written. */
  unchanged: number;
  /** Names the event did not know, created by the import. */
  createdTracks: string[];
  createdRooms: string[];
  createdSpeakers: string[];
  warnings: CsvImportWarningDto[];
}
