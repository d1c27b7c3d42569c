import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { clientAddress } from '../security/client-address';
import { SecurityLog } from '../security/security-log.service';
import type { Role } from '../users/user.entity';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './public.decorator';
import { DEFAULT_ROLES, ROLES } from './roles.decorator';

/**
 * Global guard: every route needs a valid bearer token unless marked @Public(), and one of the route's
 * roles (admin and moderator unless @Roles says otherwise: deny by default). Refused tokens and
 * refused roles go to the security log.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly log: SecurityLog,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('Log in first: this route needs an Authorization: Bearer token');
    const route = `${request.method} ${request.route?.path ?? request.path}`;
    const user = await this.auth.authenticate(token).catch(async (error: unknown) => {
      await this.log.record('token_rejected', { ip: clientAddress(request), detail: { route } });
      throw error;
    });
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES, [context.getHandler(), context.getClass()]) ?? DEFAULT_ROLES;
    if (!roles.includes(user.role)) {
      await this.log.record('access_denied', { userId: user.id, email: user.email, ip: clientAddress(request), detail: { route, role: user.role } });
      throw new ForbiddenException(`This needs one of the roles ${roles.join(', ')}`);
    }
    return true;
  }
}
