/** `hamcheck serve`: the reference speaking protocol v1 on stdin/stdout (see PROTOCOL.md). */
import { serve } from '../protocol/serve.ts';

export async function serveCommand(): Promise<number> {
  return serve();
}
