// Testing Library cleans up after each test only when vitest globals are on; they are off here.
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(cleanup);
