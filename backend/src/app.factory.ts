import { Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { HttpExceptionFilter, toErrorBody } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation';
import { isImportPath } from './imports/imports.controller';
import { AppConfig } from './config/app-config';
import { clientAddress } from './security/client-address';
import { securityHeaders } from './security/headers';
import { RateLimiter } from './security/rate-limiter.service';

/** The public page is a second Vite entry; everything else outside `/api` is the console. */
export function isPublicPagePath(path: string): boolean {
  return path === '/herzensorte' || path.startsWith('/herzensorte/');
}

/**
 * Serves the built console at `/` and the public page at `/herzensorte`, each with its index.html for
 * client-side routes; `/api` stays the API's.
 */
function serveConsole(app: NestExpressApplication, uiDist: string): void {
  app.useStaticAssets(uiDist, { index: false, redirect: false, maxAge: '1h', setHeaders: (res, path) => path.endsWith('.html') && res.setHeader('Cache-Control', 'no-cache') });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) return next();
    const index = isPublicPagePath(req.path) ? join(uiDist, 'herzensorte', 'index.html') : join(uiDist, 'index.html');
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The console is not built yet: run `npm run build` (npm start does it for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** The general limit on the public API and login: PUBLIC_RATE_LIMIT requests per client address per minute. */
function requestLimit(limiter: RateLimiter, max: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (max <= 0) return next();
    limiter.take([{ bucket: `requests:${clientAddress(req)}`, max, windowSeconds: 60 }]).then((taken) => {
      if (taken.ok) return next();
      res.setHeader('Retry-After', String(taken.retryAfterSeconds));
      res.status(429).json({ statusCode: 429, message: `Too many requests from this address: at most ${max} per minute; try again in ${taken.retryAfterSeconds} s` });
    }, next);
  };
}

export async function createApp(config: AppConfig, databaseUrl: string, logLevels?: LogLevel[]): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: logLevels ?? ['log', 'warn', 'error'],
    abortOnError: false,
    bodyParser: false,
  });
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.use(securityHeaders(config, isPublicPagePath));
  app.use(['/api/public', '/api/auth'], requestLimit(app.get(RateLimiter), config.publicRateLimit));
  // Our own JSON parser, so that malformed or oversized bodies get the same clear JSON errors as everything else.
  // The public endpoints face the internet: 16 KB is ample for the longest story.
  app.use('/api/public', json({ limit: '16kb' }));
  // The import route reads its raw file (up to 20 MB) itself, after the login check: imports.controller.ts.
  const jsonBody = json({ limit: '64kb' });
  app.use((req: Request, res: Response, next: NextFunction) => (isImportPath(req.path) ? next() : jsonBody(req, res, next)));
  app.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    const body = toErrorBody(err);
    res.status(body.statusCode).json(body);
  });
  app.enableCors({ origin: config.corsOrigins.length ? config.corsOrigins : false, exposedHeaders: ['Content-Range'], credentials: true });
  const openApi = new DocumentBuilder()
    .setTitle('Herzensorte API')
    .setDescription('Moderation, reports and public map of Dortmund\'s "Herzensorte" campaign. Admin resources follow the ra-data-simple-rest protocol.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  serveConsole(app, config.uiDist);
  await app.init();
  new Logger('App').log('Ready');
  return app;
}
