/** One line that explains every mark of the graphic, in words beside each mark. */
export function NegotiationKey() {
  return (
    <ul className="pv-neg-key" aria-label="Key">
      <li>
        <span className="pv-neg-key-mark pv-neg-key-mark--point" aria-hidden="true" /> known day
      </li>
      <li>
        <span className="pv-neg-key-mark pv-neg-key-mark--bracket" aria-hidden="true" /> stretch of days
      </li>
      <li>
        <span className="pv-neg-key-mark pv-neg-key-mark--open" aria-hidden="true" /> open bound
      </li>
      <li>
        <span className="pv-neg-key-mark pv-neg-key-mark--undated" aria-hidden="true" /> order known, date not
      </li>
      <li>
        <span className="pv-neg-key-line pv-neg-key-line--refusal" aria-hidden="true" /> refused or objected
      </li>
      <li>
        <span className="pv-neg-key-line pv-neg-key-line--other" aria-hidden="true" /> other answer
      </li>
    </ul>
  );
}
