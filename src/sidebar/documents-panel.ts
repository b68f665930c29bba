/** Approvals, notices and the report: each a server action whose reply may carry document links. */
import * as z from 'zod/mini';
import { ActionErrorSchema } from '../core/dto';
import { runServer, type ServerFunction } from './server-call';
import { showMessage } from './status-line';

/** The common shape of document actions' replies: a message and, maybe, links to show. */
const DocumentReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    message: z.string(),
    links: z.optional(z.array(z.object({ label: z.string(), url: z.string() }))),
  }),
  ActionErrorSchema,
]);

export async function runDocumentAction(functionName: ServerFunction, busyText: string, extra: Record<string, unknown> = {}): Promise<boolean> {
  showMessage(busyText);
  const reply = DocumentReplySchema.parse(await runServer(functionName, { source: 'sidebar', ...extra }));
  if (!reply.ok) { showMessage(reply.message, true); return false; }
  showMessage(reply.message, false, reply.links ?? []);
  return true;
}
