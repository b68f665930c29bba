/**
 * The reply of `generateCommendations` (DESIGN.md §14) as a zod schema: the sidebar validates
 * what it receives, the tests validate what the bundle returns.
 */
import * as z from 'zod/mini';
import { DocumentStatusSchema } from '../dto';

export const CommendationDocumentSchema = z.object({
  kind: z.enum(['submission', 'decision', 'certificate']),
  /** The form of a decision, the recipient of a certificate ('' for the tờ trình). */
  subject: z.string(),
  name: z.string(),
  id: z.string(),
  url: z.string(),
  status: DocumentStatusSchema,
});
export type CommendationDocument = z.infer<typeof CommendationDocumentSchema>;

export const CommendationsResultSchema = z.object({
  ok: z.literal(true),
  message: z.string(),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  documents: z.array(CommendationDocumentSchema),
  complete: z.boolean(),
  remaining: z.number().check(z.int(), z.minimum(0)),
  /** Recipients in the documents. */
  proposals: z.number().check(z.int(), z.minimum(0)),
  /** Rows carrying a form but left out (their reason is in `Chi tiết`). */
  excluded: z.number().check(z.int(), z.minimum(0)),
  /** Problems of `Cấu hình` and the folder, in Vietnamese (also in `Nhật ký`). */
  warnings: z.array(z.string()),
});
export type CommendationsResult = z.infer<typeof CommendationsResultSchema>;

export const GenerateCommendationsRequestSchema = z.object({ source: z.literal('sidebar') });
