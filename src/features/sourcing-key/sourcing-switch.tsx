import { useMemo } from 'react';
import type { PreparedArticle } from '../../article/prepare-article';
import { chooseSourcing, useSourcing } from '../../shared/sourcing-mode';
import { MarksKey } from './marks-key';
import { marksUsed } from './marks-used';
import './sourcing-key.css';

type SourcingSwitchProps = { prepared: PreparedArticle };

/**
 * "Show sourcing": the one control between the quiet text and the full marks, with the key to
 * whichever marks show. The choice is remembered for the next visit (shared/sourcing-mode.ts).
 */
export function SourcingSwitch({ prepared }: SourcingSwitchProps) {
  const on = useSourcing() === 'on';
  const used = useMemo(() => marksUsed(prepared), [prepared]);
  return (
    <div className="pv-sourcing">
      <button
        type="button"
        className="pv-switch"
        aria-pressed={on}
        onClick={() => {
          chooseSourcing(on ? 'off' : 'on');
        }}
      >
        Show sourcing
      </button>
      <MarksKey used={used} full={on} />
    </div>
  );
}
