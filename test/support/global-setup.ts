/** Builds dist/ once before the tests, so bundle tests always run the current source. */
import { build } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await build();
}
