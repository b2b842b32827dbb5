export { parseCsv, CsvReader, MAX_RECORD_CHARS, type CsvRecord, type CsvProblem, type CsvParseResult } from './parse';
export {
  parseEventsCsv,
  EventsCsvReader,
  csvDate,
  EVENT_CSV_COLUMNS,
  EVENT_CSV_EXTRA_COLUMNS,
  type EventsCsvRow,
  type EventsCsvResult,
  type EventCsvColumn,
  type EventsCsvProblemSource,
} from './events-csv';
export { readEventsCsvStream, type EventsCsvStreamResult } from './events-csv-stream';
export { addEvents, entryKey, type AddEventsResult } from './add-events';
