/** Attributing words: the source phrase and its verb ("said the source", "a source … said"). */
export type Cue = {
  start: number;
  end: number;
  source: string; // the phrase naming the source, as written
  sourceStart: number;
  verb: string;
  form: 'source-verb' | 'verb-source' | 'according-to' | 'inference' | 'declined';
  appositive?: string; // "Raymond Cole" in "The superintendent, Raymond Cole, said", commas excluded
};
