/** An error whose message is already a Vietnamese sentence telling the user what to do. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}
