/** A valid indicator card, shared by the validation tests. Tests copy it before changing it. */
export function card_valid() {
  return {
    indicator: {
      id: 'detox-completion',
      name: { he: 'שיעור המשתתפים שהשלימו גמילה', ar: 'نسبة المشاركين الذين أكملوا العلاج', en: 'Detox completion rate' },
      kind: 'outcome',
      unit: 'percent',
      polarity: 'higher-better',
      key: true,
      formula: { numerator: 'משתתפים שהשלימו', denominator: 'כל המשתתפים' },
      frequency: 'quarterly',
      responsibility: 'shared',
      experimental: true,
      revisions: [{ date: '2025-01-01', period: '2025-Q1', note: 'שאלון מעודכן' }],
      decimals: 1,
    },
    observations: [
      { period: '2024-Q3', value: 58.2, numerator: 128, denominator: 220, interval: { lower: 51.6, upper: 64.5, level: 0.95 } },
      { period: '2024-Q4', value: 60.1, n: 231, quality: ['estimated'] },
      { period: '2025-Q1', value: null, note: { he: 'לא נמדד' } },
    ],
    target: {
      kind: 'relative-to-own-past',
      change: 5,
      changeUnit: 'percent',
      lag: 4,
      basis: { kind: 'previous-measurement' },
    },
    baseline: { period: '2023', value: 55, n: 800 },
    suppression: { minN: 10 },
  };
}
