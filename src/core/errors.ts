/**
 * One error type for input the user can fix: the CLI prints `marsad: <origin>: <message>` on one
 * line and exits non-zero, without a stack trace. Anything else is a bug and keeps its stack.
 */
export class InputError extends Error {
  constructor(
    readonly origin: string,
    message: string,
    readonly reason: string = 'bad-input',
  ) {
    super(message);
    this.name = 'InputError';
  }

  oneLine(): string {
    return `${this.origin}: ${this.message}`.replace(/\s+/gu, ' ');
  }
}
