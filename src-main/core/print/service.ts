import type { Ctx } from '../context';
import { AppError } from '../contract/errors';
import { pdfFileName, type PrintSave, type PrintSaveDto } from './schema';
import './host';

/**
 * The app's PDF of a print route. The route's page reads its data through the contract with the
 * window's own session, so it shows only what this user may read; this call itself needs only a
 * signed-in user. Without a print host (the web harness) it answers `print.errors.unavailable`,
 * and the page prints itself instead.
 */
export async function savePdf(ctx: Ctx, v: PrintSave): Promise<PrintSaveDto> {
  const host = ctx.host?.print;
  if (!host) throw new AppError('conflict', 'print.errors.unavailable');
  return { savedTo: await host.savePdf(v.path, pdfFileName([v.fileName.replace(/\.pdf$/i, '')])) };
}
