import { useEffect, useRef, useState } from 'react';

/**
 * value, passed on at most once per delayMs: a change after a quiet spell passes at once, and
 * changes inside the window (fast typing, a paste, key repeat) collapse into one at its end.
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const lastPassed = useRef(-Infinity);
  useEffect(() => {
    const wait = delayMs - (performance.now() - lastPassed.current);
    const pass = () => {
      lastPassed.current = performance.now();
      setSettled(value);
    };
    if (wait <= 0) {
      pass();
      return;
    }
    const timer = setTimeout(pass, wait);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
