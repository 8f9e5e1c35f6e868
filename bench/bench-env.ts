/**
 * When autocannon stops, the server may still be working through requests it already read;
 * closing the app then would fail them against a destroyed pool (noise in the log, not in figures).
 */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));
