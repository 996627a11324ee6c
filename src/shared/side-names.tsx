import { Fragment } from 'react';

type SideNamesProps = { names: readonly string[]; joiner?: string };

/**
 * Sides' names in a line of other words, each a bidirectional isolate: a name from the file
 * (right to left, or ending in an unclosed override) keeps to itself and leaves the words after
 * it in their order (src/shared/hostile-text.css).
 */
export function SideNames({ names, joiner = ' and ' }: SideNamesProps) {
  return names.map((name, index) => (
    <Fragment key={index}>
      {index > 0 && joiner}
      <bdi>{name}</bdi>
    </Fragment>
  ));
}
