declare module 'zendesk_app_framework_sdk' {
  /** Returns a client, or false when the page was not opened by a ZAF host (no origin/app_guid). */
  export function init(callback?: (context: unknown) => void): unknown;
}
