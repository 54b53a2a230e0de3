/**
 * The benchmark's model: 300 boxes in 6 columns (50 each) and 600 forward links, deterministic
 * (a small LCG), labels of 3–8 words so text wraps. Both libraries get the same boxes and links.
 */
import type { LogicModel } from '@rechesh/core';

export const BOXES = 300;
export const LINKS = 600;
export const COLUMNS = 6;

const WORDS = ['staff', 'training', 'beds', 'sessions', 'family', 'school', 'support', 'plan', 'stable', 'safe', 'follow-up', 'care', 'community', 'recovery', 'work'];

export function benchModel(seed = 1): LogicModel {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const per = BOXES / COLUMNS;
  const columns = Array.from({ length: COLUMNS }, (_, i) => ({ id: `c${i}`, label: `Stage ${i + 1}` }));
  const boxes = Array.from({ length: BOXES }, (_, i) => {
    const words = Array.from({ length: 3 + Math.floor(rnd() * 6) }, () => WORDS[Math.floor(rnd() * WORDS.length)]!);
    return { id: `b${i}`, column: `c${Math.floor(i / per)}`, label: `${i} ${words.join(' ')}` };
  });
  const seen = new Set<string>();
  const links: LogicModel['links'] = [];
  while (links.length < LINKS) {
    const c = Math.floor(rnd() * (COLUMNS - 1));
    const span = rnd() < 0.8 ? 1 : 2;
    const to = Math.min(COLUMNS - 1, c + span);
    const a = c * per + Math.floor(rnd() * per);
    const b = to * per + Math.floor(rnd() * per);
    const key = `${a}-${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ from: `b${a}`, to: `b${b}` });
  }
  return { id: 'bench', title: 'Benchmark model', columns, boxes, links };
}
