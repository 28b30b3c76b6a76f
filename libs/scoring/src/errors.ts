// Thrown when a ranking input cannot be ranked at all (as opposed to single bad scores, which become warnings).
export class RankingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RankingInputError';
  }
}
