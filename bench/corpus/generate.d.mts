export interface Label {
  kind: string;
  start: number;
  end: number;
}
export interface LabelledMessage {
  text: string;
  labels: Label[];
}
export function generateCorpus(options?: { seed?: number; size?: number }): LabelledMessage[];
