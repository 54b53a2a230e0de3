import type { Comparison } from '@rechesh/core';

/* Status and caution icons. Meaning is always also in words beside them; icons are decorative. */

const common = { viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

/** Icon for a comparison result; shapes differ so status never rests on colour alone. */
export function StatusIcon({ status }: { status: Comparison }) {
  switch (status) {
    case 'better':
      return (
        <svg {...common} className="rch-icon" data-icon="check">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="m4.8 8.2 2.2 2.2 4.2-4.6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
    case 'worse':
      return (
        <svg {...common} className="rch-icon" data-icon="alert">
          <path d="M8 1.2 15 14.3H1z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          <path d="M8 6v3.8M8 11.6v.6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      );
    case 'similar':
      return (
        <svg {...common} className="rch-icon" data-icon="approx">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M4.5 6.6c1.2-1 2.3-1 3.5 0s2.3 1 3.5 0M4.5 9.8c1.2-1 2.3-1 3.5 0s2.3 1 3.5 0" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
        </svg>
      );
    case 'higher':
      return <ArrowIcon up />;
    case 'lower':
      return <ArrowIcon up={false} />;
    default:
      return (
        <svg {...common} className="rch-icon" data-icon="none">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2.5 2" />
          <path d="M5 8h6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      );
  }
}

/** A vertical arrow: up and down mean the same in every reading direction, so it never mirrors. */
export function ArrowIcon({ up }: { up: boolean }) {
  return (
    <svg {...common} className="rch-icon" data-icon={up ? 'up' : 'down'}>
      <path
        d={up ? 'M8 13V3M4 7l4-4 4 4' : 'M8 3v10M4 9l4 4 4-4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function CautionIcon() {
  return (
    <svg {...common} className="rch-icon" data-icon="caution">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 4.2v4.6M8 11v.6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

export function LockIcon() {
  return (
    <svg {...common} className="rch-icon" data-icon="lock">
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M5.2 7V5a2.8 2.8 0 0 1 5.6 0v2" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
