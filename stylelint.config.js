// Stylelint: RTL first. Physical direction properties are forbidden; use logical ones
// (margin-inline-start, inset-inline-end, text-align: start) so layouts mirror by themselves.
const physical = [
  /^margin-(left|right)$/,
  /^padding-(left|right)$/,
  /^border-(left|right)(-.*)?$/,
  /^border-(top|bottom)-(left|right)-radius$/,
  /^(left|right)$/,
  /^scroll-(margin|padding)-(left|right)$/,
  /^overscroll-behavior-x$/,
];

export default {
  rules: {
    'property-disallowed-list': [physical, { message: (p) => `"${p}" is physical: use its logical form (…-inline-start / …-inline-end)` }],
    'declaration-property-value-disallowed-list': [
      {
        'text-align': ['left', 'right'],
        float: ['left', 'right'],
        clear: ['left', 'right'],
        'caption-side': ['left', 'right'],
      },
      { message: (p, v) => `"${p}: ${v}" is physical: use start / end (or inline-start / inline-end)` },
    ],
    'color-no-invalid-hex': true,
    'declaration-block-no-duplicate-properties': true,
    'property-no-unknown': true,
    'block-no-empty': true,
  },
};
