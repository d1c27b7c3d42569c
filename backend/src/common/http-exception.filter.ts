import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

export interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: { field: string; message: string }[];
}

/** PostgreSQL error classes that mean "bad input", not "server broken". */
const PG_CLIENT_ERRORS: Record<string, [number, string]> = {
  '22P02': [400, 'A value has the wrong format'],
  '22003': [400, 'A number is out of range'],
  '22007': [400, 'A date has the wrong format'],
  '22008': [400, 'A date is out of range'],
  '23505': [409, 'This record already exists'],
  '40001': [409, 'The record was changed at the same time; please retry'],
  '40P01': [409, 'The record was changed at the same time; please retry'],
};

/** Pure: any thrown value → the JSON error body clients see. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return { statusCode: status, message: response };
    const r = response as { message?: unknown; errors?: ErrorBody['errors'] };
    const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message);
    return { statusCode: status, message, ...(r.errors ? { errors: r.errors } : {}) };
  }
  const e = exception as { type?: string; status?: number; code?: string };
  // body-parser errors (malformed JSON, too large, wrong charset) carry their own 4xx status
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    const message =
      e.type === 'entity.parse.failed' ? 'The request body is not valid JSON'
      : e.type === 'entity.too.large' ? 'The request body is too large'
      : String((exception as Error).message);
    return { statusCode: e.status, message };
  }
  if (exception instanceof QueryFailedError) {
    const mapped = PG_CLIENT_ERRORS[(exception.driverError as { code?: string })?.code ?? ''];
    if (mapped) return { statusCode: mapped[0], message: mapped[1] };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
}

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      // The stack, never the request body: it may hold story text or contact data.
      this.logger.error((exception as Error)?.stack ?? String(exception));
    }
    const retryAfter = (exception as { retryAfterSeconds?: unknown })?.retryAfterSeconds;
    if (typeof retryAfter === 'number' && !response.headersSent) response.setHeader('Retry-After', String(retryAfter));
    if (response.headersSent) {
      response.end();
      return;
    }
    response.status(body.statusCode).json(body);
  }
}
