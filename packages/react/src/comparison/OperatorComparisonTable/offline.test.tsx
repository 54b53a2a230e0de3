import * as React from 'react';
import { describe, it, expect, vi, afterEach } from 'vitest';
import { render, cleanup, waitFor } from '@testing-library/react';
import { OperatorComparisonTable } from './OperatorComparisonTable.js';
import { manyOperators, operatorComparisonTableExamples as ex } from './OperatorComparisonTable.examples.js';

// The virtualized body is a chunk of its own; here its download fails (offline, a deploy that
// removed old chunks). A file of its own: the chunk is fetched once per page.
vi.mock('./VirtualRows.js', () => ({
  get default(): never {
    throw new Error('Failed to fetch dynamically imported module');
  },
}));

afterEach(() => cleanup());

describe('a long table whose virtualizer cannot be downloaded', () => {
  it('shows the first rows at once, then every operator rather than only those, and no error', async () => {
    const { container } = render(<OperatorComparisonTable {...ex['eight operators on four indicators']} operators={manyOperators(300)} locale="en" />);
    const rows = () => container.querySelectorAll('tbody tr[aria-rowindex]').length;
    expect(rows()).toBeGreaterThan(5);
    expect(rows()).toBeLessThan(40);
    // 294 established operators, the new-operators heading and 6 new ones.
    await waitFor(() => expect(rows()).toBe(301));
    expect(container.querySelector('.rch-ct__spacer')).toBeNull();
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')).toBe('302');
  });
});
