/** A refusal of the demo command, in Spanish, for the person running it. Nothing was written. */
export class RechazoDemo extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RechazoDemo";
  }
}
