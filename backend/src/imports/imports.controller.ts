import { BadRequestException, Controller, HttpCode, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { raw, type Request, type Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import type { PublicUser } from '../users/user.entity';
import { IMPORT_COLUMNS, IMPORT_FORMATS, ImportFileError, ImportFormat, parseImportFile } from './import-rows';
import { IMPORT_CHANNELS, ImportChannel, ImportsService, ImportWriteError } from './imports.service';

/** The import route reads its own body (after the login check), so the app's 64 KB JSON parser skips it. */
export const IMPORT_BODY_LIMIT = '20mb';

export function isImportPath(path: string): boolean {
  return /^\/api\/imports\/?$/i.test(path);
}

const CONTENT_TYPES: Record<ImportFormat, string[]> = {
  csv: ['text/csv'],
  geojson: ['application/geo+json', 'application/json'],
};

const readBody = raw({ type: () => true, limit: IMPORT_BODY_LIMIT });

/** The raw request body, at most 20 MB (413 beyond). */
function bodyOf(req: Request, res: Response): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    readBody(req, res, (err?: unknown) => (err ? reject(err) : resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)))),
  );
}

function checkContentType(req: Request, format: ImportFormat): void {
  const header = req.headers['content-type'] ?? '';
  const [type, ...params] = header.split(';').map((p) => p.trim().toLowerCase());
  const allowed = CONTENT_TYPES[format];
  if (!allowed.includes(type)) {
    throw new BadRequestException(`Content-Type must be ${allowed.join(' or ')} for format=${format} (got "${header || 'none'}")`);
  }
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new BadRequestException(`The file must be UTF-8 (got charset=${charset})`);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, fallback?: T): T {
  if (value === undefined && fallback) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new BadRequestException(`${field} must be one of ${allowed.join(', ')}${value === undefined ? '' : ` (got "${String(value)}")`}`);
}

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  private readonly logger = new Logger(ImportsController.name);

  constructor(private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Imports entries from a CSV or GeoJSON file (transcribed festival cards); idempotent by externalId.',
    description:
      `The raw file is the body (at most 20 MB): CSV (UTF-8 with or without BOM, \`;\` or \`,\` detected from the header, ` +
      `decimal commas with \`;\`) with the columns ${IMPORT_COLUMNS.join(', ')} (case-insensitive; externalId, placeName, story, lon, lat required), ` +
      `or a GeoJSON FeatureCollection of Point features with those properties. Rows are validated like public submissions; ` +
      `a point up to 5 km outside the city gets the nearest district and the \`outside_city\` flag, farther away it is refused. ` +
      `Accepted rows become pending entries, written in one transaction. A file-level problem (unknown or missing column, ` +
      `not a FeatureCollection, empty file, wrong Content-Type, unknown format or channel) is a 400 and nothing is stored. ` +
      `Otherwise the answer is 200 \`application/x-ndjson\`: lines \`{"type":"progress","processed":n,"total":N}\` (at most every 250 rows and ` +
      `one at the end), then \`{"type":"result","total","accepted","unchanged","refused":[{"row","externalId","errors":[...]}],"ids":[...]}\`, ` +
      `or \`{"type":"error","message"}\` if writing failed (then nothing is stored).`,
  })
  @ApiQuery({ name: 'format', enum: IMPORT_FORMATS, required: true })
  @ApiQuery({ name: 'channel', enum: IMPORT_CHANNELS, required: false, description: 'default import' })
  @ApiConsumes('text/csv', 'application/geo+json', 'application/json')
  @ApiBody({ description: 'The file itself', schema: { type: 'string', format: 'binary' } })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'ndjson lines: progress…, then one result (or error) line' })
  async import(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response, @CurrentUser() user: PublicUser): Promise<void> {
    const format = oneOf(query.format, IMPORT_FORMATS, 'format');
    const channel = oneOf<ImportChannel>(query.channel, IMPORT_CHANNELS, 'channel', 'import');
    checkContentType(req, format);
    const body = await bodyOf(req, res);
    let parsed;
    try {
      parsed = parseImportFile(body, format);
    } catch (e) {
      if (e instanceof ImportFileError) throw new BadRequestException(e.message);
      throw e;
    }
    res.status(200);
    res.setHeader('Content-Type', 'application/x-ndjson');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no'); // let progress lines through a buffering reverse proxy
    res.flushHeaders();
    const line = (value: object) => res.write(`${JSON.stringify(value)}\n`);
    try {
      const result = await this.imports.importParsed(parsed, {
        channel,
        actor: user,
        onProgress: (processed, total) => line({ type: 'progress', processed, total }),
      });
      line({ type: 'result', ...result });
    } catch (e) {
      // the service logged a failed write itself
      if (!(e instanceof ImportWriteError)) this.logger.error(`Import failed before writing: ${(e as Error)?.message ?? e}`);
      line({ type: 'error', message: e instanceof ImportWriteError ? e.message : 'The import failed, so nothing of the file was stored; please try again' });
    }
    res.end();
  }
}
