export { parseCsv, type CsvRecord, type CsvProblem, type CsvParseResult } from './parse';
export { parseEventsCsv, csvDate, EVENT_CSV_COLUMNS, EVENT_CSV_EXTRA_COLUMNS, type EventsCsvRow, type EventsCsvResult, type EventCsvColumn } from './events-csv';
export { addEvents, entryKey, type AddEventsResult } from './add-events';
