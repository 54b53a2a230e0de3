import './polyfills.ts';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  // Server-rendering tests run in plain Node (no document): nothing to clean there.
  if (typeof document === 'undefined') return;
  cleanup();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});
