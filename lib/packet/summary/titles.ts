/** The summary's fixed wording, also read by the side panel, the CLI and the tests. */

/** Template id recorded on every page of the summary PDF. */
export const SUMMARY_TEMPLATE = 'record-summary';
export const SUMMARY_TITLE = 'Criminal Record Summary — prepared for attorney review';
export const SUMMARY_CONFIDENTIAL = 'Confidential: contains information about a survivor of human trafficking';
