import { HOST_ERROR_CODES, HostError, isHostError, type HostErrorCode } from '../../host/port';

/** Any thrown value as a HostError the UI can explain by code. */
export function toHostError(e: unknown): HostError {
  if (isHostError(e)) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (HOST_ERROR_CODES as readonly string[]).includes(code)) {
    return new HostError(code as HostErrorCode, String((e as { message?: unknown }).message ?? code));
  }
  return new HostError('unknown', e instanceof Error ? e.message : String(e));
}
