import * as React from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import type { Indicator, Observation } from '@rechesh/core';
import { IndicatorCard } from '../../indicators/IndicatorCard/IndicatorCard.js';
import { indicatorsCatalog } from '../../internal/catalogs.js';
import { useRechesh, type ResolvedSettings } from '../../provider/RecheshProvider.js';

/* -------------------------------------------------------------------------------------------------
 * IndicatorDialog — loaded on demand, when a box's indicator badge is first activated, so a page
 * that only shows the diagram does not pay for Radix Dialog and the IndicatorCard.
 * -----------------------------------------------------------------------------------------------*/

export interface IndicatorDialogProps {
  /** The box's label, for the title. */
  title: string;
  /** Heading of the dialog, e.g. "Indicators". */
  heading: string;
  indicators: readonly Indicator[];
  observations?: Readonly<Record<string, readonly Observation[]>> | undefined;
  /** The diagram's resolved settings; `suppression` must reach the cards (values below it never show). */
  s: Pick<ResolvedSettings, 'locale' | 'dir' | 'theme' | 'numberingSystem' | 'messages' | 'suppression'>;
  onClose: () => void;
  /** Where focus goes back on close (the badge, or the details button). */
  returnTo: HTMLElement | null;
}

/**
 * A modal dialog with the IndicatorCard of each indicator that measures the box; each card opens
 * its own measurement plan. Radix traps focus, closes on Escape and returns focus.
 */
export default function IndicatorDialog({ title, heading, indicators, observations, s, onClose, returnTo }: IndicatorDialogProps) {
  const own = useRechesh({ locale: s.locale, dir: s.dir, theme: s.theme, messages: s.messages, suppression: s.suppression }, indicatorsCatalog);
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <div className="rch-portal" dir={s.dir} lang={s.locale} data-rch-theme={s.theme}>
          <Dialog.Overlay className="rch-dialog__overlay" />
          <Dialog.Content
            className="rch-dialog rch-lm__dialog"
            dir={s.dir}
            lang={s.locale}
            aria-describedby={undefined}
            onCloseAutoFocus={(e) => {
              if (returnTo) {
                e.preventDefault();
                returnTo.focus();
              }
            }}
          >
            <Dialog.Title className="rch-dialog__title">
              {heading}: <bdi>{title}</bdi>
            </Dialog.Title>
            <div className="rch-lm__cards">
              {indicators.map((ind) => (
                <IndicatorCard
                  key={ind.id}
                  indicator={ind}
                  observations={observations?.[ind.id] ?? []}
                  headingLevel={3}
                  locale={s.locale}
                  dir={s.dir}
                  numberingSystem={s.numberingSystem}
                  suppression={s.suppression}
                  messages={s.messages}
                />
              ))}
            </div>
            <Dialog.Close className="rch-button rch-dialog__close">{own.t('plan.close')}</Dialog.Close>
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
