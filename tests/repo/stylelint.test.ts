/** The RTL lint rule is a guard rail: make sure it keeps rejecting physical direction properties. */
import { describe, it, expect } from 'vitest';
import stylelint from 'stylelint';
import config from '../../stylelint.config.js';

async function problems(css: string): Promise<string[]> {
  const result = await stylelint.lint({ code: css, config });
  return result.results[0]!.warnings.map((w) => w.rule);
}

describe('the Stylelint configuration', () => {
  it.each([
    'margin-left: 1px',
    'margin-right: 1px',
    'padding-left: 1px',
    'padding-right: 1px',
    'left: 0',
    'right: 0',
    'border-left: 1px solid',
    'border-right-color: red',
    'border-top-left-radius: 2px',
    'text-align: left',
    'text-align: right',
    'float: right',
  ])('rejects the physical "%s"', async (decl) => {
    expect(await problems(`.a { ${decl}; }`)).not.toEqual([]);
  });

  it.each([
    'margin-inline-start: 1px',
    'padding-inline-end: 1px',
    'inset-inline-start: 0',
    'border-inline-start: 1px solid',
    'border-start-start-radius: 2px',
    'text-align: start',
    'float: inline-end',
  ])('accepts the logical "%s"', async (decl) => {
    expect(await problems(`.a { ${decl}; }`)).toEqual([]);
  });
});
