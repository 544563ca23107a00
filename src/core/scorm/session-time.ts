// SCORM time formats for cmi.session_time: each version has its own.

/** Rounds milliseconds to the hundredths of a second both formats carry; negatives and NaN become 0. */
function centiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS`; hours have at most four digits, so longer spans are capped. */
export function scorm12Timespan(ms: number): string {
  const cs = Math.min(centiseconds(ms), 9999 * 360000 + 59 * 6000 + 5999);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  const hundredths = cs % 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(hundredths)}`;
}

/** SCORM 2004 timeinterval (second,10,2): an ISO 8601 duration such as `PT1H2M3.45S`, `PT0S` for nothing. */
export function scorm2004Duration(ms: number): string {
  const cs = centiseconds(ms);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const rest = cs % 6000;
  const seconds = rest % 100 === 0 ? String(rest / 100) : (rest / 100).toFixed(2).replace(/0$/, '');
  const parts = `${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${rest > 0 || cs === 0 ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}
