import { describe, it, expect } from 'vitest';
import { principles, principle_get, principle_isId, basicAssumption, overallGoal } from '@rechesh/content';

describe('principles', () => {
  it('are the six principles of 002, in order, numbered 1 to 6', () => {
    expect(principles.map((p) => p.id)).toEqual([
      'recipients-at-centre',
      'results-oriented-management',
      'economic-planning-and-competition',
      'operator-as-partner',
      'innovation-and-flexibility',
      'knowledge-development-and-retention',
    ]);
    expect(principles.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(principles.map((p) => p.name.he)).toEqual([
      'מקבלי השירות במרכז',
      'ניהול מוכוון תוצאות',
      'תכנון כלכלי ותחרות בשירות האיכות',
      'המפעיל כשותף',
      'חדשנות וגמישות',
      'פיתוח ושימור ידע',
    ]);
  });

  it('each have a super-goal and as many super-outcomes as 002 lists', () => {
    for (const p of principles) {
      expect(p.superGoal.text.he.length, p.id).toBeGreaterThan(10);
      expect(p.superGoal.text.en.length, p.id).toBeGreaterThan(10);
    }
    expect(principles.map((p) => p.superOutcomes.length)).toEqual([4, 2, 3, 1, 2, 1]);
  });

  it('have unique, kebab-case ids for principles, super-goals and super-outcomes together', () => {
    const ids = principles.flatMap((p) => [p.id, p.superGoal.id, ...p.superOutcomes.map((o) => o.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('give the results-oriented definition from 003 and no invented definitions elsewhere', () => {
    expect(principles.filter((p) => p.definition).map((p) => p.id)).toEqual(['results-oriented-management']);
  });

  it('are found by id, and an unknown id gives undefined', () => {
    expect(principle_get('operator-as-partner')?.superOutcomes.length).toBe(1);
    expect(principle_get('nope')).toBeUndefined();
    expect(principle_get('')).toBeUndefined();
    expect(principle_isId('innovation-and-flexibility')).toBe(true);
    expect(principle_isId('toString')).toBe(false);
    expect(principle_isId(3)).toBe(false);
  });

  it('are frozen, so one consumer cannot change them for another', () => {
    expect(Object.isFrozen(principles)).toBe(true);
    expect(Object.isFrozen(principles[0]!.superOutcomes[0]!.text)).toBe(true);
    expect(Object.isFrozen(basicAssumption)).toBe(true);
    expect(() => {
      (principles[0]!.name as { he: string }).he = 'x';
    }).toThrow(TypeError);
  });

  it('state the basic assumption through the six principles, and the overall goal for recipients', () => {
    expect(basicAssumption.en).toMatch(/six principles/);
    expect(overallGoal.he).toMatch(/מקבלי השירותים החברתיים/);
  });
});
