import { LogicModel } from '@rechesh/react/logic-model';
import type { LogicModel as Model } from '@rechesh/core';

/** Rechesh LogicModel: core layout (layered, crossing reduction) + HTML boxes + d3-shape links. */
export function Ours({ model }: { model: Model }) {
  return <LogicModel model={model} locale="en" />;
}
export const boxCount = (root: HTMLElement) => root.querySelectorAll('.rch-lm__box').length;
export const linkCount = (root: HTMLElement) => root.querySelectorAll('.rch-lm__links .rch-lm__link').length;
