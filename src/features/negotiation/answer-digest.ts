import { tallyAnswers, type AnswerTally } from '../../article/answer-tally';
import type { NegotiationLayout } from './negotiation-layout';

/** Who answered whom among the answers drawn (they follow the filters). */
export function answerDigest(layout: NegotiationLayout): AnswerTally[] {
  const sidesOf = (line: number) => {
    const at = layout.lines[line];
    return at?.type === 'event' ? at.columns.flatMap((c) => layout.columns[c]?.side.name ?? []) : [];
  };
  return tallyAnswers(
    layout.connectors.map((connector) => ({
      answering: sidesOf(connector.toLine),
      asked: sidesOf(connector.fromLine),
      kind: connector.kind,
    })),
  );
}
